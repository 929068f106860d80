// The leases collection: one document per background job naming the node that runs it and until when; taking or
// renewing a lease is one conditional findOneAndUpdate, so two nodes never both hold it (ARCHITECTURE §3).
import { Schema } from 'mongoose';

export interface Lease {
  _id: string;
  holder: string;
  expiresAt: Date;
}

export const leaseSchema = new Schema<Lease>(
  {
    _id: { type: String, required: true },
    holder: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
