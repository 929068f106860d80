// First start: when SEED_ON_EMPTY is on (outside production) and the database has no users, or an earlier seed was
// cut short, loads the demo corpus in the background while the server already answers, logging its progress.
import type { AppContext } from '../server/context.js';
import { loadSeed } from './load.js';
import { seedProgress } from './seedKeys.js';

export interface FirstStartSeed {
  stop(): Promise<void>;
}

/** Why this start seeds: an empty database, or an earlier seed that was cut short; null when it does not. */
async function seedReason(ctx: AppContext): Promise<string | null> {
  // Fictional people and schools never appear on a production site by accident: there, seeding is `npm run seed`.
  if (!ctx.config.seedOnEmpty || ctx.config.env === 'production') return null;
  const progress = await seedProgress(ctx);
  if (progress === 'partial') return 'an earlier demo seeding was interrupted: completing it';
  if (progress === 'none' && (await ctx.models.User.estimatedDocumentCount()) === 0) return 'empty database: loading the demo content';
  return null;
}

async function seedIfEmpty(ctx: AppContext, signal: AbortSignal): Promise<void> {
  const reason = await seedReason(ctx);
  if (!reason) return;
  ctx.log.info(`${reason} (the site answers meanwhile; npm run seed -- --list shows the demo accounts)`);
  const report = await loadSeed(ctx, { progress: true, signal });
  ctx.log.info({ created: report.created, totals: report.totals, durationMs: report.durationMs }, 'demo content loaded');
}

export function startFirstStartSeed(ctx: AppContext): FirstStartSeed {
  const controller = new AbortController();
  const running = seedIfEmpty(ctx, controller.signal).catch((error: unknown) => {
    if (controller.signal.aborted) ctx.log.info('demo seeding stopped by shutdown; it resumes on the next start');
    else ctx.log.error({ err: error }, 'demo seeding failed; run `npm run seed` to complete it');
  });
  return {
    stop: async () => {
      controller.abort();
      await running;
    },
  };
}
