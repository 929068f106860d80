// The slowModeWindows collection: one document per (room, member) whose expiresAt is when the member may post again;
// claiming a window is one atomic upsert, so two concurrent messages cannot both pass (ARCHITECTURE §3).
import { Schema } from 'mongoose';

export interface SlowModeWindow {
  _id: string;
  expiresAt: Date;
}

export const slowModeWindowSchema = new Schema<SlowModeWindow>(
  {
    _id: { type: String, required: true },
    expiresAt: { type: Date, required: true, index: { expireAfterSeconds: 0 } },
  },
  { versionKey: false },
);
