// Full rebuild of one index without losing a write: build `<index>_next` from every document, replay what changed
// meanwhile until the copy matches MongoDB, swap the two atomically, replay once more against the live index
// (catching what the running worker sent to the old one), then delete the old index.
import type { ObjectId } from 'mongodb';
import type { AppContext } from '../context.js';
import { searchMappers, type RawDocument } from './mappers/index.js';
import type { SearchType } from './searchDocument.js';
import { batchApplied, enqueueBatch, sendBatch, type EnqueuedBatch } from './syncPending.js';

export type ReindexProgress = (type: SearchType, done: number, total: number) => void;

export interface ReindexResult {
  readonly type: SearchType;
  readonly documents: number;
  readonly replayed: number;
}

const batchSize = 500;
const maxReplayRounds = 20;
/** Batches enqueued ahead during the initial build, so Meilisearch can merge them into larger indexing batches. */
const batchesInFlight = 8;
/**
 * How long one indexing task may take to finish: the batches in flight queue behind each other, and at 100,000
 * documents on a loaded machine a batch waited longer than the 60 s a request may.
 */
const taskTimeoutMs = 30 * 60_000;

/** Document id → the revision last sent to the index being built. */
type SentRevisions = Map<string, number>;

async function deleteIndexQuietly(ctx: AppContext, uid: string): Promise<void> {
  const task = await ctx.search.client.tasks.waitForTask((await ctx.search.client.deleteIndex(uid)).taskUid, { timeout: taskTimeoutMs });
  if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found') throw new Error(`deleting index ${uid} failed: ${task.error?.message ?? task.status}`);
}

function record(batch: EnqueuedBatch, sent: SentRevisions): void {
  for (const doc of [...batch.added, ...batch.removed]) sent.set(String(doc._id), Number(doc.rev));
}

async function sendAndRecord(ctx: AppContext, type: SearchType, uid: string, docs: readonly RawDocument[], sent: SentRevisions): Promise<void> {
  record(await sendBatch(ctx, searchMappers[type], uid, docs, taskTimeoutMs), sent);
}

/** Sends every document whose revision differs from what `uid` got (and removes purged ones); returns how many. */
async function replayChanges(ctx: AppContext, type: SearchType, uid: string, sent: SentRevisions): Promise<number> {
  const collection = ctx.connection.collection(searchMappers[type].collection);
  const current = (await collection.find({}, { projection: { _id: 1, rev: 1 } }).toArray()) as RawDocument[];
  const changedIds: ObjectId[] = [];
  const present = new Set<string>();
  for (const doc of current) {
    const id = String(doc._id);
    present.add(id);
    if (sent.get(id) !== Number(doc.rev)) changedIds.push(doc._id);
  }
  const purged = [...sent.keys()].filter((id) => !present.has(id));
  if (purged.length) {
    await ctx.search.waitForSuccess((await ctx.search.client.index(uid).deleteDocuments(purged)).taskUid, taskTimeoutMs);
    for (const id of purged) sent.delete(id);
  }
  for (let i = 0; i < changedIds.length; i += batchSize) {
    const docs = (await collection.find({ _id: { $in: changedIds.slice(i, i + batchSize) } }).toArray()) as RawDocument[];
    await sendAndRecord(ctx, type, uid, docs, sent);
  }
  return changedIds.length + purged.length;
}

async function replayUntilStable(ctx: AppContext, type: SearchType, uid: string, sent: SentRevisions): Promise<number> {
  let total = 0;
  for (let round = 0; round < maxReplayRounds; round += 1) {
    const replayed = await replayChanges(ctx, type, uid, sent);
    total += replayed;
    if (replayed === 0) return total;
  }
  throw new Error(`${type}: documents kept changing during ${maxReplayRounds} replay rounds; run the reindex again`);
}

export async function reindexType(ctx: AppContext, type: SearchType, onProgress: ReindexProgress = () => {}): Promise<ReindexResult> {
  const live = ctx.search.indexUid(type);
  const next = `${live}_next`;
  const collection = ctx.connection.collection(searchMappers[type].collection);
  await deleteIndexQuietly(ctx, next);
  await ctx.search.ensureIndex(live);
  await ctx.search.ensureIndex(next);

  const sent: SentRevisions = new Map();
  const total = await collection.countDocuments({});
  let done = 0;
  onProgress(type, 0, total);
  let after: ObjectId | null = null;
  const inFlight: EnqueuedBatch[] = [];
  const settleOldest = async (): Promise<void> => {
    const batch = inFlight.shift();
    if (!batch) return;
    record(await batchApplied(ctx, batch, taskTimeoutMs), sent);
    done += batch.added.length + batch.removed.length + batch.failed;
    onProgress(type, Math.min(done, total), Math.max(total, done));
  };
  for (;;) {
    const filter = after === null ? {} : { _id: { $gt: after } };
    const docs = (await collection.find(filter).sort({ _id: 1 }).limit(batchSize).toArray()) as RawDocument[];
    if (!docs.length) break;
    after = docs[docs.length - 1]?._id ?? null;
    inFlight.push(await enqueueBatch(ctx, searchMappers[type], next, docs));
    if (inFlight.length >= batchesInFlight) await settleOldest();
  }
  while (inFlight.length) await settleOldest();

  let replayed = await replayUntilStable(ctx, type, next, sent);
  await ctx.search.waitForSuccess((await ctx.search.client.swapIndexes([{ indexes: [live, next], rename: false }])).taskUid, taskTimeoutMs);
  replayed += await replayUntilStable(ctx, type, live, sent);
  await deleteIndexQuietly(ctx, next);
  return { type, documents: sent.size, replayed };
}
