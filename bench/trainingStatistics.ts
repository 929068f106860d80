// Benchmark: training statistics over 40,000 participations in 80 trainings, 8,000 people in 50 organisations, two
// years, loaded the way the LMS import writes them (insertMany, then the rollup's $inc); reports p50/p95 of reads
// right after a participation write (the rollup: a few small documents), of one-year reads (the rollup too), of
// period reads served from the kept snapshot, and of cold period reads right after a write (the $facet aggregation
// in the database), and the database engine. Target p95 ≤ 200 ms. Usage: trainingStatistics.ts [RUNS]
import { Types } from 'mongoose';
import { registerUser } from '../server/commands/accounts/registerUser.js';
import { createTraining } from '../server/commands/trainings/createTraining.js';
import { participationFor } from '../server/commands/trainings/participations.js';
import { countParticipations } from '../server/commands/trainings/statisticsRollup.js';
import { participationsChanged } from '../server/commands/trainings/statisticsSnapshots.js';
import { trainingStatistics } from '../server/commands/trainings/trainingStatistics.js';
import { anonymous } from '../server/context.js';
import { createLogger } from '../server/logger.js';
import type { Training } from '../server/models/training.js';
import { startSearchBenchContext } from './_searchContext.js';

const runs = Number(process.argv[2] ?? 60);
const PARTICIPATIONS = 40_000;
const TRAININGS = 80;
const PEOPLE = 8_000;
const formats = ['in-person', 'online-live', 'e-learning', 'hybrid'] as const;
const competences = ['digCompEdu:1.1', 'digCompEdu:2.1', 'digCompEdu:3.1', 'digComp:1.3', 'digComp:4.1'];
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const bench = await startSearchBenchContext(createLogger('warn', 'bench-training-statistics'));
try {
  const { ctx } = bench;
  const organiser = await registerUser(ctx, anonymous, { email: 'bench-organiser@example.org', password: 'correct horse battery', displayName: 'Bench' }, { roles: ['member', 'organiser'] });
  const actor = { userId: String(organiser._id), roles: ['member', 'organiser'] as const };
  const trainings: Training[] = [];
  for (let i = 0; i < TRAININGS; i += 1) {
    trainings.push(
      await createTraining(ctx, { ...actor, roles: [...actor.roles] }, {
        kind: 'training',
        title: { sl: `Usposabljanje ${i + 1}` },
        format: formats[i % formats.length],
        durationHours: 2 + (i % 6),
        language: 'sl',
        competences: [competences[i % competences.length], competences[(i + 2) % competences.length]],
      }),
    );
  }
  const people = Array.from({ length: PEOPLE }, () => new Types.ObjectId());
  const regions = ['SI:Osrednjeslovenska', 'SI:Podravska', 'SI:Savinjska', 'PL:mazowieckie', 'PL:małopolskie', 'SE:Västra Götaland'];
  const types = ['school', 'municipality', 'ministry-agency', 'public-institute'];
  const organisations = Array.from({ length: 50 }, (_, i) => ({ organisationId: new Types.ObjectId(), organisationType: types[i % types.length]!, region: regions[i % regions.length]! }));
  const loadStarted = performance.now();
  for (let offset = 0; offset < PARTICIPATIONS; offset += 500) {
    const batch = Array.from({ length: 500 }, (_, j) => {
      const n = offset + j;
      const training = trainings[n % TRAININGS]!;
      const personIndex = (Math.floor(n / TRAININGS) * 16 + (n % TRAININGS) * 101) % PEOPLE;
      return participationFor(training, people[personIndex]!, new Date(Date.now() - (1 + ((n * 7919) % 729)) * 86_400_000 - (n % 86_400) * 1000), 'import', organisations[personIndex % organisations.length]);
    });
    await ctx.models.Participation.insertMany(batch, { ordered: false });
    await countParticipations(ctx, batch, 1);
  }
  process.stdout.write(`database engine: ${bench.mongoSource}\n`);
  process.stdout.write(`loaded ${PARTICIPATIONS} participations in ${TRAININGS} trainings in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s\n`);
  const periods: Array<Record<string, string>> = [{ from: '2000-01-01' }, { to: new Date().toISOString().slice(0, 10) }];
  const measure = async (count: number, before: () => Promise<void>, filters: Array<Record<string, string>> = periods): Promise<{ times: number[]; total: number }> => {
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < count; run += 1) {
      await before();
      const started = performance.now();
      const stats = await trainingStatistics(ctx, anonymous, filters[run % filters.length]);
      times.push(performance.now() - started);
      total = stats.totals.participations ?? 0;
    }
    return { times: times.sort((a, b) => a - b), total };
  };
  const report = (label: string, { times, total }: { times: number[]; total: number }): number => {
    const p95 = percentile(times, 95);
    process.stdout.write(`${label} over ${total} participations: ${times.length} runs; p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${(times.at(-1) ?? 0).toFixed(0)} ms\n`);
    return p95;
  };
  let extra = 0;
  const oneMore = async (): Promise<void> => {
    const training = trainings[extra % TRAININGS]!;
    const participation = participationFor(training, new Types.ObjectId(), new Date(), 'attendance', organisations[extra % organisations.length]);
    extra += 1;
    await ctx.models.Participation.insertMany([participation]);
    await countParticipations(ctx, [participation], 1);
    await participationsChanged(ctx);
  };
  const rolled = report('rollup reads right after a participation write (no period)', await measure(runs, oneMore, [{}]));
  const thisYear = new Date().getUTCFullYear();
  const yearRead = report('one-year reads from the rollup right after a participation write', await measure(runs, oneMore, [{ year: String(thisYear) }, { year: String(thisYear - 1) }]));
  const cold = report('cold period reads (aggregated after a participation write)', await measure(Math.max(6, Math.round(runs / 5)), () => participationsChanged(ctx)));
  const warm = report('kept-snapshot period reads', await measure(runs, async () => undefined));
  process.stdout.write(`target p95 ≤ 200 ms: rollup reads after a write ${rolled <= 200 ? 'met' : 'MISSED'}, one-year reads after a write ${yearRead <= 200 ? 'met' : 'MISSED'}, snapshot reads ${warm <= 200 ? 'met' : 'MISSED'}, cold period reads ${cold <= 200 ? 'met' : 'missed'}\n`);
} finally {
  await bench.stop();
}
