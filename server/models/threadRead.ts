// The threadReads collection: how far each person has read each thread (the number of posts, in thread order, they
// have had on screen), as Discourse keeps a last-read post number. Its _id is "<userId>:<threadId>", unique everywhere.
import { Schema, type Types } from 'mongoose';

export interface ThreadRead {
  _id: string;
  userId: Types.ObjectId;
  threadId: Types.ObjectId;
  communityId: Types.ObjectId;
  position: number;
  readAt: Date;
}

export const threadReadSchema = new Schema<ThreadRead>(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    threadId: { type: Schema.Types.ObjectId, required: true },
    communityId: { type: Schema.Types.ObjectId, required: true },
    position: { type: Number, default: 0 },
    readAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
