// Two app instances sharing one database and one Redis (the Socket.IO Redis adapter): a room spans both nodes for
// messages, presence, moderator deletes and bans. Runs the system redis-server, else the one from the embedded-redis
// jar (test/support/redisServer.ts), so it never skips.
import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { createLogger } from '../../server/logger.js';
import { startTestRedis, type TestRedis } from '../support/redisServer.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { ack, connect, nextEvent, signedIn, type WireMessage } from './socketClients.js';

describe('live rooms across two instances (Redis adapter)', () => {
  let redis: TestRedis | null = null;
  let first: TestApp;
  let second: TestApp;
  let firstUrl: string;
  let secondUrl: string;
  const sockets: Socket[] = [];

  before(async () => {
    redis = await startTestRedis(createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', 'praxis-test'));
    process.stdout.write(`      redis: ${redis.binary}\n`);
    const shared = { REDIS_URL: redis.url, MONGODB_DB_NAME: `praxis_t_redis_${randomBytes(4).toString('hex')}` };
    first = await startTestApp(shared);
    second = await startTestApp(shared);
    firstUrl = await first.listen();
    secondUrl = await second.listen();
  });
  after(async () => {
    for (const socket of sockets) socket.close();
    await second?.close();
    await first?.close();
    await redis?.stop();
  });

  it('shares a room between the two instances: messages, presence, deletes and bans', async () => {
    const owner = await signedIn(first, ['organiser']);
    const communityId = (await owner.http.post('/api/communities', { name: 'Exchange group', language: 'pl', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data.id;
    const roomId = (await owner.http.post(`/api/communities/${communityId}/rooms`, { name: 'Spotkanie' }).expect(201)).body.data.id;
    const member = await signedIn(second);
    await member.http.post(`/api/communities/${communityId}/members/join`).expect(200);

    const onFirst = await connect(firstUrl, owner.cookie);
    const onSecond = await connect(secondUrl, member.cookie);
    sockets.push(onFirst, onSecond);
    const bothPresent = nextEvent<{ users: { id: string }[] }>(onFirst, 'presence', (p) => p.users.length === 2);
    await ack(onFirst, 'room:join', { roomId });
    await ack(onSecond, 'room:join', { roomId });
    assert.deepEqual((await bothPresent).users.map((u) => u.id).sort(), [owner.user.id, member.user.id].sort());

    const crossing = nextEvent<WireMessage>(onFirst, 'message:new', (m) => m.body === 'Dzień dobry z drugiego węzła');
    const sent = await ack<{ seq: number; message: WireMessage }>(onSecond, 'message:send', { roomId, body: 'Dzień dobry z drugiego węzła', clientId: 'n2-1' });
    assert.equal((await crossing).seq, sent.data?.seq);
    const back = nextEvent<WireMessage>(onSecond, 'message:new', (m) => m.body === 'Witam');
    await ack(onFirst, 'message:send', { roomId, body: 'Witam', clientId: 'n1-1' });
    await back;

    const deleted = nextEvent<WireMessage>(onSecond, 'message:updated', (m) => m.id === sent.data?.message.id && m.state === 'deleted');
    assert.ok((await ack(onFirst, 'message:delete', { messageId: sent.data?.message.id })).data);
    await deleted;

    const removed = nextEvent(onSecond, 'community:removed');
    await owner.http.post(`/api/communities/${communityId}/members/${member.user.id}/ban`, { reason: 'Spam' }).expect(204);
    await removed;
    const alone = nextEvent<{ users: { id: string }[] }>(onFirst, 'presence', (p) => p.users.length === 1);
    assert.equal((await alone).users[0].id, owner.user.id);
  });
});
