// The fields every searchable document carries so the sync worker loses nothing (ARCHITECTURE §5):
// `rev` goes up on every write, `indexedRev` is the rev Meilisearch has, `deletedAt` marks a soft delete.
import type { Schema } from 'mongoose';

export interface SyncFields {
  rev: number;
  indexedRev: number;
  deletedAt: Date | null;
}

export function addSyncFields(schema: Schema): void {
  schema.add({
    rev: { type: Number, default: 1, required: true },
    indexedRev: { type: Number, default: 0, required: true },
    deletedAt: { type: Date, default: null },
  });
}

/** The update fragment every write of a revised document includes: bump the revision (frozen, shared by all). */
export const bumpRev = Object.freeze({ $inc: Object.freeze({ rev: 1 }) });
