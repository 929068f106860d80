// A compare-and-set update on a document's `rev`: applies the change only to the revision the client saw and
// moves `rev` on; otherwise answers 409 `stale_revision` with the current revision, having written nothing.
import type { Model, QueryFilter, Types, UpdateQuery } from 'mongoose';
import { conflict, notFound } from '../../errors.js';
import { bumpRev } from '../../search/syncFields.js';

export async function updateAtRevision<T extends { _id: Types.ObjectId; rev: number }>(
  model: Model<T>,
  id: Types.ObjectId,
  rev: number,
  update: UpdateQuery<T>,
  what: string,
): Promise<T> {
  const updated = await model
    .findOneAndUpdate({ _id: id, rev } as QueryFilter<T>, { ...update, ...bumpRev } as UpdateQuery<T>, { returnDocument: 'after' })
    .lean<T>();
  if (updated) return updated;
  const current = await model.findById(id, { rev: 1 }).lean<{ rev: number }>();
  if (!current) throw notFound(what);
  throw conflict('stale_revision', `${what} was changed by someone else in the meantime. Reload it and make your change again.`, { currentRev: current.rev });
}
