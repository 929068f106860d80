// The handles collection: the @name each person is mentioned by, its _id the handle itself (so it is unique on every
// engine without a sparse index), pointing at the user.
import { Schema, type Types } from 'mongoose';

export interface Handle {
  /** Lower-case letters, digits, dots, hyphens and underscores, 2–30 characters. */
  _id: string;
  userId: Types.ObjectId;
}

export const handleSchema = new Schema<Handle>(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
  },
  { versionKey: false },
);
