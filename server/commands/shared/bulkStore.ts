// Reads and writes of many documents that stay cheap on both engines. The embedded mongo-java-server answers
// `{ _id: { $in } }` from its unique index only when `_id` is the query's one field, and then matches every found
// document against the whole list again, so ids are read in slices with nothing else in the query (filter the rest
// in code); a field without such an index is scanned for every query, so asking for a good share of a collection
// reads it once instead. Inserts with ids the caller chose (so a retried step writes the same ones) skip those
// already stored, and say which were really written.
import type { Model, Types } from 'mongoose';
import { isDuplicateKeyError } from '../../errors.js';

const sliceSize = 250;
/** Asking for at least this share of a collection's documents reads the whole collection once. */
const scanShare = 1 / 4;

/** The documents of `model` (M) with these ids, as the projection's shape R. */
export async function findByIds<M, R>(model: Model<M>, ids: readonly (Types.ObjectId | string)[], projection: Record<string, 1>): Promise<R[]> {
  const found: R[] = [];
  for (let from = 0; from < ids.length; from += sliceSize) {
    found.push(...(await model.find({ _id: { $in: ids.slice(from, from + sliceSize) } }, projection).lean<R[]>()));
  }
  return found;
}

/**
 * The documents of `model` whose `field` is one of `values` (compared as text), as the projection's shape R (which
 * must include `field`): `$in` in slices for a few values, one read of the collection for many.
 */
export async function findWhereIn<M, R extends object>(model: Model<M>, field: keyof R & string, values: readonly (Types.ObjectId | string)[], projection: Record<string, 1>): Promise<R[]> {
  if (values.length === 0) return [];
  const wanted = new Set(values.map(String));
  const inCode = (documents: R[]): R[] => documents.filter((document) => wanted.has(String(document[field])));
  if (values.length >= (await model.estimatedDocumentCount()) * scanShare) return inCode(await model.find({}, projection).lean<R[]>());
  const found: R[] = [];
  for (let from = 0; from < values.length; from += sliceSize) {
    found.push(...(await model.find({ [field]: { $in: values.slice(from, from + sliceSize) } } as never, projection).lean<R[]>()));
  }
  return inCode(found);
}

interface WriteFailure {
  readonly index?: number;
  readonly code?: number;
  readonly err?: { readonly index?: number; readonly code?: number };
}

interface BulkWriteFailure {
  readonly writeErrors?: ReadonlyArray<WriteFailure> | WriteFailure;
}

const failuresOf = (error: unknown): WriteFailure[] | null => {
  const writeErrors = (error as BulkWriteFailure).writeErrors;
  if (writeErrors === undefined) return null;
  return Array.isArray(writeErrors) ? writeErrors : [writeErrors as WriteFailure];
};

/** Inserts fully-formed documents (no casting), leaving out any that a unique index already holds; returns those written. */
export async function insertNew<M, T extends object>(model: Model<M>, documents: readonly T[]): Promise<T[]> {
  if (documents.length === 0) return [];
  try {
    await model.insertMany(documents, { ordered: false, lean: true });
    return [...documents];
  } catch (error) {
    const failures = failuresOf(error);
    if (failures === null) {
      if (isDuplicateKeyError(error) && documents.length === 1) return [];
      throw error;
    }
    if (failures.length === 0 || failures.some((failure) => (failure.code ?? failure.err?.code) !== 11000)) throw error;
    const skipped = new Set(failures.map((failure) => failure.index ?? failure.err?.index));
    return documents.filter((_, index) => !skipped.has(index));
  }
}
