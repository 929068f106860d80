// Shared by the room benchmarks: a Praxis server (HTTP + Socket.IO, rate limits lifted) on a MongoDB-protocol engine,
// one community with one room, and signed-in members whose session cookies the load clients use.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
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

export interface PraxisRoom {
  ctx: AppContext;
  url: string;
  roomId: string;
  memberCookies: string[];
  /** Database commands this server sent since the last call (the driver's command monitoring). */
  takeCommandCount(): number;
  stop(): Promise<void>;
}

export function listen(server: HttpServer): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

export async function startPraxisRoom(mongoUri: string, members: number): Promise<PraxisRoom> {
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
  const memberUsers = await Promise.all(Array.from({ length: members }, (_, i) => user(['member'], i + 1)));
  for (const member of memberUsers) await joinCommunity(ctx, member.actor, String(community._id));
  const client = ctx.connection.getClient();
  let commands = 0;
  client.on('commandStarted', () => (commands += 1));
  return {
    ctx,
    url,
    roomId: String(room._id),
    memberCookies: memberUsers.map((m) => m.cookie),
    takeCommandCount: () => {
      const counted = commands;
      commands = 0;
      return counted;
    },
    stop: async () => {
      await realtime.stop();
      await ctx.connection.dropDatabase().catch(() => undefined);
      await handle.close();
    },
  };
}
