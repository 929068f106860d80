// The seed's bookkeeping: one entry per seed item ('practice:si-01') naming the record it created and whether the
// item is complete, so a second run skips what exists. Private to the loader; holds no content.
import type { AppContext } from '../server/context.js';

export const seedKeysCollection = 'seedKeys';

interface SeedKeyEntry {
  _id: string;
  refId: string;
  done: boolean;
}

export interface SeedKeys {
  /** The id of the record created for `key`, if any. */
  refOf(key: string): string | undefined;
  /** Whether everything the item `key` stands for has been created. */
  isDone(key: string): boolean;
  /** Records that `key` created `refId` (not yet complete). */
  remember(key: string, refId: string): Promise<void>;
  /** Marks `key` complete (and records its record when given). */
  finish(key: string, refId?: string): Promise<void>;
}

export async function openSeedKeys(ctx: AppContext): Promise<SeedKeys> {
  const collection = ctx.connection.collection<SeedKeyEntry>(seedKeysCollection);
  const entries = new Map((await collection.find({}).toArray()).map((entry) => [entry._id, entry]));
  const store = async (entry: SeedKeyEntry): Promise<void> => {
    entries.set(entry._id, entry);
    await collection.updateOne({ _id: entry._id }, { $set: { refId: entry.refId, done: entry.done } }, { upsert: true });
  };
  return {
    refOf: (key) => entries.get(key)?.refId,
    isDone: (key) => entries.get(key)?.done === true,
    remember: (key, refId) => store({ _id: key, refId, done: false }),
    finish: (key, refId) => store({ _id: key, refId: refId ?? entries.get(key)?.refId ?? '', done: true }),
  };
}

/** The entry written when a whole run has finished. */
export const seedCompleteKey = 'seed:complete';

/** Whether a seed never ran here, was interrupted, or completed. */
export async function seedProgress(ctx: AppContext): Promise<'none' | 'partial' | 'complete'> {
  const collection = ctx.connection.collection<SeedKeyEntry>(seedKeysCollection);
  if (await collection.findOne({ _id: seedCompleteKey, done: true })) return 'complete';
  return (await collection.findOne({})) ? 'partial' : 'none';
}
