// A load driver for one live room, shared by the suite's delivery test and bench/roomDelivery.ts: every client sends
// its messages one after another (resending with the same clientId after a lost answer) while following the room
// through the island's RoomFeed, and drops its connection at random; then each client's view is compared with the
// store (gaps, duplicates, reorders) and the delivery latency of every message on every client is collected.
import type { Socket } from 'socket.io-client';
import { FeedRequestError, request } from '../../web/src/lib/roomFeed.js';
import { connect, deliveryErrors, RoomFollower, type WireMessage } from './socketClients.js';

export interface RoomLoadOptions {
  url: string;
  roomId: string;
  /** One client per session cookie. */
  cookies: string[];
  messagesPerClient: number;
  /** After each acknowledged send, the chance that the client's connection is dropped. */
  disconnectChance: number;
  seed: number;
}

export interface RoomLoadResult {
  perClient: { gaps: number; duplicates: number; reorders: number }[];
  stored: number;
  disconnects: number;
  /** Milliseconds from send to delivery, every message on every client, ascending. */
  latencies: number[];
  seconds: number;
}

/** A small seeded generator (mulberry32), so a run's disconnects can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const connected = (socket: Socket): Promise<void> =>
  socket.connected ? Promise.resolve() : new Promise((resolve) => socket.once('connect', () => resolve()));

async function sendUntilStored(socket: Socket, roomId: string, body: string, clientId: string): Promise<WireMessage> {
  for (;;) {
    await connected(socket);
    try {
      return (await request<{ message: WireMessage }>(socket, 'message:send', { roomId, body, clientId })).message;
    } catch (error) {
      if (!(error instanceof FeedRequestError) || error.code !== 'timeout') throw error;
    }
  }
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

export async function runRoomLoad(options: RoomLoadOptions, storedIds: () => Promise<string[]>): Promise<RoomLoadResult> {
  const chance = random(options.seed);
  const sockets = await Promise.all(options.cookies.map((cookie) => connect(options.url, cookie)));
  const followers = sockets.map((socket) => new RoomFollower(socket, options.roomId));
  await Promise.all(followers.map((follower) => follower.join()));
  const sentAt = new Map<string, number>();
  let disconnects = 0;
  let highest = 0;
  const started = performance.now();
  await Promise.all(
    followers.map(async (follower, c) => {
      for (let i = 0; i < options.messagesPerClient; i += 1) {
        const clientId = `load-${c}-${i}`;
        sentAt.set(clientId, performance.now());
        const message = await sendUntilStored(follower.socket, options.roomId, `client ${c} message ${i}`, clientId);
        highest = Math.max(highest, message.seq);
        follower.feed.receive(message);
        if (chance() < options.disconnectChance) {
          disconnects += 1;
          follower.socket.io.engine.close();
        }
      }
    }),
  );
  await Promise.all(followers.map((follower) => follower.until(highest)));
  const seconds = (performance.now() - started) / 1000;
  const ids = await storedIds();
  const latencies = followers.flatMap((follower) => follower.delivered.map((message, i) => follower.deliveredAt[i] - (sentAt.get(message.clientId) ?? NaN)));
  for (const follower of followers) follower.feed.stop();
  for (const socket of sockets) socket.close();
  return {
    perClient: followers.map((follower) => deliveryErrors(follower.delivered, ids)),
    stored: ids.length,
    disconnects,
    latencies: latencies.filter((ms) => Number.isFinite(ms)).sort((a, b) => a - b),
    seconds,
  };
}
