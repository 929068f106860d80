// The training statistics kept as exact counters, moved by $inc with every recorded or withdrawn participation and
// every feedback: statisticsCells holds one document per scope (`*` or a programme id), dimension and key with its
// participations, distinct participants and hours (the `total` cell also the feedback ratings); statisticsPeople
// holds per scope and person how many of their participations fall in each cell, which is what tells whether a
// participation adds a new person to a cell (0 → 1) or takes one away (1 → 0).
import { Schema } from 'mongoose';

export const rollupDimensions = ['total', 'month', 'training', 'format', 'competence', 'region', 'organisationType', 'organisation'] as const;
export type RollupDimension = (typeof rollupDimensions)[number];

export interface StatisticsCell {
  /** `scope|dimension|key`. */
  _id: string;
  scope: string;
  dimension: RollupDimension;
  key: string;
  participations: number;
  participants: number;
  hours: number;
  ratings: number;
  ratingSum: number;
}

export const statisticsCellSchema = new Schema<StatisticsCell>(
  {
    _id: { type: String, required: true },
    scope: { type: String, required: true, index: true },
    dimension: { type: String, enum: rollupDimensions, required: true },
    key: { type: String, default: '' },
    participations: { type: Number, default: 0 },
    participants: { type: Number, default: 0 },
    hours: { type: Number, default: 0 },
    ratings: { type: Number, default: 0 },
    ratingSum: { type: Number, default: 0 },
  },
  { versionKey: false },
);

export interface StatisticsPerson {
  /** `scope|userId`. */
  _id: string;
  /** Participations per cell field name (`dimension|key`, dots escaped). */
  cells: Record<string, number>;
}

export const statisticsPersonSchema = new Schema<StatisticsPerson>({ _id: { type: String, required: true }, cells: { type: Schema.Types.Mixed, default: {} } }, { versionKey: false, minimize: false });
