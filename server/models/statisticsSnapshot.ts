// The statisticsSnapshots collection: the training statistics' database aggregation kept per filter, valid while
// the participations generation it was made under is current, plus that generation's counter document
// (`_id: '#generation'`), moved by every write to participations or feedback.
import { Schema } from 'mongoose';

export const generationId = '#generation';

export interface StatisticsSnapshot {
  /** The filter the aggregation was made for, or `#generation`. */
  _id: string;
  generation: number;
  value: unknown;
  createdAt: Date;
}

export const statisticsSnapshotSchema = new Schema<StatisticsSnapshot>(
  {
    _id: { type: String, required: true },
    generation: { type: Number, required: true, index: true },
    value: { type: Schema.Types.Mixed, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false, minimize: false },
);
