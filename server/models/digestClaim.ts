// The digestClaims collection: one document per person, period and previous digest, inserted by the digest run
// that sends the next one. Its `_id` is unique, so of two runs that saw the same previous digest only one stores it
// and finds its own `run` in it (a compare-and-set on the person that needs nothing beyond the unique index).
// Purged after `expiresAt`.
import { Schema } from 'mongoose';

export interface DigestClaim {
  /** `userId:period:previous digest time` (or `never`). */
  _id: string;
  /** The digest run that stored it. */
  run: string;
  expiresAt: Date;
}

export const digestClaimSchema = new Schema<DigestClaim>(
  {
    _id: { type: String, required: true },
    run: { type: String, required: true },
    expiresAt: { type: Date, required: true, index: { expireAfterSeconds: 0 } },
  },
  { versionKey: false },
);
