// The savedRecommendations collection: a practice, resource or community a person kept from a self-assessment
// result, with the competence or area it was recommended for. Private to that person.
import { Schema, type Types } from 'mongoose';

export const recommendationKinds = ['practice', 'resource', 'community'] as const;
export type RecommendationKind = (typeof recommendationKinds)[number];

export interface SavedRecommendation {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  kind: RecommendationKind;
  targetId: Types.ObjectId;
  attemptId: Types.ObjectId | null;
  framework: string;
  dimension: string;
  createdAt: Date;
  updatedAt: Date;
}

export const savedRecommendationSchema = new Schema<SavedRecommendation>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: recommendationKinds, required: true },
    targetId: { type: Schema.Types.ObjectId, required: true },
    attemptId: { type: Schema.Types.ObjectId, default: null },
    framework: { type: String, required: true },
    dimension: { type: String, required: true },
  },
  { timestamps: true },
);
savedRecommendationSchema.index({ userId: 1, kind: 1, targetId: 1 }, { unique: true });
