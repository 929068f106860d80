// Benchmark: the LMS completion import of 40,000 rows (80 e-trainings, 8,000 people with accounts, two years of
// dates) through the real command in one file: every row checked, then written in batches with the statistics
// rollup; prints the progress the command keeps, rows/s, the re-import of the same file (all already recorded),
// the database engine, the CPU time of this process and of the embedded servers (a busy machine stretches the wall
// time, hardly the CPU) and the load average. Target ≤ 30 s. Usage: completionImport.ts [ROWS]
import os from 'node:os';
import { registerUser } from '../server/commands/accounts/registerUser.js';
import { createTraining } from '../server/commands/trainings/createTraining.js';
import { importCompletions } from '../server/commands/trainings/importCompletions.js';
import { trainingStatistics } from '../server/commands/trainings/trainingStatistics.js';
import { anonymous } from '../server/context.js';
import { createLogger } from '../server/logger.js';
import type { Training } from '../server/models/training.js';
import { childrenCpuMs } from './_searchCorpus.js';
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
  const cpu = (): { node: number; servers: number } => {
    const usage = process.cpuUsage();
    return { node: (usage.user + usage.system) / 1e6, servers: childrenCpuMs(process.pid) / 1000 };
  };
  const cpuSince = (from: { node: number; servers: number }): string => {
    const now = cpu();
    return `CPU node ${(now.node - from.node).toFixed(1)} s + database and search servers ${(now.servers - from.servers).toFixed(1)} s`;
  };
  const cpuBefore = cpu();
  const started = performance.now();
  /** When (and at what CPU) each step was first seen: checking, writing, and the rollup's fold once every row is written. */
  const phaseStarted = new Map<string, { at: number; cpu: { node: number; servers: number } }>();
  let lastShown = 0;
  const shown = setInterval(() => {
    void ctx.models.CompletionImport.findById(importId).lean().then((p) => {
      if (!p) return;
      const now = performance.now();
      const step = p.phase === 'writing' && p.total > 0 && p.processed === p.total ? 'folding' : p.phase;
      if (!phaseStarted.has(step)) phaseStarted.set(step, { at: now, cpu: cpu() });
      if (now - lastShown < 2_000) return;
      lastShown = now;
      process.stdout.write(`  progress: ${p.phase} ${p.processed}/${p.total} at ${((now - started) / 1000).toFixed(1)} s\n`);
    });
  }, 250);
  const result = await importCompletions(ctx, actor, { csv, importId }).finally(() => clearInterval(shown));
  const seconds = (performance.now() - started) / 1000;
  const steps = [{ step: 'checking', at: started, cpu: cpuBefore }, ...['writing', 'folding'].flatMap((step) => phaseStarted.get(step) ? [{ step, ...phaseStarted.get(step)! }] : [])];
  steps.forEach(({ step, at, cpu: from }, index) => {
    const next = steps[index + 1] ?? { at: performance.now(), cpu: cpu() };
    process.stdout.write(`  ${step === 'folding' ? 'the statistics rollup' : step}: ${((next.at - at) / 1000).toFixed(1)} s, CPU node ${(next.cpu.node - from.node).toFixed(1)} s + servers ${(next.cpu.servers - from.servers).toFixed(1)} s\n`);
  });
  process.stdout.write(`imported ${result.imported} of ${result.rows} rows in ${seconds.toFixed(1)} s: ${Math.round(result.rows / seconds)} rows/s (target ≤ 30 s: ${seconds <= 30 ? 'met' : 'MISSED'}); ${cpuSince(cpuBefore)}; load average ${loadAverage()}\n`);
  const cpuAgain = cpu();
  const againStarted = performance.now();
  const again = await importCompletions(ctx, actor, { csv });
  const againSeconds = (performance.now() - againStarted) / 1000;
  process.stdout.write(`re-import: ${again.alreadyRecorded} already recorded, ${again.imported} written, in ${againSeconds.toFixed(1)} s: ${Math.round(again.rows / againSeconds)} rows/s; ${cpuSince(cpuAgain)}\n`);
  const stats = await trainingStatistics(ctx, { ...actor, roles: ['member', 'admin'] }, {});
  process.stdout.write(`statistics right after: ${stats.totals.participations} participations, ${stats.totals.participants} participants; load average ${loadAverage()}\n`);
} finally {
  await bench.stop();
}
