// Benchmark: notification fan-out and digests on the embedded default (mongo-java-server, in memory) or on MONGODB_URI.
// (1) A new thread in a community of `--followers N` followers (each wanting an e-mail at once, the costliest case):
// how long until every in-app notification and outbox entry is written, and the p95 of the poster's HTTP request
// against the same request in a community nobody follows. (2) A digest run for `--people N` people with pending
// notifications: the time to gather, check and queue every digest e-mail. Beside each wall time it prints the CPU
// time the app (node) and the embedded database (its JVM) spent, which a busy machine does not inflate.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Types } from 'mongoose';
import { createApp } from '../server/app.js';
import { sendDigests } from '../server/commands/notifications/sendDigests.js';
import { loadConfig } from '../server/config.js';
import { anonymous } from '../server/context.js';
import { createLogger } from '../server/logger.js';
import { startNotificationReactions } from '../server/notifications/notificationReactions.js';
import { createContext } from '../server/runtime.js';
import { MONGO_JAVA_SERVER_VERSION, startMongoJavaServer } from '../server/services/embedded/mongoJavaServer.js';
import { registerUser } from '../server/commands/accounts/registerUser.js';
import { TestClient } from '../test/support/testClient.js';

const { values: args } = parseArgs({ options: { followers: { type: 'string', default: '5000' }, people: { type: 'string', default: '10000' }, posts: { type: 'string', default: '20' } } });
const followers = Number(args.followers);
const people = Number(args.people);
const posts = Number(args.posts);

