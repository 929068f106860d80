// What every seed step shares: the app context, the bookkeeping, the actors of the demo users, the ids of what
// earlier steps created, the counts for the report and the progress bar.
import type { Actor, AppContext } from '../server/context.js';
import type { ProgressBar } from '../server/cli/progressBar.js';
import type { SeedKeys } from './seedKeys.js';

export const seedItemKinds = [
  'users', 'practices', 'images', 'documents', 'resources', 'communities', 'memberships', 'threads', 'replies', 'rooms', 'messages', 'collections', 'plans',
] as const;
export type SeedItemKind = (typeof seedItemKinds)[number];

/** The password of every demo account (local use only; demo accounts are refused when NODE_ENV=production). */
export const demoPassword = 'praxis-demo-2026';

export interface SeedRun {
  readonly ctx: AppContext;
  readonly keys: SeedKeys;
  /** Small generated images (tests): the same pipeline, less work. */
  readonly fast: boolean;
  /** Demo users by seed key, as actors. */
  readonly actors: Map<string, Actor>;
  /** Ids of created practices and resources by seed key. */
  readonly practiceIds: Map<string, string>;
  readonly resourceIds: Map<string, string>;
  /** How many items of each kind this run created. */
  readonly created: Record<SeedItemKind, number>;
  readonly progress: ProgressBar | null;
  /** Stops the run between two items (server shutdown during first-start seeding). */
  readonly signal?: AbortSignal;
}

export function actorOf(run: SeedRun, userKey: string): Actor {
  const actor = run.actors.get(userKey);
  if (!actor) throw new Error(`The seed data names an unknown user "${userKey}".`);
  return actor;
}

export function countCreated(run: SeedRun, kind: SeedItemKind): void {
  run.created[kind] += 1;
}

/** One progress unit done; also where a stopped run ends (the next run resumes from here). */
export function advance(run: SeedRun, label: string, units = 1): void {
  run.progress?.tick(units, label);
  run.signal?.throwIfAborted();
}
