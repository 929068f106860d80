// Helpers for the search tests: practices written straight through the model (the sync layer's input), and
// waiting until everything pending is indexed (a sync pass that returns when nothing is left).
import { Types } from 'mongoose';
import type { AppContext } from '../../server/context.js';
import type { PracticeState } from '../../server/models/practice.js';
import { syncAllPending } from '../../server/search/syncPending.js';
import type { SearchLanguage } from '../../server/search/textAnalysis.js';

let counter = 0;

export interface PracticeSeed {
  readonly language: SearchLanguage | string;
  readonly title: string;
  readonly summary?: string;
  readonly description?: string;
  readonly state?: PracticeState;
  readonly sector?: string;
  readonly country?: string;
  readonly communityId?: Types.ObjectId;
  readonly practiceType?: string;
  readonly educationLevels?: readonly string[];
  readonly targetGroups?: readonly string[];
  readonly digCompEdu?: readonly string[];
  readonly digComp?: readonly string[];
  readonly selfieAreas?: readonly string[];
  readonly evidenceLevel?: string;
}

/** Inserts a practice (published unless told otherwise) and returns its id. */
export async function insertPractice(ctx: AppContext, seed: PracticeSeed): Promise<string> {
  counter += 1;
  const practice = await ctx.models.Practice.create({
    slug: `practice-${counter}-${new Types.ObjectId().toHexString()}`,
    state: seed.state ?? 'published',
    authorId: new Types.ObjectId(),
    originalLanguage: seed.language,
    texts: { [seed.language]: { provenance: 'original', reviewed: true, title: seed.title, summary: seed.summary ?? '', description: seed.description ?? '' } },
    languages: [seed.language],
    sector: seed.sector ?? 'school',
    country: seed.country ?? 'SI',
    communityId: seed.communityId ?? null,
    practiceType: seed.practiceType,
    educationLevels: seed.educationLevels ? [...seed.educationLevels] : undefined,
    targetGroups: seed.targetGroups ? [...seed.targetGroups] : undefined,
    digCompEdu: seed.digCompEdu ? [...seed.digCompEdu] : undefined,
    digComp: seed.digComp ? [...seed.digComp] : undefined,
    selfieAreas: seed.selfieAreas ? [...seed.selfieAreas] : undefined,
    evidenceLevel: seed.evidenceLevel,
    publishedAt: seed.state && seed.state !== 'published' ? null : new Date(),
  });
  return String(practice._id);
}

/** Resolves once every document written so far is in Meilisearch. */
export async function indexEverything(ctx: AppContext): Promise<void> {
  await syncAllPending(ctx);
}

/** Polls `condition` until it holds (state, not time), failing after `timeoutMs`. */
export async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
