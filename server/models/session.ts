// The sessions collection: a signed-in browser, keyed by the sha256 of its cookie token, expiring at expiresAt.
import { Schema, type Types } from 'mongoose';

export interface Session {
  _id: string;
  userId: Types.ObjectId;
  expiresAt: Date;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent?: string;
}

export const sessionSchema = new Schema<Session>(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    expiresAt: { type: Date, required: true, index: { expireAfterSeconds: 0 } },
    createdAt: { type: Date, default: () => new Date() },
    lastSeenAt: { type: Date, default: () => new Date() },
    userAgent: String,
  },
  { versionKey: false },
);
