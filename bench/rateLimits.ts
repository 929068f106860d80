// Benchmark: what a rate-limit check costs. The app's limiter (server/security/rateLimits.ts) on its MongoDB store and
// on Redis (REDIS_URL), against no limiter: one call at a time (latency per check), and an Express route under
// autocannon load (requests/s and the latency each store adds). The limit is set high so nothing is refused.
// The stores take turns for `--rounds N` rounds and the medians are printed, so a busy machine skews them alike.
// `--seconds N` (per HTTP run), `--connections N`, `--calls N` (sequential checks per store and round).
import autocannon from 'autocannon';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { createRateLimits, type RateLimits } from '../server/security/rateLimits.js';
import { MONGO_JAVA_SERVER_VERSION, startMongoJavaServer } from '../server/services/embedded/mongoJavaServer.js';
import { startTestRedis } from '../test/support/redisServer.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    calls: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
  },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const calls = Number(args.calls);
const rounds = Number(args.rounds);

type Check = (key: string) => Promise<void>;

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
const median = (values: number[]): number => percentile([...values].sort((a, b) => a - b), 50);

interface Round {
  checkP50: number;
  checkP99: number;
  checksPerSecond: number;
  requestsPerSecond: number;
  httpP50: number;
  httpP99: number;
  refused: number;
}

/** `calls` checks one after another, each on one of 50 keys: the latency of one check. */
async function sequential(check: Check): Promise<{ p50: number; p99: number; perSecond: number }> {
  const times: number[] = [];
  const startedAt = performance.now();
  for (let n = 0; n < calls; n += 1) {
    const before = performance.now();
    await check(`sequential-${n % 50}`);
    times.push(performance.now() - before);
  }
  const elapsed = performance.now() - startedAt;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), perSecond: (calls / elapsed) * 1000 };
}

/** A route that checks the limit by client key, then answers a small JSON body, under autocannon. */
async function overHttp(check: Check): Promise<autocannon.Result> {
  const app = express();
  let client = 0;
  app.post('/write', async (_req, res) => {
    client = (client + 1) % 200;
    await check(`client-${client}`);
    res.json({ ok: true });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await autocannon({ url: `http://127.0.0.1:${port}/write`, method: 'POST', connections, duration: seconds });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

async function main(): Promise<void> {
  const log = createLogger('warn');
  const mongo = await startMongoJavaServer({ dataFile: null, log });
  const redis = await startTestRedis(log);
  const environment = { NODE_ENV: 'test', MONGODB_URI: mongo.uri, MONGODB_DB_NAME: 'bench_rate_limits', RATE_LIMIT_WRITE_PER_MIN: '100000000' };
  const connection = await mongoose.createConnection(mongo.uri, { dbName: 'bench_rate_limits' }).asPromise();
  const stores: Array<{ name: string; limits: RateLimits | null }> = [
    { name: 'none', limits: null },
    { name: `MongoDB store (mongo-java-server ${MONGO_JAVA_SERVER_VERSION}, in memory)`, limits: await createRateLimits(loadConfig(environment), connection, log) },
    { name: `Redis store (${redis.binary})`, limits: await createRateLimits(loadConfig({ ...environment, REDIS_URL: redis.url }), connection, log) },
  ];
  process.stdout.write(
    `rate-limit check ('write' action), ${rounds} rounds: ${calls} sequential checks, then ${seconds} s × ${connections} connections over HTTP, per store\n`,
  );
  const results = new Map<string, Round[]>(stores.map(({ name }) => [name, []]));
  try {
    for (let round = 0; round < rounds; round += 1) {
      for (const { name, limits } of stores) {
        const check: Check = limits ? (key) => limits.consume('write', key) : async () => {};
        const alone = await sequential(check);
        const http = await overHttp(check);
        results.get(name)?.push({
          checkP50: alone.p50,
          checkP99: alone.p99,
          checksPerSecond: alone.perSecond,
          requestsPerSecond: http.requests.average,
          httpP50: http.latency.p50,
          httpP99: http.latency.p99,
          refused: http.non2xx,
        });
      }
    }
    const of = (name: string, key: keyof Round): number => median((results.get(name) ?? []).map((result) => result[key]));
    const none = stores[0]?.name ?? '';
    for (const { name } of stores) {
      process.stdout.write(
        `  ${name}\n` +
          `    one check: p50 ${of(name, 'checkP50').toFixed(2)} ms, p99 ${of(name, 'checkP99').toFixed(2)} ms (${Math.round(of(name, 'checksPerSecond'))} checks/s one at a time)\n` +
          `    HTTP: ${Math.round(of(name, 'requestsPerSecond'))} req/s, latency p50 ${of(name, 'httpP50')} ms, p99 ${of(name, 'httpP99')} ms ` +
          `(added to none: p50 ${(of(name, 'httpP50') - of(none, 'httpP50')).toFixed(1)} ms, p99 ${(of(name, 'httpP99') - of(none, 'httpP99')).toFixed(1)} ms), ` +
          `${of(name, 'refused')} refused or failed\n`,
      );
    }
  } finally {
    for (const { limits } of stores) await limits?.close();
    await connection.close();
    await Promise.allSettled([redis.stop(), mongo.stop()]);
  }
}

await main();
