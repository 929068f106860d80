// Revision history of an edited document: who changed which fields when, with a snapshot of the editable fields.
// One schema for every revisioned collection (practiceRevisions, and any other that registers it).
import { Schema, type Types } from 'mongoose';

export interface Revision {
  _id: Types.ObjectId;
  subjectId: Types.ObjectId;
  rev: number;
  authorId: Types.ObjectId | null;
  at: Date;
  changedFields: string[];
  snapshot: Record<string, unknown>;
}

export const revisionSchema = new Schema<Revision>(
  {
    subjectId: { type: Schema.Types.ObjectId, required: true },
    rev: { type: Number, required: true },
    authorId: { type: Schema.Types.ObjectId, default: null },
    at: { type: Date, required: true },
    changedFields: { type: [String], default: [] },
    snapshot: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, minimize: false },
);
revisionSchema.index({ subjectId: 1, rev: 1 }, { unique: true });
