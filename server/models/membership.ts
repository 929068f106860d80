// The memberships collection: one document per (community, user) with role, state, mute and post count.
import { Schema, type Types } from 'mongoose';

export const memberRoles = ['member', 'moderator', 'owner'] as const;
export type MemberRole = (typeof memberRoles)[number];
export const membershipStates = ['active', 'pending', 'banned'] as const;
export type MembershipState = (typeof membershipStates)[number];

export interface Membership {
  _id: Types.ObjectId;
  communityId: Types.ObjectId;
  userId: Types.ObjectId;
  role: MemberRole;
  state: MembershipState;
  mutedUntil: Date | null;
  mutedReason: string | null;
  banReason: string | null;
  postCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export const membershipSchema = new Schema<Membership>(
  {
    communityId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    role: { type: String, enum: memberRoles, default: 'member' },
    state: { type: String, enum: membershipStates, required: true },
    mutedUntil: { type: Date, default: null },
    mutedReason: { type: String, default: null },
    banReason: { type: String, default: null },
    postCount: { type: Number, default: 0 },
  },
  { timestamps: true },
);
membershipSchema.index({ communityId: 1, userId: 1 }, { unique: true });
