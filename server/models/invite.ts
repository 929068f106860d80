// The invites collection: invitation links to a community, stored by the digest of their token, with expiry and a use limit.
import { Schema, type Types } from 'mongoose';

export interface Invite {
  _id: Types.ObjectId;
  tokenDigest: string;
  communityId: Types.ObjectId;
  createdBy: Types.ObjectId;
  expiresAt: Date;
  maxUses: number;
  uses: number;
  createdAt: Date;
}

export const inviteSchema = new Schema<Invite>(
  {
    tokenDigest: { type: String, required: true, unique: true },
    communityId: { type: Schema.Types.ObjectId, required: true, index: true },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    expiresAt: { type: Date, required: true, index: { expireAfterSeconds: 0 } },
    maxUses: { type: Number, required: true },
    uses: { type: Number, default: 0 },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
