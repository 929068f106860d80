// Loads the demo corpus through the same commands as the API (validation, workflow, audit, search sync events),
// as the demo users themselves. Idempotent: what an earlier run created is skipped, so a second run changes nothing.
import type { AppContext } from '../server/context.js';
import { progressBar } from '../server/cli/progressBar.js';
import { corpus, type SeedCorpus } from './corpus.js';
import { collectionResourceKeys, relatedPracticeKeys } from './relations.js';
import { resetStores } from './resetStores.js';
import { openSeedKeys, seedCompleteKey } from './seedKeys.js';
import { seedItemKinds, type SeedItemKind, type SeedRun } from './seedRun.js';
import { seedCollections } from './steps/seedCollections.js';
import { communityUnits, seedCommunities } from './steps/seedCommunities.js';
import { planUnits, seedPlansStep } from './steps/seedPlans.js';
import { seedPractices } from './steps/seedPractices.js';
import { seedResources } from './steps/seedResources.js';
import { selfAssessmentUnits, seedSelfAssessment, seedSelfAssessmentCohort } from './steps/seedSelfAssessment.js';
import { seedUsers } from './steps/seedUsers.js';
import { seedTrainingsStep, trainingUnits } from './steps/seedTrainings.js';
import type { SeedResource } from './types.js';

export interface SeedOptions {
  /** Drop the database and the search indexes first. */
  reset?: boolean;
  /** Show a progress bar on stderr. */
  progress?: boolean;
  /** Small generated images (tests): the same pipeline with less work. */
  fast?: boolean;
  /** Ends the run between two items; a later run resumes where it stopped. */
  signal?: AbortSignal;
}

export interface SeedReport {
  /** What this run created, by kind (all zero on a repeated run). */
  readonly created: Record<SeedItemKind, number>;
  /** What the database holds afterwards. */
  readonly totals: Record<'users' | 'practices' | 'publishedPractices' | 'resources' | 'communities' | 'threads' | 'posts' | 'rooms' | 'messages' | 'collections', number>;
  readonly durationMs: number;
}

function progressUnits(data: SeedCorpus, fast: boolean): number {
  const communities = data.communities.reduce((sum, community) => sum + communityUnits(community), 0);
  return data.users.length + data.practices.length + data.resources.length + communities + data.collections.length + selfAssessmentUnits + planUnits + trainingUnits(fast);
}

async function totals(ctx: AppContext): Promise<SeedReport['totals']> {
  const { models } = ctx;
  const live = { deletedAt: null };
  return {
    users: await models.User.countDocuments({}),
    practices: await models.Practice.countDocuments(live),
    publishedPractices: await models.Practice.countDocuments({ ...live, state: 'published' }),
    resources: await models.Resource.countDocuments(live),
    communities: await models.Community.countDocuments({}),
    threads: await models.Thread.countDocuments({}),
    posts: await models.Post.countDocuments({}),
    rooms: await models.Room.countDocuments({}),
    messages: await models.Message.countDocuments({}),
    collections: await models.Collection.countDocuments(live),
  };
}

export async function loadSeed(ctx: AppContext, options: SeedOptions = {}, data: SeedCorpus = corpus): Promise<SeedReport> {
  const started = Date.now();
  if (options.reset) await resetStores(ctx);
  const run: SeedRun = {
    ctx,
    keys: await openSeedKeys(ctx),
    fast: options.fast ?? false,
    actors: new Map(),
    practiceIds: new Map(),
    resourceIds: new Map(),
    created: Object.fromEntries(seedItemKinds.map((kind) => [kind, 0])) as Record<SeedItemKind, number>,
    progress: options.progress ? progressBar('Seeding demo content', progressUnits(data, options.fast ?? false)) : null,
    signal: options.signal,
  };
  const relatedOf = (resource: SeedResource): string[] => relatedPracticeKeys(resource, data.practices);
  await seedUsers(run, data.users);
  await seedPractices(run, data.practices);
  await seedResources(run, data.resources, relatedOf);
  await seedCommunities(run, data.communities);
  await seedCollections(run, data.collections, (collection) => collectionResourceKeys(collection, data.resources, relatedOf));
  await seedSelfAssessment(run);
  await seedPlansStep(run);
  await seedSelfAssessmentCohort(run);
  await seedTrainingsStep(run);
  await run.keys.finish(seedCompleteKey);
  const report = { created: run.created, totals: await totals(ctx), durationMs: Date.now() - started };
  run.progress?.done(`${report.totals.practices} practices, ${report.totals.resources} resources, ${report.totals.communities} communities`);
  return report;
}
