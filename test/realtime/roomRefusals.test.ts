// What a live room refuses, the same over Socket.IO and HTTP: reactions beyond RATE_LIMIT_REACTIONS_PER_MIN (per
// person, the counts untouched), and reactions and replies from a muted member (in words, with the mute's end and
// reason, storing nothing) until the mute is lifted.
import { strict as assert } from 'node:assert';
import type { Socket } from 'socket.io-client';
import type { TestApp } from '../support/testApp.js';
import { ack, signedIn, socketSuite, type Member } from './socketClients.js';

const reactionsPerMinute = 3;

interface StoredReactions {
  reactions: { kind: string; userIds: string[]; count: number }[];
}

describe('live room refusals (reaction rate limit, muted members)', () => {
  const suite = socketSuite({ RATE_LIMIT_REACTIONS_PER_MIN: String(reactionsPerMinute) });
  let t: TestApp;
  let owner: Member;
  let communityId: string;
  let roomId: string;
  before(async () => {
    ({ t, owner } = suite);
    communityId = (await owner.http.post('/api/communities', { name: 'Refusals', language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data.id;
    roomId = (await owner.http.post(`/api/communities/${communityId}/rooms`, { name: 'Lobby', topic: '' }).expect(201)).body.data.id;
  });

  const member = async (): Promise<{ m: Member; socket: Socket }> => {
    const m = await signedIn(t);
    await m.http.post(`/api/communities/${communityId}/members/join`).expect(200);
    const socket = await suite.open(m.cookie);
    await ack(socket, 'room:join', { roomId });
    return { m, socket };
  };
  const clientId = (): string => `c-${Math.random().toString(36).slice(2)}`;
  const ownerMessage = async (body: string): Promise<string> => (await owner.http.post(`/api/rooms/${roomId}/messages`, { body, clientId: clientId() }).expect(201)).body.data.id;
  const storedReactions = async (messageId: string): Promise<StoredReactions['reactions']> => {
    const history = await owner.http.get(`/api/rooms/${roomId}/messages?afterSeq=0`).expect(200);
    return (history.body.data as (StoredReactions & { id: string })[]).find((message) => message.id === messageId)?.reactions ?? [];
  };

  it('refuses a person’s reactions beyond the limit over the socket and HTTP, leaving the counts and others alone', async () => {
    const messageId = await ownerMessage('React to this');
    const { m, socket } = await member();
    for (const reaction of [{ kind: 'like', on: true }, { kind: 'like', on: false }, { kind: 'heart', on: true }]) {
      assert.ok((await ack(socket, 'message:react', { messageId, ...reaction })).data, 'within the limit');
    }
    const overSocket = await ack(socket, 'message:react', { messageId, kind: 'eyes', on: true });
    assert.equal(overSocket.error?.code, 'rate_limited');
    assert.match(overSocket.error?.message ?? '', /wait \d+ s/, 'says how long to wait');
    const overHttp = await m.http.put(`/api/messages/${messageId}/reactions`, { kind: 'laugh', on: true }).expect(429);
    assert.equal(overHttp.body.error.code, 'rate_limited');
    assert.ok(Number(overHttp.headers['retry-after']) > 0, 'says when to try again');
    assert.deepEqual(await storedReactions(messageId), [{ kind: 'heart', userIds: [m.user.id], count: 1 }], 'the refused ones changed nothing');
    const other = await member();
    assert.ok((await ack(other.socket, 'message:react', { messageId, kind: 'eyes', on: true })).data, 'the limit is per person');
    assert.ok(socket.connected, 'a refusal does not drop the connection');
  });

  it('refuses reactions and replies from a muted member in words until the mute is lifted', async () => {
    const messageId = await ownerMessage('Question for everyone');
    const { m, socket } = await member();
    await owner.http.post(`/api/communities/${communityId}/members/${m.user.id}/mute`, { minutes: 60, reason: 'Cool down' }).expect(200);
    const before = await t.ctx.models.Message.countDocuments({ roomId });

    const reacted = await ack(socket, 'message:react', { messageId, kind: 'like', on: true });
    assert.equal(reacted.error?.code, 'muted');
    assert.equal((reacted.error?.details as { reason: string }).reason, 'Cool down');
    assert.ok(Date.parse((reacted.error?.details as { mutedUntil: string }).mutedUntil) > Date.now(), 'the mute’s end, for the countdown');
    assert.equal((await m.http.put(`/api/messages/${messageId}/reactions`, { kind: 'like', on: true }).expect(403)).body.error.code, 'muted');
    const replied = await ack(socket, 'message:send', { roomId, body: 'My answer', clientId: clientId(), replyTo: messageId });
    assert.equal(replied.error?.code, 'muted');
    assert.equal((await m.http.post(`/api/rooms/${roomId}/messages`, { body: 'My answer', clientId: clientId(), replyTo: messageId }).expect(403)).body.error.code, 'muted');
    assert.equal(await t.ctx.models.Message.countDocuments({ roomId }), before, 'no reply stored');
    assert.deepEqual(await storedReactions(messageId), [], 'no reaction stored');

    await owner.http.post(`/api/communities/${communityId}/members/${m.user.id}/mute`, { minutes: 0, reason: 'Talked it through' }).expect(200);
    assert.ok((await ack(socket, 'message:send', { roomId, body: 'My answer', clientId: clientId(), replyTo: messageId })).data, 'a lifted mute lets them reply');
    assert.ok((await ack(socket, 'message:react', { messageId, kind: 'like', on: true })).data, 'and react');
  });
});
