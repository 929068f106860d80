// The notifications collection: one document per person and event, shown in the notification centre. Events of one
// place share a `groupKey` (e.g. the replies in one thread), so the centre can show "3 new replies in …". The
// community (when there is one) is kept so every read can ask the policy again.
import { Schema, type Types } from 'mongoose';
import { notificationKinds, type NotificationKind } from '../vocab/notificationKinds.js';

export interface Notification {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  kind: NotificationKind;
  groupKey: string;
  /** The community the event happened in: a reader who may no longer read it no longer sees the notification. */
  communityId: Types.ObjectId | null;
  actorId: Types.ObjectId | null;
  actorName: string;
  /** What the event is about, as it was named then (a thread title, a practice title). */
  title: string;
  /** For a practice's workflow step: the state it moved to. */
  detail: string;
  /** A site path (`/threads/…#post-…`). */
  path: string;
  readAt: Date | null;
  /** Set once the daily or weekly digest carried it (or when it needs none). */
  digestedAt: Date | null;
  createdAt: Date;
}

export const notificationSchema = new Schema<Notification>(
  {
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    kind: { type: String, enum: notificationKinds, required: true },
    groupKey: { type: String, required: true },
    communityId: { type: Schema.Types.ObjectId, default: null },
    actorId: { type: Schema.Types.ObjectId, default: null },
    actorName: { type: String, default: '' },
    title: { type: String, required: true },
    detail: { type: String, default: '' },
    path: { type: String, required: true },
    readAt: { type: Date, default: null },
    digestedAt: { type: Date, default: null },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
notificationSchema.index({ userId: 1, createdAt: -1 });
