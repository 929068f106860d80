// Benchmark: N clients in one live room (100 and 1,000) on loopback; a few senders offer the same message rate to
// Praxis (auth, policy, rate limit, seq allocation, persistence, then broadcast) and to a bare Socket.IO server that
// only broadcasts; prints messages/s delivered and p50/p95 delivery latency for each. Bounded in time.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Server } from 'socket.io';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { createApp } from '../server/app.js';
import { registerUser } from '../server/commands/accounts/registerUser.js';
import { openSession } from '../server/commands/accounts/sessions.js';
import { createCommunity } from '../server/commands/communities/createCommunity.js';
import { joinCommunity } from '../server/commands/communities/joinCommunity.js';
import { createRoom } from '../server/commands/rooms/createRoom.js';
import { loadConfig } from '../server/config.js';
import { anonymous, type Actor, type AppContext } from '../server/context.js';
import { createLogger } from '../server/logger.js';
import { attachRealtime } from '../server/realtime/socketServer.js';
import { createContext } from '../server/runtime.js';
import { startMongoEngine } from '../server/services/mongoEngine.js';

const clientCounts = [100, 1000];
const senders = 4;
const messagesPerSecond = 20;
const sendSeconds = 5;
const drainLimitMs = 60_000;
const joinBatch = 50;

interface Target {
  name: string;
  url: string;
  roomId: string;
  senderCookies: string[];
}

interface PhaseResult {
  target: string;
  clients: number;
  sent: number;
  acked: number;
  delivered: number;
  expected: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
}

const percentile = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

function open(url: string, cookie?: string): Promise<Socket> {
  const socket = connectSocket(url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: cookie ? { cookie } : {} });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function runPhase(target: Target, clients: number): Promise<PhaseResult> {
  const receivers: Socket[] = [];
  for (let i = 0; i < clients; i += joinBatch) {
    const batch = await Promise.all(Array.from({ length: Math.min(joinBatch, clients - i) }, () => open(target.url)));
    await Promise.all(batch.map((socket) => socket.timeout(60_000).emitWithAck('room:join', { roomId: target.roomId })));
    receivers.push(...batch);
  }
  const senderSockets = await Promise.all(target.senderCookies.map((cookie) => open(target.url, cookie)));
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let lastDelivery = 0;
  const total = messagesPerSecond * sendSeconds;
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  for (const socket of receivers) {
    socket.on('message:new', (message: { clientId: string }) => {
      const start = sentAt.get(message.clientId);
      if (start === undefined) return;
      lastDelivery = performance.now();
      latencies.push(lastDelivery - start);
      if (latencies.length === total * clients) resolveDone();
    });
  }
  const runId = randomBytes(3).toString('hex');
  const firstSend = performance.now();
  let acked = 0;
  const acks: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = firstSend + (i * 1000) / messagesPerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const clientId = `${runId}-${i}`;
    sentAt.set(clientId, performance.now());
    acks.push(
      senderSockets[i % senderSockets.length]
        .timeout(drainLimitMs)
        .emitWithAck('message:send', { roomId: target.roomId, body: `Bench message ${i}`, clientId })
        .then((response: { data?: unknown }) => {
          if (response.data) acked += 1;
        })
        .catch(() => undefined),
    );
  }
  const limit = new Promise<void>((resolve) => setTimeout(resolve, drainLimitMs).unref());
  await Promise.race([done, limit]);
  await Promise.race([Promise.all(acks), limit]);
  for (const socket of [...receivers, ...senderSockets]) socket.close();
  const seconds = ((lastDelivery || performance.now()) - firstSend) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    target: target.name,
    clients,
    sent: total,
    acked,
    delivered: latencies.length,
    expected: total * clients,
    seconds: Math.round(seconds * 100) / 100,
    perSecond: Math.round(latencies.length / seconds),
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p95: Math.round(percentile(latencies, 95) * 10) / 10,
  };
}