const log = createLogger('warn');
const mongo = process.env.MONGODB_URI ? null : await startMongoJavaServer({ dataFile: null, log });
const engine = mongo ? `mongo-java-server ${MONGO_JAVA_SERVER_VERSION} (in memory)` : `MongoDB at ${process.env.MONGODB_URI}`;
const config = loadConfig({
  NODE_ENV: 'test', LOG_LEVEL: 'silent', MONGODB_DB_NAME: `praxis_bench_${randomBytes(3).toString('hex')}`, SESSION_SECRET: randomBytes(32).toString('hex'),
  PASSWORD_SCRYPT_LOG_N: '10', RATE_LIMIT_POSTS_PER_MIN: '1000000', RATE_LIMIT_WRITE_PER_MIN: '1000000', REQUIRE_VERIFIED_EMAIL: 'false', SEED_ON_EMPTY: 'false',
  // A busy machine can stall the embedded JVM for seconds: the benchmark waits rather than fails fast.
  MONGODB_CONNECT_TIMEOUT_MS: '60000', MONGODB_SERVER_SELECTION_TIMEOUT_MS: '60000',
});
const handle = await createContext(config, log, { mongoUri: mongo?.uri ?? process.env.MONGODB_URI ?? '', search: { host: 'http://127.0.0.1:9', apiKey: 'unused', source: 'none', stop: async () => undefined }, mail: { smtpUrl: 'smtp://127.0.0.1:9', catcherDir: null } });
const { ctx } = handle;
const stopReactions = startNotificationReactions(ctx);
/** CPU seconds used so far by this process and by the embedded database's JVM (from /proc; 0 on an external database). */
function cpuSeconds(): { node: number; database: number } {
  const usage = process.cpuUsage();
  const fields = mongo ? readFileSync(`/proc/${mongo.pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ') : [];
  const ticks = fields.length > 13 ? Number(fields[11]) + Number(fields[12]) : 0;
  return { node: (usage.user + usage.system) / 1e6, database: ticks / 100 };
}
const cpuSince = (from: { node: number; database: number }): string => {
  const now = cpuSeconds();
  return `CPU node ${(now.node - from.node).toFixed(2)} s + database ${(now.database - from.database).toFixed(2)} s`;
};
const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? Number.NaN;

/** `count` active accounts written in bulk (registration's cost is not what is measured), with the given preferences. */
async function bulkPeople(count: number, tag: string, notificationPreferences: Record<string, string>): Promise<Types.ObjectId[]> {
  const ids: Types.ObjectId[] = [];
  for (let from = 0; from < count; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - from) }, (_, offset) => {
      const _id = new Types.ObjectId();
      ids.push(_id);
      const n = from + offset;
      return { _id, email: `${tag}-${n}@bench.example`, displayName: `${tag} ${n}`, passwordHash: 'x', roles: ['member'], locale: (['sl', 'pl', 'sv', 'en'] as const)[n % 4], status: 'active', isDemo: false, passwordChangedAt: new Date(), notificationPreferences, createdAt: new Date(), updatedAt: new Date() };
    });
    await ctx.models.User.collection.insertMany(batch);
  }
  return ids;
}

const posterAccount = await registerUser(ctx, anonymous, { email: 'poster@bench.example', password: 'bench password 123', displayName: 'Poster' }, { roles: ['member', 'organiser'] });
const poster = await new TestClient(createApp(ctx)).init();
await poster.signIn('poster@bench.example', 'bench password 123');
const community = async (name: string): Promise<string> => (await poster.post('/api/communities', { name, language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data.id;
const quiet = await community('Nobody follows this');
const busy = await community('Five thousand followers');
const followerIds = await bulkPeople(followers, 'follower', { newThread: 'email' });
for (let from = 0; from < followerIds.length; from += 1000) {
  await ctx.models.Follow.collection.insertMany(followerIds.slice(from, from + 1000).map((userId) => ({ userId, targetType: 'community', targetId: busy, auto: false, createdAt: new Date() })));
}

async function postThreads(communityId: string, waitForFanOut: boolean): Promise<{ requestMs: number[]; fanOutMs: number[]; cpu: string }> {
  const requestMs: number[] = [];
  const fanOutMs: number[] = [];
  const cpuFrom = cpuSeconds();
  for (let n = 0; n < posts; n += 1) {
    const [notificationsBefore, outboxBefore] = await Promise.all([ctx.models.Notification.estimatedDocumentCount(), ctx.models.OutboxMessage.estimatedDocumentCount()]);
    const started = performance.now();
    await poster.post(`/api/communities/${communityId}/threads`, { title: `Thread ${n}`, body: 'What did your school try this term?' }).expect(201);
    requestMs.push(performance.now() - started);
    if (!waitForFanOut) continue;
    for (;;) {
      const [notifications, outbox] = await Promise.all([ctx.models.Notification.estimatedDocumentCount(), ctx.models.OutboxMessage.estimatedDocumentCount()]);
      if (notifications - notificationsBefore >= followers && outbox - outboxBefore >= followers) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    fanOutMs.push(performance.now() - started);
  }
  return { requestMs, fanOutMs, cpu: cpuSince(cpuFrom) };
}

process.stdout.write(`database engine: ${engine}\n`);
const alone = await postThreads(quiet, false);
const followed = await postThreads(busy, true);
const p95Alone = percentile(alone.requestMs, 95);
const p95Followed = percentile(followed.requestMs, 95);
process.stdout.write(`new thread, ${posts} posts each: request p95 ${p95Alone.toFixed(1)} ms with no followers, ${p95Followed.toFixed(1)} ms with ${followers} followers (×${(p95Followed / p95Alone).toFixed(2)})\n`);
process.stdout.write(`fan-out to ${followers} followers (in-app + outbox, from the request's start): p50 ${percentile(followed.fanOutMs, 50).toFixed(0)} ms, p95 ${percentile(followed.fanOutMs, 95).toFixed(0)} ms, max ${Math.max(...followed.fanOutMs).toFixed(0)} ms; ${posts} fan-outs used ${followed.cpu}\n`);

await ctx.models.Notification.deleteMany({});
const digestIds = await bulkPeople(people, 'reader', { newThread: 'daily', reply: 'daily' });
for (let from = 0; from < digestIds.length; from += 1000) {
  await ctx.models.Notification.collection.insertMany(digestIds.slice(from, from + 1000).flatMap((userId, offset) => Array.from({ length: 1 + (offset % 3) }, (_, k) => ({
    userId, kind: k === 0 ? 'reply' : 'newThread', groupKey: `bench:${k}`, communityId: new Types.ObjectId(k === 0 ? quiet : busy), actorId: posterAccount._id, actorName: 'Poster',
    title: `Thread ${k}`, path: `/threads/${new Types.ObjectId().toHexString()}`, detail: '', readAt: null, digestedAt: null, createdAt: new Date(),
  }))));
}
const outboxBefore = await ctx.models.OutboxMessage.estimatedDocumentCount();
const digestCpu = cpuSeconds();
const digestStarted = performance.now();
const run = await sendDigests(ctx);
const digestMs = performance.now() - digestStarted;
const queued = (await ctx.models.OutboxMessage.estimatedDocumentCount()) - outboxBefore;
process.stdout.write(`digest run for ${people} people: ${(digestMs / 1000).toFixed(1)} s, ${run.mails} digest e-mails queued (${queued} outbox entries), ${(run.people / (digestMs / 1000)).toFixed(0)} people/s; ${cpuSince(digestCpu)}\n`);

await stopReactions();
await ctx.connection.dropDatabase().catch(() => undefined);
await handle.close();
await mongo?.stop();
