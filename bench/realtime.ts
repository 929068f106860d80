// Benchmark: 100 clients in one live room on loopback; a few senders offer the same messages (same sizes) to Praxis
// (auth, policy, rate limit, seq allocation, persistence, then broadcast) and to a bare Socket.IO server that only
// broadcasts: at 200 msg/s (p50/p95 delivery latency, and their ratio to bare) and at saturation (everything offered
// at once: messages/s fully delivered to every client, and the ratio). Bounded in time.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { Server } from 'socket.io';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { createLogger } from '../server/logger.js';
import { startMongoEngine } from '../server/services/mongoEngine.js';
import { percentile } from '../test/realtime/roomLoad.js';
import { listen, startPraxisRoom } from './_praxisRoom.js';

const clients = 100;
const senders = 4;
const paced = { messagesPerSecond: 200, seconds: 5 };
const saturationMessages = 2000;
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

function open(url: string, cookie?: string): Promise<Socket> {
  const socket = connectSocket(url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: cookie ? { cookie } : {} });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** `messagesPerSecond` null offers every message at once (saturation). */
async function runPhase(target: Target, total: number, messagesPerSecond: number | null): Promise<PhaseResult> {
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
    const wait = messagesPerSecond === null ? 0 : firstSend + (i * 1000) / messagesPerSecond - performance.now();
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

async function main(): Promise<void> {
  const log = createLogger('warn', 'bench');
  const mongo = await startMongoEngine({ engine: 'auto', dataDir: null, log });
  const bare = await startBare();
  const room = await startPraxisRoom(mongo.uri, senders);
  const praxis: Target = { name: 'Praxis', url: room.url, roomId: room.roomId, senderCookies: room.memberCookies };
  process.stdout.write(`realtime bench: ${clients} clients, ${senders} senders, one room; database ${mongo.source}; loopback; clients and servers in one process\n`);
  const results: PhaseResult[] = [];
  const print = (label: string, result: PhaseResult): void => {
    results.push(result);
    process.stdout.write(
      `${label.padEnd(11)} ${result.target.padEnd(15)} sent=${result.sent} acked=${result.acked}  delivered=${result.delivered}/${result.expected}  ` +
        `${result.perSecond} deliveries/s (${Math.round(result.perSecond / clients)} msg/s to all) over ${result.seconds} s  p50=${result.p50} ms  p95=${result.p95} ms\n`,
    );
  };
  try {
    const pacedTotal = paced.messagesPerSecond * paced.seconds;
    const pacedBare = await runPhase(bare.target, pacedTotal, paced.messagesPerSecond);
    room.takeCommandCount();
    const pacedPraxis = await runPhase(praxis, pacedTotal, paced.messagesPerSecond);
    const commandsPerMessage = room.takeCommandCount() / pacedTotal;
    print(`${paced.messagesPerSecond} msg/s`, pacedBare);
    print(`${paced.messagesPerSecond} msg/s`, pacedPraxis);
    const [fullBare, fullPraxis] = [await runPhase(bare.target, saturationMessages, null), await runPhase(praxis, saturationMessages, null)];
    print('saturation', fullBare);
    print('saturation', fullPraxis);
    process.stdout.write(
      `Praxis/bare: p95 at ${paced.messagesPerSecond} msg/s ${(pacedPraxis.p95 / pacedBare.p95).toFixed(2)}× (target ≤ 1.5×); ` +
        `saturation throughput ${(fullPraxis.perSecond / fullBare.perSecond).toFixed(2)}× (target ≥ 0.8×); ` +
        `${commandsPerMessage.toFixed(2)} database commands per message (joins included)\n`,
    );
  } finally {
    await room.stop();
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
