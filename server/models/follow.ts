// The follows collection: one document per (person, followed target); `auto` marks follows Praxis made itself
// (what you wrote, what you replied to), which a person can still turn off.
import { Schema, type Types } from 'mongoose';
import { followTargetTypes, type FollowTargetType } from '../vocab/followTargets.js';

export interface Follow {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  targetType: FollowTargetType;
  /** An ObjectId as a string for items and people; the value itself for a competence (`digComp:1.3`) or a tag. */
  targetId: string;
  auto: boolean;
  createdAt: Date;
}

export const followSchema = new Schema<Follow>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    targetType: { type: String, enum: followTargetTypes, required: true },
    targetId: { type: String, required: true },
    auto: { type: Boolean, default: false },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
followSchema.index({ userId: 1, targetType: 1, targetId: 1 }, { unique: true });
followSchema.index({ targetType: 1, targetId: 1 });
