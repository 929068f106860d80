// The bookmarks collection: what a person saved to come back to (posts, practices, resources), one document per
// person and item, its _id "<userId>:<type>:<itemId>" so a second save is the same bookmark on every engine.
import { Schema, type Types } from 'mongoose';

export const bookmarkTypes = ['post', 'practice', 'resource'] as const;
export type BookmarkType = (typeof bookmarkTypes)[number];

export interface Bookmark {
  _id: string;
  userId: Types.ObjectId;
  targetType: BookmarkType;
  targetId: Types.ObjectId;
  createdAt: Date;
}

export const bookmarkSchema = new Schema<Bookmark>(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    targetType: { type: String, enum: bookmarkTypes, required: true },
    targetId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
