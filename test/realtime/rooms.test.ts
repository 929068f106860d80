// Live rooms over real Socket.IO connections: handshake, join permissions, history and order, exactly-once catch-up
// across forced disconnects, mute/lock/slow mode, moderator deletes, presence and typing, flags, rate limits and
// malformed payloads.
import { strict as assert } from 'node:assert';
import type { Socket } from 'socket.io-client';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { closeHole } from '../../server/commands/rooms/messageWindow.js';
import { runRoomLoad } from './roomLoad.js';
import { ack, connect, deliveryErrors, nextEvent, RoomFollower, signedIn, socketSuite, type Member, type WireMessage } from './socketClients.js';

describe('live rooms (Socket.IO)', () => {
  const suite = socketSuite();
  const open = suite.open;
  let t: TestApp;
  let url: string;
  let owner: Member;
  before(() => {
    ({ t, url, owner } = suite);
  });

  const community = async (fields: Record<string, unknown> = {}): Promise<string> =>
    (await owner.http.post('/api/communities', { name: 'Lokalna uprava', language: 'sl', visibility: 'public', joinPolicy: 'open', ...fields }).expect(201)).body.data.id;
  const room = async (communityId: string): Promise<string> =>
    (await owner.http.post(`/api/communities/${communityId}/rooms`, { name: 'Monthly exchange', topic: 'E-services' }).expect(201)).body.data.id;
  const member = async (communityId: string): Promise<Member> => {
    const m = await signedIn(t);
    await m.http.post(`/api/communities/${communityId}/members/join`).expect(200);
    return m;
  };
  const send = (socket: Socket, roomId: string, body: string, clientId = `c-${Math.random().toString(36).slice(2)}`) =>
    ack<{ seq: number; message: WireMessage }>(socket, 'message:send', { roomId, body, clientId });

  it('refuses a handshake from a foreign origin and accepts this site and non-browser clients', async () => {
    await assert.rejects(connect(url, owner.cookie, { origin: 'http://evil.example' }), /origin_not_allowed|xhr poll error|websocket error/);
    const own = await open(owner.cookie, { origin: url });
    assert.ok(own.connected);
  });

  it('checks the membership policy on join and send', async () => {
    const publicRoom = await room(await community());
    const privateCommunity = await community({ visibility: 'members-only', joinPolicy: 'request' });
    const privateRoom = await room(privateCommunity);
    const outsider = await signedIn(t);
    const socket = await open(outsider.cookie);
    const hidden = await ack(socket, 'room:join', { roomId: privateRoom });
    assert.equal(hidden.error?.code, 'not_found');
    const visible = await ack(socket, 'room:join', { roomId: publicRoom });
    assert.ok(visible.data);
    const notMember = await send(socket, publicRoom, 'hello');
    assert.equal(notMember.error?.code, 'forbidden');
    const anonymous = await open();
    assert.ok((await ack(anonymous, 'room:join', { roomId: publicRoom })).data);
    assert.equal((await send(anonymous, publicRoom, 'hi')).error?.code, 'unauthenticated');
    const ownerSocket = await open(owner.cookie);
    assert.ok((await ack(ownerSocket, 'room:join', { roomId: privateRoom })).data);
    assert.equal((await ack(socket, 'room:catchup', { roomId: privateRoom, afterSeq: 0 })).error?.code, 'not_found');
  });

  it('persists before broadcasting and gives history in seq order on join, older pages over HTTP', async () => {
    const communityId = await community();
    const roomId = await room(communityId);
    const m = await member(communityId);
    const sender = await open(m.cookie);
    await ack(sender, 'room:join', { roomId });
    const watcher = await open(owner.cookie);
    await ack(watcher, 'room:join', { roomId });
    const arrived = nextEvent<WireMessage>(watcher, 'message:new', (msg) => msg.body === 'Dobro jutro');
    const first = await send(sender, roomId, 'Dobro jutro');
    const broadcast = await arrived;
    assert.equal(broadcast.seq, first.data?.seq);
    assert.ok(await t.ctx.models.Message.exists({ _id: broadcast.id }), 'stored');
    const others = await Promise.all([1, 2].map(async () => open((await member(communityId)).cookie)));
    const burst = await Promise.all([sender, ...others].map(async (socket, s) => {
      const results = [];
      for (let i = 0; i < 20 - (s === 0 ? 1 : 0); i += 1) results.push(await send(socket, roomId, `Message ${s}.${i}`));
      return results;
    }));
    assert.ok(burst.flat().every((r) => r.data));
    const late = await open(m.cookie);
    const joined = await ack<{ messages: WireMessage[]; upTo: number }>(late, 'room:join', { roomId });
    const seqs = joined.data?.messages.map((msg) => msg.seq) ?? [];
    assert.equal(seqs.length, 50);
    assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b));
    assert.equal(joined.data?.upTo, 60);
    assert.equal(joined.data?.messages.at(-1)?.seq, 60);
    const older = await m.http.get(`/api/rooms/${roomId}/messages?beforeSeq=${seqs[0]}&limit=50`).expect(200);
    assert.deepEqual(older.body.data.map((msg: WireMessage) => msg.seq), Array.from({ length: 10 }, (_, i) => i + 1));
    const resent = await send(sender, roomId, 'Dobro jutro', first.data?.message.clientId);
    assert.equal(resent.data?.seq, first.data?.seq, 'a resend with the same clientId is stored once');
  });

  it('delivers every message exactly once, in order, across forced disconnects with hundreds in flight', async function () {
    this.timeout(120_000);
    const communityId = await community();
    const roomId = await room(communityId);
    const senders = await Promise.all([1, 2, 3].map(async () => open((await member(communityId)).cookie)));
    const reader = await member(communityId);
    const readerSocket = await open(reader.cookie);
    const follower = new RoomFollower(readerSocket, roomId);
    await follower.join();
    for (const s of senders) await ack(s, 'room:join', { roomId });
    let acked = 0;
    const disconnects: Promise<void>[] = [];
    const forceDisconnect = (): void => {
      disconnects.push(nextEvent(readerSocket, 'connect').then(() => undefined));
      readerSocket.io.engine.close();
    };
    const all = senders.flatMap((socket, s) =>
      Array.from({ length: 70 }, (_, i) =>
        send(socket, roomId, `sender ${s} message ${i}`, `s${s}-m${i}`).then((response) => {
          acked += 1;
          if (acked === 40 || acked === 140) forceDisconnect();
          return response;
        }),
      ),
    );
    const responses = await Promise.all(all);
    await Promise.all(disconnects);
    assert.equal(disconnects.length, 2, 'the reader was disconnected twice');
    assert.ok(responses.every((r) => r.data), JSON.stringify(responses.find((r) => r.error)));
    const maxSeq = Math.max(...responses.map((r) => r.data?.seq ?? 0));
    await follower.until(maxSeq);
    const stored = await t.ctx.models.Message.find({ roomId }).sort({ seq: 1 }).lean();
    assert.equal(stored.length, 210);
    assert.equal(new Set(stored.map((m) => m.clientId)).size, 210);
    assert.deepEqual(deliveryErrors(follower.delivered, stored.map((m) => String(m._id))), { gaps: 0, duplicates: 0, reorders: 0 });
    const view = follower.delivered;
    assert.deepEqual(view.map((m) => m.id), stored.map((m) => String(m._id)));
    for (let s = 0; s < 3; s += 1) {
      const own = view.filter((m) => m.clientId.startsWith(`s${s}-`)).map((m) => Number(m.clientId.split('-m')[1]));
      assert.deepEqual(own, [...own].sort((a, b) => a - b), 'each sender’s messages in the order sent');
    }
    const caughtUp = await ack<{ messages: WireMessage[]; upTo: number }>(readerSocket, 'room:catchup', { roomId, afterSeq: 0, limit: 500 });
    assert.equal(caughtUp.data?.messages.length, 210);
    assert.equal(caughtUp.data?.upTo, maxSeq);
  });

  it('under load (8 clients, 400 messages, random disconnects) shows every message once and in order on every client', async function () {
    this.timeout(300_000);
    const communityId = await community();
    const roomId = await room(communityId);
    const clients = await Promise.all(Array.from({ length: 8 }, async () => (await member(communityId)).cookie));
    const result = await runRoomLoad({ url, roomId, cookies: clients, messagesPerClient: 50, disconnectChance: 0.03, seed: 15 }, async () =>
      (await t.ctx.models.Message.find({ roomId, state: { $ne: 'hole' } }).sort({ seq: 1 }).lean()).map((m) => String(m._id)),
    );
    assert.equal(result.stored, 400, 'each message stored once');
    assert.ok(result.disconnects > 0, 'clients were disconnected');
    assert.deepEqual(result.perClient, Array.from({ length: 8 }, () => ({ gaps: 0, duplicates: 0, reorders: 0 })));
  });

  it('never skips a seq still being written, and closes a hole once the message after it is old enough', async () => {
    const communityId = await community();
    const roomId = await room(communityId);
    const m = await member(communityId);
    const socket = await open(m.cookie);
    await send(socket, roomId, 'one');
    await t.ctx.models.Room.updateOne({ _id: roomId }, { $inc: { nextSeq: 1 } });
    await send(socket, roomId, 'three');
    const young = await ack<{ messages: WireMessage[]; upTo: number }>(socket, 'room:catchup', { roomId, afterSeq: 1 });
    assert.deepEqual(young.data, { messages: [young.data?.messages[0]], upTo: 1, more: false }, 'seq 2 may still be written: the answer stops before it');
    assert.equal(young.data?.messages[0].seq, 3);
    await t.ctx.models.Message.updateOne({ roomId, seq: 3 }, { $set: { createdAt: new Date(Date.now() - 60_000) } });
    const settled = await ack<{ messages: WireMessage[]; upTo: number }>(socket, 'room:catchup', { roomId, afterSeq: 1 });
    assert.deepEqual(settled.data?.messages.map((msg) => msg.seq), [3]);
    assert.equal(settled.data?.upTo, 3);
    assert.equal((await t.ctx.models.Message.findOne({ roomId, seq: 2 }).lean())?.state, 'hole', 'the hole is closed for good');
    const empty = await ack<{ messages: WireMessage[]; upTo: number }>(socket, 'room:catchup', { roomId, afterSeq: 3 });
    assert.deepEqual(empty.data, { messages: [], upTo: 3, more: false });
    const fromStart = await ack<{ messages: WireMessage[]; upTo: number }>(socket, 'room:join', { roomId });
    assert.deepEqual(fromStart.data?.messages.map((msg) => msg.seq), [1, 3], 'a hole marker is never shown');
  });

  it('stores a message whose seq a reader closed as a hole under a new seq, so nothing is lost', async () => {
    const communityId = await community();
    const roomId = await room(communityId);
    const m = await member(communityId);
    const socket = await open(m.cookie);
    await send(socket, roomId, 'one');
    const roomDoc = (await t.ctx.models.Room.findById(roomId).lean())!;
    await closeHole(t.ctx, roomDoc, 2);
    const second = await send(socket, roomId, 'two');
    assert.equal(second.data?.seq, 3);
    const joined = await ack<{ messages: WireMessage[]; upTo: number }>(socket, 'room:join', { roomId, afterSeq: 1 });
    assert.deepEqual(joined.data?.messages.map((msg) => msg.body), ['two']);
    assert.equal(joined.data?.upTo, 3);
  });

  it('enforces mute, lock and slow mode (moderators exempt), and tells clients', async () => {
    const communityId = await community();
    const roomId = await room(communityId);
    const m = await member(communityId);
    const memberSocket = await open(m.cookie);
    const ownerSocket = await open(owner.cookie);
    await ack(memberSocket, 'room:join', { roomId });
    await ack(ownerSocket, 'room:join', { roomId });

    const mutedEvent = nextEvent<{ mutedUntil: string }>(memberSocket, 'community:muted');
    await owner.http.post(`/api/communities/${communityId}/members/${m.user.id}/mute`, { minutes: 10, reason: 'Off-topic flood' }).expect(200);
    assert.ok((await mutedEvent).mutedUntil);
    const muted = await send(memberSocket, roomId, 'can I talk?');
    assert.equal(muted.error?.code, 'muted');
    await owner.http.post(`/api/communities/${communityId}/members/${m.user.id}/mute`, { minutes: 0, reason: 'Lifted' }).expect(200);
    assert.ok((await send(memberSocket, roomId, 'thanks')).data);

    const lockedEvent = nextEvent<{ locked: boolean }>(memberSocket, 'room:updated', (room) => room.locked);
    await owner.http.post(`/api/rooms/${roomId}/lock`, { locked: true, reason: 'Session over' }).expect(200);
    await lockedEvent;
    assert.equal((await send(memberSocket, roomId, 'one more')).error?.code, 'room_locked');
    assert.ok((await send(ownerSocket, roomId, 'closing remarks')).data);
    await owner.http.post(`/api/rooms/${roomId}/lock`, { locked: false }).expect(200);

    await m.http.post(`/api/rooms/${roomId}/slow-mode`, { seconds: 60, reason: 'x' }).expect(403);
    await owner.http.post(`/api/rooms/${roomId}/slow-mode`, { seconds: 60 }).expect(400);
    const slowEvent = nextEvent<{ slowMode: { seconds: number; reason: string } }>(memberSocket, 'room:updated', (room) => room.slowMode.seconds === 60);
    await owner.http.post(`/api/rooms/${roomId}/slow-mode`, { seconds: 60, reason: 'Keep it readable for the Q&A' }).expect(200);
    assert.equal((await slowEvent).slowMode.reason, 'Keep it readable for the Q&A');
    const [a, b] = await Promise.all([send(memberSocket, roomId, 'first'), send(memberSocket, roomId, 'second')]);
    assert.equal([a, b].filter((r) => r.data).length, 1, 'only one of two concurrent messages passes');
    const refused = [a, b].find((r) => r.error);
    assert.equal(refused?.error?.code, 'slow_mode');
    assert.ok(((refused?.error?.details as { retryAfterSeconds: number }).retryAfterSeconds ?? 0) > 0);
    assert.ok((await send(ownerSocket, roomId, 'mod 1')).data && (await send(ownerSocket, roomId, 'mod 2')).data);

    const audit = await owner.http.get(`/api/communities/${communityId}/audit?limit=50`).expect(200);
    const slow = audit.body.data.find((e: { action: string }) => e.action === 'room.slowMode');
    assert.equal(slow.reason, 'Keep it readable for the Q&A');
    assert.ok(['membership.mute', 'room.lock', 'room.unlock'].every((action) => audit.body.data.some((e: { action: string }) => e.action === action)));

    const removed = nextEvent(memberSocket, 'community:removed');
    await owner.http.post(`/api/communities/${communityId}/members/${m.user.id}/ban`, { reason: 'Abuse' }).expect(204);
    await removed;
    assert.equal((await send(memberSocket, roomId, 'after ban')).error?.code, 'forbidden');
  });

  it('lets authors edit and delete their own messages, moderators delete any, and every client sees it', async () => {
    const communityId = await community();
    const roomId = await room(communityId);
    const [author, other] = [await member(communityId), await member(communityId)];
    const [authorSocket, otherSocket, ownerSocket] = [await open(author.cookie), await open(other.cookie), await open(owner.cookie)];
    for (const s of [authorSocket, otherSocket, ownerSocket]) await ack(s, 'room:join', { roomId });
    const sent = await send(authorSocket, roomId, 'Tipfeler');
    const messageId = sent.data?.message.id;
    const edits = [otherSocket, ownerSocket].map((s) => nextEvent<WireMessage>(s, 'message:updated', (msg) => msg.id === messageId && msg.body === 'Typo fixed'));
    assert.equal((await ack<WireMessage>(authorSocket, 'message:edit', { messageId, body: 'Typo fixed' })).data?.body, 'Typo fixed');
    await Promise.all(edits);
    assert.equal((await ack(otherSocket, 'message:edit', { messageId, body: 'Hijack' })).error?.code, 'edit_not_allowed');
    assert.equal((await ack(otherSocket, 'message:delete', { messageId })).error?.code, 'delete_not_allowed');
    const deletions = [authorSocket, otherSocket, ownerSocket].map((s) => nextEvent<WireMessage>(s, 'message:updated', (msg) => msg.id === messageId && msg.state === 'deleted'));
    assert.equal((await ack<WireMessage>(ownerSocket, 'message:delete', { messageId })).data?.state, 'deleted');
    const seen = await Promise.all(deletions);
    assert.ok(seen.every((msg) => msg.body === null));
    const history = await ack<{ messages: WireMessage[] }>(otherSocket, 'room:join', { roomId });
    assert.equal(history.data?.messages.find((msg) => msg.id === messageId)?.state, 'deleted');
    const audit = await owner.http.get(`/api/communities/${communityId}/audit`).expect(200);
    assert.ok(audit.body.data.some((e: { action: string; subjectId: string }) => e.action === 'message.delete' && e.subjectId === messageId));
  });

  it('gives a reconnecting client the edits and deletions it missed while offline, once', async () => {
    const communityId = await community();
    const roomId = await room(communityId);
    const [author, reader] = [await member(communityId), await member(communityId)];
    const authorSocket = await open(author.cookie);
    await ack(authorSocket, 'room:join', { roomId });
    const first = (await send(authorSocket, roomId, 'Prvo sporočilo')).data?.message;
    const second = (await send(authorSocket, roomId, 'Drugo sporočilo')).data?.message;
    const readerSocket = await open(reader.cookie);
    const joined = await ack<{ messages: WireMessage[]; serverTime: string; changed: WireMessage[] }>(readerSocket, 'room:join', { roomId });
    assert.deepEqual(joined.data?.changed, []);
    const lastSeen = Math.max(...(joined.data?.messages ?? []).map((msg) => msg.seq));
    readerSocket.close();

    await ack(authorSocket, 'message:edit', { messageId: first?.id, body: 'Prvo sporočilo (popravljeno)' });
    await ack(authorSocket, 'message:delete', { messageId: second?.id });

    const back = await open(reader.cookie);
    const rejoined = await ack<{ messages: WireMessage[]; changed: WireMessage[]; serverTime: string }>(back, 'room:join', { roomId, afterSeq: lastSeen, changedSince: joined.data?.serverTime });
    assert.deepEqual(rejoined.data?.messages, [], 'no new messages');
    assert.deepEqual(rejoined.data?.changed.map((msg) => [msg.seq, msg.state, msg.body]), [
      [first?.seq, 'visible', 'Prvo sporočilo (popravljeno)'],
      [second?.seq, 'deleted', null],
    ]);
    const again = await ack<{ changed: WireMessage[] }>(back, 'room:join', { roomId, afterSeq: lastSeen, changedSince: rejoined.data?.serverTime });
    assert.deepEqual(again.data?.changed, [], 'each change comes back once');
    const bad = await ack(back, 'room:join', { roomId, afterSeq: lastSeen, changedSince: 'yesterday' });
    assert.equal(bad.error?.code, 'validation_failed');
  });

  it('broadcasts presence and typing to the others in the room', async () => {
    const communityId = await community();
    const roomId = await room(communityId);
    const [a, b] = [await member(communityId), await member(communityId)];
    const [sa, sb] = [await open(a.cookie), await open(b.cookie)];
    const both = nextEvent<{ count: number; users: { id: string }[] }>(sa, 'presence', (p) => p.users.length === 2);
    await ack(sa, 'room:join', { roomId });
    await ack(sb, 'room:join', { roomId });
    const present = await both;
    assert.deepEqual(present.users.map((u) => u.id).sort(), [a.user.id, b.user.id].sort());
    assert.equal(present.count, 2);
    const typing = nextEvent<{ user: { id: string } }>(sa, 'typing');
    await ack(sb, 'typing', { roomId });
    assert.equal((await typing).user.id, b.user.id);
    const alone = nextEvent<{ users: { id: string }[] }>(sa, 'presence', (p) => p.users.length === 1);
    sb.close();
    assert.equal((await alone).users[0].id, a.user.id);
  });

  it('takes flags on live messages into the community’s queue', async () => {
    const communityId = await community();
    const roomId = await room(communityId);
    const [author, reporter] = [await member(communityId), await member(communityId)];
    const sent = await send(await open(author.cookie), roomId, 'Here is a pupil’s home address …');
    const flag = await reporter.http.post('/api/flags', { subjectType: 'message', subjectId: sent.data?.message.id, reason: 'personal-data' }).expect(201);
    const queue = await owner.http.get(`/api/communities/${communityId}/flags`).expect(200);
    assert.equal(queue.body.data[0].subjectId, sent.data?.message.id);
    await owner.http.post(`/api/flags/${flag.body.data.id}/reject`, { note: 'Fictional example' }).expect(200);
    assert.equal((await owner.http.get(`/api/communities/${communityId}/flags`).expect(200)).body.page.total, 0);
  });

  it('offers the community’s members after "@" by handle or a word of the name, to people who may write', async () => {
    const communityId = await community();
    const roomId = await room(communityId);
    const m = await member(communityId);
    await signedIn(t);
    const handle = (await t.ctx.models.User.findById(m.user.id).lean())?.handle ?? '';
    const byName = (await m.http.get(`/api/rooms/${roomId}/mentions?q=${encodeURIComponent(m.user.displayName.split(' ')[1] ?? '')}`).expect(200)).body.data as { userId: string; handle: string }[];
    assert.ok(byName.some((s) => s.userId === m.user.id && s.handle === handle), 'a word of the name');
    const byHandle = (await owner.http.get(`/api/rooms/${roomId}/mentions?q=${handle.slice(0, 4)}`).expect(200)).body.data as { userId: string }[];
    assert.ok(byHandle.some((s) => s.userId === m.user.id));
    const everyone = (await owner.http.get(`/api/rooms/${roomId}/mentions?q=${handle.split('.')[0]}`).expect(200)).body.data as { userId: string }[];
    assert.ok(everyone.length <= 8 && everyone.every((s) => s.userId === m.user.id || s.userId === owner.user.id), 'members of this community only');
    assert.equal((await owner.http.get(`/api/rooms/${roomId}/mentions?q=`).expect(400)).body.error.code, 'validation_failed');
    await t.client().get(`/api/rooms/${roomId}/mentions?q=a`).expect(401);
  });

  it('survives malformed payloads: error acks, no crash, connection stays up', async () => {
    const communityId = await community();
    const roomId = await room(communityId);
    const m = await member(communityId);
    const socket = await open(m.cookie);
    const bad: unknown[] = ['just a string', null, 42, [], { roomId }, { roomId: { $gt: '' }, body: 'x', clientId: 'a' }, { roomId, body: 'x'.repeat(5000), clientId: 'a' }, { roomId, body: 'x', clientId: 'a', extra: true }, { roomId, body: 'nul\u0000', clientId: 'a' }];
    for (const payload of bad) {
      const response = await ack(socket, 'message:send', payload);
      assert.equal(response.error?.code, 'validation_failed', JSON.stringify(payload));
    }
    assert.equal((await ack(socket, 'room:join')).error?.code, 'validation_failed');
    assert.equal((await ack(socket, 'room:join', { roomId: 'nope' })).error?.code, 'validation_failed');
    assert.equal((await ack(socket, 'room:join', { roomId: '0123456789abcdef01234567' })).error?.code, 'not_found');
    socket.emit('message:send', { roomId, body: 'no ack callback', clientId: 'no-ack' });
    socket.emit('message:send', 'garbage without ack');
    socket.emit('room:join');
    socket.emit('no:such:event', { x: 1 });
    const after = await send(socket, roomId, 'still connected');
    assert.ok(after.data, JSON.stringify(after.error));
    assert.ok(socket.connected);
    await t.client().get('/healthz').expect(200);
  });

  it('rate-limits messages per user', async () => {
    const limited = await startTestApp({ RATE_LIMIT_MESSAGES_PER_MIN: '5' });
    try {
      const limitedUrl = await limited.listen();
      const organiser = await signedIn(limited, ['organiser']);
      const communityId = (await organiser.http.post('/api/communities', { name: 'Limits', language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data.id;
      const roomId = (await organiser.http.post(`/api/communities/${communityId}/rooms`, { name: 'Fast' }).expect(201)).body.data.id;
      const socket = await connect(limitedUrl, organiser.cookie);
      const results = [];
      for (let i = 0; i < 7; i += 1) results.push(await send(socket, roomId, `m${i}`));
      assert.equal(results.filter((r) => r.data).length, 5);
      assert.equal(results[6].error?.code, 'rate_limited');
      socket.close();
    } finally {
      await limited.close();
    }
  });
});