function listen(server: HttpServer): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/** A Socket.IO server that only joins and broadcasts: the floor Praxis is compared against. */
async function startBare(): Promise<{ target: Target; stop: () => Promise<void> }> {
  const httpServer = createServer();
  const io = new Server(httpServer, { serveClient: false });
  let seq = 0;
  io.on('connection', (socket) => {
    socket.on('room:join', (_payload: unknown, ack: (response: unknown) => void) => {
      void socket.join('room');
      ack({ data: { messages: [], upTo: seq } });
    });
    socket.on('message:send', (payload: { body: string; clientId: string }, ack: (response: unknown) => void) => {
      seq += 1;
      io.to('room').emit('message:new', { seq, body: payload.body, clientId: payload.clientId });
      ack({ data: { seq } });
    });
  });
  const url = await listen(httpServer);
  return { target: { name: 'bare Socket.IO', url, roomId: 'room', senderCookies: Array.from({ length: senders }, () => '') }, stop: () => io.close() };
}

async function startPraxis(mongoUri: string): Promise<{ target: Target; ctx: AppContext; stop: () => Promise<void> }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    MONGODB_DB_NAME: `praxis_bench_${randomBytes(3).toString('hex')}`,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    PASSWORD_SCRYPT_LOG_N: '10',
    RATE_LIMIT_MESSAGES_PER_MIN: '1000000',
    SEED_ON_EMPTY: 'false',
  });
  const log = createLogger('silent');
  const handle = await createContext(config, log, { mongoUri, search: { host: 'http://127.0.0.1:9', apiKey: 'unused', source: 'none', stop: async () => undefined }, mail: { smtpUrl: 'smtp://127.0.0.1:9', catcherDir: null } });
  const { ctx } = handle;
  const httpServer = createServer(createApp(ctx));
  const realtime = await attachRealtime(ctx, httpServer);
  const url = await listen(httpServer);
  const user = async (roles: ('member' | 'organiser')[], n: number): Promise<{ actor: Actor; cookie: string }> => {
    const created = await registerUser(ctx, anonymous, { email: `bench-${n}-${randomBytes(3).toString('hex')}@example.org`, password: 'bench password 123', displayName: `Bench ${n}` }, { roles });
    const token = await openSession(ctx, created._id);
    return { actor: { userId: String(created._id), roles, displayName: created.displayName }, cookie: `praxis_sid=${token}` };
  };
  const organiser = await user(['organiser'], 0);
  const community = await createCommunity(ctx, organiser.actor, { name: 'Bench community', language: 'en', visibility: 'public', joinPolicy: 'open' });
  const room = await createRoom(ctx, organiser.actor, String(community._id), { name: 'Bench room' });
  const senderUsers = await Promise.all(Array.from({ length: senders }, (_, i) => user(['member'], i + 1)));
  for (const sender of senderUsers) await joinCommunity(ctx, sender.actor, String(community._id));
  return {
    ctx,
    target: { name: 'Praxis', url, roomId: String(room._id), senderCookies: senderUsers.map((s) => s.cookie) },
    stop: async () => {
      await realtime.stop();
      await ctx.connection.dropDatabase().catch(() => undefined);
      await handle.close();
    },
  };
}

async function main(): Promise<void> {
  const log = createLogger('warn', 'bench');
  const mongo = await startMongoEngine({ engine: 'auto', dataDir: null, log });
  const bare = await startBare();
  const praxis = await startPraxis(mongo.uri);
  process.stdout.write(
    `realtime bench: ${senders} senders, ${messagesPerSecond} msg/s for ${sendSeconds} s into one room; database ${mongo.source}; loopback; clients and servers in one process\n`,
  );
  const results: PhaseResult[] = [];
  try {
    for (const clients of clientCounts) {
      for (const target of [bare.target, praxis.target]) {
        const result = await runPhase(target, clients);
        results.push(result);
        process.stdout.write(
          `${result.target.padEnd(15)} clients=${String(result.clients).padStart(5)}  sent=${result.sent} acked=${result.acked}  delivered=${result.delivered}/${result.expected}  ` +
            `${result.perSecond} msg/s delivered over ${result.seconds} s  p50=${result.p50} ms  p95=${result.p95} ms\n`,
        );
      }
    }
  } finally {
    await praxis.stop();
    await bare.stop();
    await mongo.stop();
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`realtime bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
