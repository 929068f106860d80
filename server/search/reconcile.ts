// Compares MongoDB with Meilisearch (ids and revisions) and repairs drift: documents missing from the index or
// indexed at another revision are marked pending and synced; index entries with no searchable source are removed.
import { Types } from 'mongoose';
import type { AppContext } from '../context.js';
import { searchMappers, type RawDocument } from './mappers/index.js';
import type { SearchType } from './searchDocument.js';
import { syncAllPending } from './syncPending.js';

export interface DriftReport {
  readonly type: SearchType;
  readonly missing: number;
  readonly stale: number;
  readonly extra: number;
}

const batchSize = 1000;

/** id → rev of every document that should be searchable, per MongoDB and the mapper. */
async function expectedRevisions(ctx: AppContext, type: SearchType): Promise<Map<string, number>> {
  const mapper = searchMappers[type];
  const expected = new Map<string, number>();
  const cursor = ctx.connection.collection(mapper.collection).find({});
  let batch: RawDocument[] = [];
  const flush = async (): Promise<void> => {
    const mapped = await mapper.toSearchDocuments(ctx, batch);
    for (const doc of mapped) if (doc) expected.set(doc.id, doc.rev);
    batch = [];
  };
  for await (const doc of cursor) {
    batch.push(doc as RawDocument);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  return expected;
}

/** id → rev of every document in the live index. */
async function indexedRevisions(ctx: AppContext, type: SearchType): Promise<Map<string, number>> {
  const index = ctx.search.client.index(ctx.search.indexUid(type));
  const indexed = new Map<string, number>();
  for (let offset = 0; ; offset += batchSize) {
    const page = await index.getDocuments<{ id: string; rev: number }>({ fields: ['id', 'rev'], limit: batchSize, offset });
    for (const doc of page.results) indexed.set(String(doc.id), Number(doc.rev));
    if (page.results.length < batchSize) return indexed;
  }
}

export async function findDrift(ctx: AppContext, type: SearchType): Promise<{ report: DriftReport; resend: string[]; extra: string[] }> {
  await ctx.search.ensureIndex(ctx.search.indexUid(type));
  const [expected, indexed] = await Promise.all([expectedRevisions(ctx, type), indexedRevisions(ctx, type)]);
  const missing = [...expected.keys()].filter((id) => !indexed.has(id));
  const stale = [...expected.entries()].filter(([id, rev]) => indexed.has(id) && indexed.get(id) !== rev).map(([id]) => id);
  const extra = [...indexed.keys()].filter((id) => !expected.has(id));
  return { report: { type, missing: missing.length, stale: stale.length, extra: extra.length }, resend: [...missing, ...stale], extra };
}

/** Repairs the drift of every index and returns what was found. */
export async function reconcileAll(ctx: AppContext): Promise<DriftReport[]> {
  const reports: DriftReport[] = [];
  for (const type of Object.keys(searchMappers) as SearchType[]) {
    const { report, resend, extra } = await findDrift(ctx, type);
    const collection = ctx.connection.collection(searchMappers[type].collection);
    if (resend.length) {
      const ids = resend.map((id) => Types.ObjectId.createFromHexString(id));
      await collection.updateMany({ _id: { $in: ids } }, { $set: { indexedRev: 0 } });
    }
    if (extra.length) await ctx.search.waitForSuccess((await ctx.search.client.index(ctx.search.indexUid(type)).deleteDocuments(extra)).taskUid);
    reports.push(report);
  }
  await syncAllPending(ctx);
  return reports;
}
