// The rooms collection: live discussion rooms of a community (standing or scheduled), with lock, slow mode and
// the counter that allocates each message's per-room seq.
import { Schema, type Types } from 'mongoose';

export const roomKinds = ['standing', 'scheduled'] as const;

export interface Room {
  _id: Types.ObjectId;
  communityId: Types.ObjectId;
  name: string;
  topic: string;
  kind: (typeof roomKinds)[number];
  scheduledAt: Date | null;
  locked: boolean;
  slowModeSeconds: number;
  slowModeSetBy: Types.ObjectId | null;
  slowModeReason: string | null;
  nextSeq: number;
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

export const roomSchema = new Schema<Room>(
  {
    communityId: { type: Schema.Types.ObjectId, required: true, index: true },
    name: { type: String, required: true },
    topic: { type: String, default: '' },
    kind: { type: String, enum: roomKinds, default: 'standing' },
    scheduledAt: { type: Date, default: null },
    locked: { type: Boolean, default: false },
    slowModeSeconds: { type: Number, default: 0 },
    slowModeSetBy: { type: Schema.Types.ObjectId, default: null },
    slowModeReason: { type: String, default: null },
    nextSeq: { type: Number, default: 1 },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true },
);
