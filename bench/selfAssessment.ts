// Benchmark: self-assessment on the seeded corpus (demo seed through the real commands, indexed in Meilisearch):
// recommendations for a demo educator's result, and a school round's aggregate of 200 respondents as its admin
// sees it, counted from the 200 attempts (how it was read before tallies) and read from the round's tally (now; the
// round is made without one, so the first read counts it once, in the warm-up); p50/p95 after a warm-up, with this
// process's CPU time per run and the load average (wall times under load are inflated), and the database engine named.
import os from 'node:os';
import { Types } from 'mongoose';
import { loadSeed } from '../seed/load.js';
import { recommendForResult } from '../server/commands/selfAssessment/recommendations.js';
import { aggregateTally, tallyOf } from '../server/commands/selfAssessment/aggregates.js';
import { roundPicture } from '../server/commands/selfAssessment/roundAggregate.js';
import { respondentRows } from '../server/commands/selfAssessment/roundTallies.js';
import { createLogger } from '../server/logger.js';
import type { AssessmentAttempt } from '../server/models/assessmentAttempt.js';
import type { Instrument } from '../server/models/instrument.js';
import { syncAllPending } from '../server/search/syncPending.js';
import { startSearchBenchContext } from './_searchContext.js';

const RESPONDENTS = 200;
const RUNS = 100;
const WARM_UP = 10;
const percentile = (sorted: number[], fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;

async function measure(run: (index: number) => Promise<unknown>): Promise<string> {
  const latencies: number[] = [];
  let cpu = { user: 0, system: 0 };
  for (let index = 0; index < RUNS + WARM_UP; index += 1) {
    if (index === WARM_UP) cpu = process.cpuUsage();
    const began = performance.now();
    await run(index);
    if (index >= WARM_UP) latencies.push(performance.now() - began);
  }
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const p95 = percentile(latencies, 0.95);
  const cpuPerRun = (used.user + used.system) / 1000 / RUNS;
  const load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
  return `p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${(latencies.at(-1) ?? 0).toFixed(1)} ms, CPU of this process ${cpuPerRun.toFixed(1)} ms per run, load ${load} (target p95 ≤ 100 ms: ${p95 <= 100 ? 'met' : 'MISSED'})`;
}

const bench = await startSearchBenchContext(createLogger('warn', 'bench-self-assessment'));
try {
  const { ctx } = bench;
  process.stdout.write(`database engine: ${bench.mongoSource}\n`);
  const seeded = await loadSeed(ctx, { fast: true });
  await syncAllPending(ctx);
  process.stdout.write(`corpus: ${seeded.totals.publishedPractices} published practices, ${seeded.totals.resources} resources, ${seeded.totals.communities} communities (seeded in ${(seeded.durationMs / 1000).toFixed(1)} s)\n`);

  const result = await ctx.models.AssessmentAttempt.findOne({ instrumentKey: 'educator-digcompedu', state: 'submitted' }).lean<AssessmentAttempt>();
  if (!result) throw new Error('the seed made no educator result');
  const owner = { userId: String(result.userId), roles: ['member' as const] };
  const locales = ['sl', 'pl', 'sv', 'en'] as const;
  let items = 0;
  const recommendations = await measure(async (index) => {
    const groups = await recommendForResult(ctx, owner, String(result._id), locales[index % locales.length] ?? 'en');
    items = groups.reduce((sum, group) => sum + group.items.length, 0);
  });
  process.stdout.write(`recommendations for a result (3 weakest competences, ${items} items, 4 languages in turn), ${RUNS} runs: ${recommendations}\n`);

  const school = (await ctx.models.Instrument.findOne({ key: 'school-selfie' }).lean<Instrument>())!;
  const adminId = new Types.ObjectId();
  const organisation = await ctx.models.Organisation.create({ slug: 'bench-school', name: 'Bench school', type: 'school', country: 'SI', createdBy: adminId });
  await ctx.models.OrganisationMembership.create({ organisationId: organisation._id, userId: adminId, role: 'org-admin', state: 'active' });
  const round = await ctx.models.AssessmentRound.create({ organisationId: organisation._id, instrumentId: school._id, instrumentKey: school.key, version: school.version, title: 'Bench round', createdBy: adminId });
  const dimensions = [...new Set(school.items.map((item) => item.dimension))];
  await ctx.models.AssessmentAttempt.insertMany(
    Array.from({ length: RESPONDENTS }, (_v, n) => {
      const userId = new Types.ObjectId();
      return {
        userId, instrumentId: school._id, instrumentKey: school.key, version: school.version, roundId: round._id, organisationId: organisation._id,
        role: n % 8 === 0 ? 'leader' : 'teacher', roundMember: `${String(round._id)}:${String(userId)}`, state: 'submitted', submittedAt: new Date(),
        answers: school.items.map((item, i) => ({ itemId: item.id, optionId: item.options[(n + i) % item.options.length]!.id, level: ((n + i) % item.options.length) + 1 })),
        scores: dimensions.map((dimension, d) => ({ dimension, level: ((n * 7 + d * 3) % 41) / 10 + 1 })),
      };
    }),
  );
  const admin = { userId: String(adminId), roles: ['member' as const] };
  const counted = await measure(async () => {
    aggregateTally(tallyOf(await respondentRows(ctx, [round._id]), school.levels.length), dimensions, school.levels.length, school.roles);
  });
  process.stdout.write(`school aggregate of ${RESPONDENTS} respondents counted from their attempts (before), ${RUNS} runs: ${counted}\n`);
  let shown = false;
  const aggregate = await measure(async () => {
    shown = (await roundPicture(ctx, admin, String(round._id))).aggregate.overall.shown;
  });
  process.stdout.write(`school aggregate of ${RESPONDENTS} respondents × ${dimensions.length} areas from the round's tally (shown: ${shown}), ${RUNS} runs: ${aggregate}\n`);
} finally {
  await bench.stop();
}
