// The trainingFeedback collection: one participant's rating (1–5) and comment on a training they completed.
import { Schema, type Types } from 'mongoose';

export interface TrainingFeedback {
  _id: Types.ObjectId;
  trainingId: Types.ObjectId;
  userId: Types.ObjectId;
  rating: number;
  comment: string;
  createdAt: Date;
}

export const trainingFeedbackSchema = new Schema<TrainingFeedback>(
  {
    trainingId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    rating: { type: Number, required: true, min: 1, max: 5 },
    comment: { type: String, default: '' },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
trainingFeedbackSchema.index({ trainingId: 1, userId: 1 }, { unique: true });
