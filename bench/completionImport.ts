// Benchmark: the LMS completion import of 40,000 rows (80 e-trainings, 8,000 people with accounts, two years of
// dates) through the real command in one file: every row checked, then written in batches with the statistics
// rollup; prints the progress the command keeps, rows/s, the re-import of the same file (all already recorded),
// the database engine and the load average. Target ≤ 30 s. Usage: completionImport.ts [ROWS]
import os from 'node:os';
import { registerUser } from '../server/commands/accounts/registerUser.js';
import { createTraining } from '../server/commands/trainings/createTraining.js';
import { importCompletions } from '../server/commands/trainings/importCompletions.js';
import { trainingStatistics } from '../server/commands/trainings/trainingStatistics.js';
import { anonymous } from '../server/context.js';
import { createLogger } from '../server/logger.js';
import type { Training } from '../server/models/training.js';
import { startSearchBenchContext } from './_searchContext.js';

const ROWS = Number(process.argv[2] ?? 40_000);
const TRAININGS = 80;
const PEOPLE = 8_000;
const day = 86_400_000;
const loadAverage = (): string => os.loadavg().map((load) => load.toFixed(2)).join(' ');

const bench = await startSearchBenchContext(createLogger('warn', 'bench-completion-import'));
try {
  const { ctx } = bench;
  const organiser = await registerUser(ctx, anonymous, { email: 'bench-organiser@example.org', password: 'correct horse battery', displayName: 'Bench' }, { roles: ['member', 'organiser'] });
  const actor = { userId: String(organiser._id), roles: ['member' as const, 'organiser' as const] };
  const trainings: Training[] = [];
  for (let i = 0; i < TRAININGS; i += 1) {
    trainings.push(await createTraining(ctx, actor, { kind: 'training', title: { sl: `E-usposabljanje ${i + 1}` }, format: 'e-learning', durationHours: 2 + (i % 6), language: 'sl', competences: ['digComp:4.1'] }));
  }
  // The people are the fixture, not the subject: inserted directly (one password hash for all).
  const passwordHash = organiser.passwordHash;
  for (let i = 0; i < PEOPLE; i += 2_000) {
    await ctx.models.User.insertMany(Array.from({ length: Math.min(2_000, PEOPLE - i) }, (_, j) => ({ email: `learner-${i + j}@bench.example`, displayName: `Learner ${i + j}`, passwordHash, roles: ['member'] })));
  }
  const lines = Array.from({ length: ROWS }, (_, n) => {
    const person = (Math.floor(n / TRAININGS) * 16 + (n % TRAININGS) * 101) % PEOPLE;
    return `${trainings[n % TRAININGS]!.slug},learner-${person}@bench.example,${new Date(Date.now() - (1 + ((n * 7919) % 729)) * day).toISOString().slice(0, 10)}`;
  });
  const csv = ['training,email,completedAt', ...lines].join('\r\n');
  process.stdout.write(`database engine: ${bench.mongoSource}; load average ${loadAverage()}\n`);
  const importId = 'bench-import';
  const started = performance.now();
  const phaseStarted = new Map<string, number>();
  let lastShown = 0;
  const shown = setInterval(() => {
    void ctx.models.CompletionImport.findById(importId).lean().then((p) => {
      if (!p) return;
      const now = performance.now();
      if (!phaseStarted.has(p.phase)) phaseStarted.set(p.phase, now);
      if (now - lastShown < 2_000) return;
      lastShown = now;
      process.stdout.write(`  progress: ${p.phase} ${p.processed}/${p.total} at ${((now - started) / 1000).toFixed(1)} s\n`);
    });
  }, 250);
  const result = await importCompletions(ctx, actor, { csv, importId }).finally(() => clearInterval(shown));
  const seconds = (performance.now() - started) / 1000;
  const writingFrom = phaseStarted.get('writing');
  if (writingFrom !== undefined) process.stdout.write(`checking ${((writingFrom - started) / 1000).toFixed(1)} s, writing with the rollup ${((performance.now() - writingFrom) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`imported ${result.imported} of ${result.rows} rows in ${seconds.toFixed(1)} s: ${Math.round(result.rows / seconds)} rows/s (target ≤ 30 s: ${seconds <= 30 ? 'met' : 'MISSED'})\n`);
  const againStarted = performance.now();
  const again = await importCompletions(ctx, actor, { csv });
  const againSeconds = (performance.now() - againStarted) / 1000;
  process.stdout.write(`re-import: ${again.alreadyRecorded} already recorded, ${again.imported} written, in ${againSeconds.toFixed(1)} s: ${Math.round(again.rows / againSeconds)} rows/s\n`);
  const stats = await trainingStatistics(ctx, { ...actor, roles: ['member', 'admin'] }, {});
  process.stdout.write(`statistics right after: ${stats.totals.participations} participations, ${stats.totals.participants} participants; load average ${loadAverage()}\n`);
} finally {
  await bench.stop();
}
