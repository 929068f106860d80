// The fanOutJobs collection: a notification fan-out in progress, so a node that dies mid-way loses nothing. It holds
// the event and its recipients; `cursor` says how many recipients are written. The node working on it holds it until
// `leaseUntil` (renewed at every step); when that lapses, another node resumes at the cursor. Removed when done.
import { Schema, type Types } from 'mongoose';
import { notificationKinds, type NotificationKind } from '../vocab/notificationKinds.js';

export interface FanOutEvent {
  kind: NotificationKind;
  groupKey: string;
  communityId: Types.ObjectId | null;
  actorId: string | null;
  actorName: string;
  title: string;
  path: string;
  detail: string;
}

export interface FanOutJob {
  _id: Types.ObjectId;
  event: FanOutEvent;
  recipientIds: Types.ObjectId[];
  cursor: number;
  leaseOwner: string;
  leaseUntil: Date;
  createdAt: Date;
}

export const fanOutJobSchema = new Schema<FanOutJob>(
  {
    event: {
      _id: false,
      kind: { type: String, enum: notificationKinds, required: true },
      groupKey: { type: String, required: true },
      communityId: { type: Schema.Types.ObjectId, default: null },
      actorId: { type: String, default: null },
      actorName: { type: String, default: '' },
      title: { type: String, default: '' },
      path: { type: String, required: true },
      detail: { type: String, default: '' },
    },
    recipientIds: { type: [Schema.Types.ObjectId], default: [] },
    cursor: { type: Number, default: 0 },
    leaseOwner: { type: String, required: true },
    leaseUntil: { type: Date, required: true },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
