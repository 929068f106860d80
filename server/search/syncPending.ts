// One sync pass (ARCHITECTURE §5): read documents whose `rev` is ahead of `indexedRev`, send their current state in
// batches, wait for each Meilisearch task to succeed, then set `indexedRev` by compare-and-set on `rev`, so a write
// made meanwhile stays pending. Soft-deleted documents are removed from the index and then purged.
import type { AnyBulkWriteOperation, Document, ObjectId } from 'mongodb';
import type { AppContext } from '../context.js';
import { searchMappers, type RawDocument, type SearchMapper } from './mappers/index.js';
import type { SearchDocument } from './searchDocument.js';
import type { SearchService } from './searchService.js';

export interface SyncCounts {
  indexed: number;
  removed: number;
  /** Documents that could not be mapped (logged); they stay pending. */
  failed: number;
}

const batchSize = 500;
const pendingFilter = { $expr: { $gt: ['$rev', '$indexedRev'] } };

/** Indexes whose settings this process has applied; forgotten after any failure so they are re-checked. */
const readyServices = new WeakSet<SearchService>();
/** One pass at a time per app: the worker and explicit callers (CLI, tests) take turns. */
const runningPasses = new WeakMap<SearchService, Promise<unknown>>();

async function mapEach(ctx: AppContext, mapper: SearchMapper, docs: readonly RawDocument[]): Promise<Array<SearchDocument | null | Error>> {
  try {
    return await mapper.toSearchDocuments(ctx, docs);
  } catch {
    return Promise.all(
      docs.map(async (doc) => {
        try {
          return (await mapper.toSearchDocuments(ctx, [doc]))[0] ?? null;
        } catch (error) {
          ctx.log.error({ err: error, type: mapper.type, id: String(doc._id) }, 'search: document could not be mapped; it stays pending');
          return error instanceof Error ? error : new Error(String(error));
        }
      }),
    );
  }
}

export interface EnqueuedBatch {
  readonly added: RawDocument[];
  readonly removed: RawDocument[];
  readonly failed: number;
  /** The Meilisearch tasks that apply the batch, in order. */
  readonly taskUids: number[];
}

/** Maps one batch and enqueues its additions and removals on the index named `indexUid`, without waiting. */
export async function enqueueBatch(ctx: AppContext, mapper: SearchMapper, indexUid: string, docs: readonly RawDocument[]): Promise<EnqueuedBatch> {
  const mapped = await mapEach(ctx, mapper, docs);
  const additions: SearchDocument[] = [];
  const added: RawDocument[] = [];
  const removed: RawDocument[] = [];
  docs.forEach((doc, i) => {
    const result = mapped[i];
    if (result instanceof Error) return;
    if (result) {
      additions.push(result);
      added.push(doc);
    } else removed.push(doc);
  });
  const index = ctx.search.client.index(indexUid);
  const taskUids: number[] = [];
  if (additions.length) taskUids.push((await index.addDocuments(additions, { primaryKey: 'id' })).taskUid);
  if (removed.length) taskUids.push((await index.deleteDocuments(removed.map((doc) => String(doc._id)))).taskUid);
  return { added, removed, failed: docs.length - added.length - removed.length, taskUids };
}

/** Resolves once every task of the batch has succeeded; throws if one did not or `timeoutMs` passed (default 60 s). */
export async function batchApplied(ctx: AppContext, batch: EnqueuedBatch, timeoutMs?: number): Promise<EnqueuedBatch> {
  for (const taskUid of batch.taskUids) await ctx.search.waitForSuccess(taskUid, timeoutMs);
  return batch;
}

/** Sends one batch of documents to the index named `indexUid`; resolves once Meilisearch has applied it. */
export async function sendBatch(ctx: AppContext, mapper: SearchMapper, indexUid: string, docs: readonly RawDocument[], timeoutMs?: number): Promise<EnqueuedBatch> {
  return batchApplied(ctx, await enqueueBatch(ctx, mapper, indexUid, docs), timeoutMs);
}

function markIndexed(docs: readonly RawDocument[]): AnyBulkWriteOperation<Document>[] {
  return docs.map((doc): AnyBulkWriteOperation<Document> =>
    doc.deletedAt
      ? { deleteOne: { filter: { _id: doc._id, rev: doc.rev, deletedAt: { $ne: null } } } }
      : { updateOne: { filter: { _id: doc._id, rev: doc.rev }, update: { $set: { indexedRev: doc.rev } } } },
  );
}

async function syncType(ctx: AppContext, mapper: SearchMapper, counts: SyncCounts): Promise<number> {
  const collection = ctx.connection.collection(mapper.collection);
  const indexUid = ctx.search.indexUid(mapper.type);
  let after: ObjectId | null = null;
  let synced = 0;
  for (;;) {
    const filter = after === null ? pendingFilter : { ...pendingFilter, _id: { $gt: after } };
    const docs = (await collection.find(filter).sort({ _id: 1 }).limit(batchSize).toArray()) as RawDocument[];
    if (!docs.length) return synced;
    after = docs[docs.length - 1]?._id ?? null;
    const { added, removed, failed } = await sendBatch(ctx, mapper, indexUid, docs);
    const done = [...added, ...removed];
    if (done.length) await collection.bulkWrite(markIndexed(done), { ordered: false });
    counts.indexed += added.length;
    counts.removed += removed.length;
    counts.failed += failed;
    synced += done.length;
  }
}

async function passUntilIdle(ctx: AppContext): Promise<SyncCounts> {
  const counts: SyncCounts = { indexed: 0, removed: 0, failed: 0 };
  try {
    if (!readyServices.has(ctx.search)) {
      await ctx.search.ensureIndexes();
      readyServices.add(ctx.search);
    }
    let synced: number;
    do {
      synced = 0;
      for (const mapper of Object.values(searchMappers)) synced += await syncType(ctx, mapper, counts);
    } while (synced > 0);
    return counts;
  } catch (error) {
    readyServices.delete(ctx.search);
    throw error;
  }
}

/**
 * Indexes everything pending until nothing is left (documents written meanwhile included) and returns what it did.
 * Throws when Meilisearch fails; nothing unindexed is ever marked as indexed.
 */
export async function syncAllPending(ctx: AppContext): Promise<SyncCounts> {
  const previous = runningPasses.get(ctx.search) ?? Promise.resolve();
  const pass = previous.catch(() => undefined).then(() => passUntilIdle(ctx));
  runningPasses.set(ctx.search, pass);
  return pass;
}

/** How many documents of each type wait for indexing. */
export async function pendingCounts(ctx: AppContext): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.values(searchMappers).map(async (mapper) => [mapper.type, await ctx.connection.collection(mapper.collection).countDocuments(pendingFilter)] as const),
  );
  return Object.fromEntries(entries);
}
