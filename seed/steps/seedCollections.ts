// Creates each demo collection as its organiser, with the event, the practices of the data in their order and the
// resources beside them, and publishes it.
import { publishCollection } from '../../server/commands/collections/publishCollection.js';
import { createCollection } from '../../server/commands/collections/createCollection.js';
import type { Collection } from '../../server/models/collection.js';
import type { SeedCollection } from '../types.js';
import { actorOf, advance, countCreated, type SeedRun } from '../seedRun.js';

function items(run: SeedRun, seed: SeedCollection, resourceKeys: readonly string[]): Array<{ type: 'practice' | 'resource'; id: string }> {
  const idOf = (ids: Map<string, string>, key: string): string => {
    const id = ids.get(key);
    if (!id) throw new Error(`The collection "${seed.key}" names "${key}", which the seed did not create.`);
    return id;
  };
  return [
    ...seed.practiceKeys.map((key) => ({ type: 'practice' as const, id: idOf(run.practiceIds, key) })),
    ...resourceKeys.map((key) => ({ type: 'resource' as const, id: idOf(run.resourceIds, key) })),
  ];
}

async function seedCollection(run: SeedRun, seed: SeedCollection, resourceKeys: readonly string[]): Promise<void> {
  const key = `collection:${seed.key}`;
  if (run.keys.isDone(key)) return;
  const organiser = actorOf(run, seed.organiser);
  const knownId = run.keys.refOf(key);
  let collection = knownId ? await run.ctx.models.Collection.findById(knownId).lean<Collection>() : null;
  if (!collection) {
    collection = await createCollection(run.ctx, organiser, {
      title: seed.title,
      introduction: seed.introduction,
      event: seed.event,
      items: items(run, seed, resourceKeys),
    });
    await run.keys.remember(key, String(collection._id));
    countCreated(run, 'collections');
  }
  if (collection.state === 'draft') await publishCollection(run.ctx, organiser, String(collection._id), {});
  await run.keys.finish(key);
}

export async function seedCollections(run: SeedRun, collections: readonly SeedCollection[], resourceKeysOf: (collection: SeedCollection) => string[]): Promise<void> {
  for (const seed of collections) {
    await seedCollection(run, seed, resourceKeysOf(seed));
    advance(run, seed.key);
  }
}
