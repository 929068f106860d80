// The accountTokens collection: single-use links sent by e-mail (password reset, address verification, change of
// address), stored only as the sha256 digest of the token, expiring at expiresAt, spent once (usedAt).
import { Schema, type Types } from 'mongoose';

export const accountTokenPurposes = ['passwordReset', 'verifyEmail', 'changeEmail'] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

export interface AccountToken {
  _id: Types.ObjectId;
  digest: string;
  userId: Types.ObjectId;
  purpose: AccountTokenPurpose;
  /** For a change of address: the address being confirmed. */
  newEmail?: string;
  expiresAt: Date;
  usedAt?: Date;
  /** Who spent it (a random mark), so a racing second use can tell it lost. */
  usedBy?: string;
  createdAt: Date;
}

export const accountTokenSchema = new Schema<AccountToken>(
  {
    digest: { type: String, required: true, unique: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    purpose: { type: String, enum: accountTokenPurposes, required: true },
    newEmail: String,
    expiresAt: { type: Date, required: true, index: { expireAfterSeconds: 0 } },
    usedAt: Date,
    usedBy: String,
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
