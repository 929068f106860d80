// The threads collection: a discussion topic in a community; its posts live in 'posts'.
import { Schema, type Types } from 'mongoose';

export const threadStates = ['visible', 'queued', 'deleted'] as const;

export interface Thread {
  _id: Types.ObjectId;
  communityId: Types.ObjectId;
  title: string;
  authorId: Types.ObjectId;
  locked: boolean;
  pinned: boolean;
  lastPostAt: Date;
  postCount: number;
  state: (typeof threadStates)[number];
  createdAt: Date;
  updatedAt: Date;
}

export const threadSchema = new Schema<Thread>(
  {
    communityId: { type: Schema.Types.ObjectId, required: true, index: true },
    title: { type: String, required: true },
    authorId: { type: Schema.Types.ObjectId, required: true },
    locked: { type: Boolean, default: false },
    pinned: { type: Boolean, default: false },
    lastPostAt: { type: Date, default: () => new Date() },
    postCount: { type: Number, default: 0 },
    state: { type: String, enum: threadStates, default: 'visible' },
  },
  { timestamps: true },
);
