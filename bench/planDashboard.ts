// Benchmark: the programme monitoring dashboard (aggregated in the database) for 300 organisations × 1 plan ×
// 30 actions × 5 indicators × 12 measurements, on the embedded default (mongo-java-server, in memory): p50/p95 of
// the dashboard command as an advisor calls it, after a warm-up.
import { Types } from 'mongoose';
import mongoose from 'mongoose';
import type { AppContext } from '../server/context.js';
import { programmeDashboard } from '../server/commands/plans/programmeDashboard.js';
import { summarisePlan } from '../server/commands/plans/planSummary.js';
import { createLogger } from '../server/logger.js';
import { createModels, syncIndexes } from '../server/models/index.js';
import { MONGO_JAVA_SERVER_VERSION, startMongoJavaServer } from '../server/services/embedded/mongoJavaServer.js';

const ORGANISATIONS = 300;
const ACTIONS = 30;
const INDICATORS = 5;
const MEASUREMENTS = 12;
const RUNS = 60;
const statuses = ['not-started', 'in-progress', 'done', 'delayed', 'dropped'] as const;
const planStatuses = ['draft', 'adopted', 'in-implementation', 'completed'] as const;

const percentile = (sorted: number[], fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
const day = (offset: number): Date => new Date(Date.UTC(2024, 0, 1 + offset));

const server = await startMongoJavaServer({ dataFile: null, log: createLogger('warn') });
const connection = await mongoose.createConnection(server.uri, { dbName: 'bench_plans' }).asPromise();
const models = createModels(connection);
await syncIndexes(models);
try {
  const advisorId = new Types.ObjectId();
  const organisations = Array.from({ length: ORGANISATIONS }, (_v, n) => ({
    _id: new Types.ObjectId(), slug: `org-${n}`, name: `Organisation ${n}`, type: n % 2 ? 'school' : 'municipality', country: ['SI', 'PL', 'SE'][n % 3], createdBy: advisorId,
  }));
  await models.Organisation.insertMany(organisations);
  const programme = await models.Programme.create({
    slug: 'bench', name: { en: 'Bench programme' }, periodStart: day(0), periodEnd: day(1500), createdBy: advisorId,
    roles: [{ userId: advisorId, role: 'advisor' }], cohort: organisations.map((o) => ({ organisationId: o._id, joinedAt: day(0) })),
  });
  const plans = organisations.map((organisation, n) => {
    const goalId = new Types.ObjectId();
    return {
      slug: `plan-${n}`, organisationId: organisation._id, organisation: { name: organisation.name, type: organisation.type, country: organisation.country }, programmeId: programme._id, kind: 'local-plan', title: { en: `Plan ${n}` },
      periodStart: day(0), periodEnd: day(1400), status: planStatuses[n % planStatuses.length], visibility: n % 3 ? 'programme' : 'public',
      adoptedAt: day(30), lastReportAt: n % 5 ? day(300 + n) : null, overallStatus: (['on-track', 'at-risk', 'off-track'] as const)[n % 3], createdBy: advisorId,
      goals: [{ _id: goalId, parentId: null, title: { en: 'Goal' } }],
      actions: Array.from({ length: ACTIONS }, (_a, a) => ({
        goalId, description: `Action ${a}`, status: statuses[(n + a) % statuses.length], reason: 'bench', due: day(100 + a * 40), start: day(a * 10),
      })),
      indicators: Array.from({ length: INDICATORS }, (_i, i) => {
        const measurements = Array.from({ length: MEASUREMENTS }, (_m, m) => ({ date: day(60 + m * 30), value: 10 + m * (i + 1) + (n % 7), source: 'bench', note: '' }));
        return { goalId, name: { en: `Indicator ${i}` }, unit: '%', baselineValue: 10, baselineDate: day(0), targetValue: 60, targetDate: day(1000), measurements, latestValue: measurements.at(-1)?.value ?? null };
      }),
    };
  });
  const withSummaries = plans.map((plan) => ({ ...plan, summary: summarisePlan(plan as unknown as Parameters<typeof summarisePlan>[0]) }));
  for (let i = 0; i < withSummaries.length; i += 50) await models.Plan.insertMany(withSummaries.slice(i, i + 50));
  const ctx = { models } as unknown as AppContext;
  const advisor = { userId: String(advisorId), roles: ['member' as const] };
  const latencies: number[] = [];
  let rows = 0;
  for (let run = 0; run < RUNS + 5; run += 1) {
    const began = performance.now();
    const dashboard = await programmeDashboard(ctx, advisor, String(programme._id), { sort: 'actionsLate', order: 'desc' });
    if (run >= 5) latencies.push(performance.now() - began);
    rows = dashboard.rows.length;
  }
  latencies.sort((a, b) => a - b);
  process.stdout.write(
    `engine: mongo-java-server ${MONGO_JAVA_SERVER_VERSION} (in memory)\n` +
      `dashboard for ${ORGANISATIONS} organisations × 1 plan × ${ACTIONS} actions × ${INDICATORS} indicators × ${MEASUREMENTS} measurements (${rows} rows listed), ${RUNS} runs:\n` +
      `  p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, max ${(latencies.at(-1) ?? 0).toFixed(1)} ms (target p95 ≤ 150 ms)\n`,
  );
} finally {
  await connection.close();
  await server.stop();
}
