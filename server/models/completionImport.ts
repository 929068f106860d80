// The completionImports collection: the progress of one LMS completion import (rows checked and written so far), so
// the organiser's page can show it while a large file runs, and how many rows are in flight between a chunk's insert
// and its statistics fold (a crash leaves that above 0); the id is chosen by the client that sends the file.
import { Schema, type Types } from 'mongoose';

export const importPhases = ['checking', 'writing', 'done', 'failed'] as const;
export type ImportPhase = (typeof importPhases)[number];

export interface CompletionImport {
  _id: string;
  actorId: Types.ObjectId;
  phase: ImportPhase;
  total: number;
  processed: number;
  /** Rows inserted or being inserted whose statistics fold is not yet confirmed. */
  unfolded: number;
  createdAt: Date;
  updatedAt: Date;
}

export const completionImportSchema = new Schema<CompletionImport>(
  {
    _id: { type: String, required: true },
    actorId: { type: Schema.Types.ObjectId, required: true },
    phase: { type: String, enum: importPhases, required: true },
    total: { type: Number, default: 0 },
    processed: { type: Number, default: 0 },
    unfolded: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
