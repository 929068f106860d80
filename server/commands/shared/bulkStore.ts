// Reads and writes of many documents that stay cheap on both engines. The embedded mongo-java-server answers
// `{ _id: { $in } }` from its unique index only when `_id` is the query's one field, and then matches every found
// document against the whole list again, so ids are read in slices with nothing else in the query (filter the rest
// in code). Inserts with ids the caller chose (so a retried step writes the same ones) skip those already stored.
import type { Model, Types } from 'mongoose';
import { isDuplicateKeyError } from '../../errors.js';

const sliceSize = 250;

/** The documents of `model` (M) with these ids, as the projection's shape R. */
export async function findByIds<M, R>(model: Model<M>, ids: readonly Types.ObjectId[], projection: Record<string, 1>): Promise<R[]> {
  const found: R[] = [];
  for (let from = 0; from < ids.length; from += sliceSize) {
    found.push(...(await model.find({ _id: { $in: ids.slice(from, from + sliceSize) } }, projection).lean<R[]>()));
  }
  return found;
}

interface BulkWriteFailure {
  readonly writeErrors?: ReadonlyArray<{ readonly code?: number }> | { readonly code?: number };
}

const onlyDuplicates = (error: unknown): boolean => {
  const writeErrors = (error as BulkWriteFailure).writeErrors;
  if (writeErrors === undefined) return isDuplicateKeyError(error);
  const list = Array.isArray(writeErrors) ? writeErrors : [writeErrors];
  return list.length > 0 && list.every((item: { readonly code?: number }) => item.code === 11000);
};

/** Inserts fully-formed documents (no casting), leaving out any whose `_id` is already stored. */
export async function insertNew<T>(model: Model<T>, documents: readonly object[]): Promise<void> {
  if (documents.length === 0) return;
  try {
    await model.insertMany(documents, { ordered: false, lean: true });
  } catch (error) {
    if (!onlyDuplicates(error)) throw error;
  }
}
