// Replies in live rooms, over Socket.IO, the HTTP API and the page without JavaScript: the quoted excerpt and its link,
// refusals of bad reply targets, and quotes that forget a deleted message's text on every client.
import { strict as assert } from 'node:assert';
import type { Socket } from 'socket.io-client';
import type { TestApp } from '../support/testApp.js';
import { ack, nextEvent, signedIn, socketSuite, type Member, type WireMessage } from './socketClients.js';

interface Quoted extends WireMessage {
  replyTo: { messageId: string; seq: number; authorName: string; excerpt: string } | null;
}

describe('live room conversations (replies, reactions)', () => {
  const suite = socketSuite();
  let t: TestApp;
  let owner: Member;
  before(() => {
    ({ t, owner } = suite);
  });

  const community = async (): Promise<{ id: string; slug: string }> =>
    (await owner.http.post('/api/communities', { name: 'Digitalne kompetence', language: 'sl', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data;
  const room = async (communityId: string): Promise<string> =>
    (await owner.http.post(`/api/communities/${communityId}/rooms`, { name: 'Izmenjava', topic: '' }).expect(201)).body.data.id;
  const member = async (communityId: string): Promise<Member> => {
    const m = await signedIn(t);
    await m.http.post(`/api/communities/${communityId}/members/join`).expect(200);
    return m;
  };
  const clientId = (): string => `c-${Math.random().toString(36).slice(2)}`;
  const send = (socket: Socket, roomId: string, body: string, replyTo?: string) =>
    ack<{ seq: number; message: Quoted }>(socket, 'message:send', { roomId, body, clientId: clientId(), ...(replyTo ? { replyTo } : {}) });

  it('sends a reply with a quote of the message it answers to everyone in the room, over the socket and HTTP', async () => {
    const { id: communityId } = await community();
    const roomId = await room(communityId);
    const [asker, answerer] = [await member(communityId), await member(communityId)];
    const sockets = await Promise.all([asker, answerer, owner].map((m) => suite.open(m.cookie)));
    for (const socket of sockets) await ack(socket, 'room:join', { roomId });
    const question = await send(sockets[0], roomId, `Kdo že uporablja **e-vloge** v občini? ${'Dolgo besedilo '.repeat(20)}`);
    const original = question.data?.message;
    assert.ok(original);
    const arrivals = sockets.map((socket) => nextEvent<Quoted>(socket, 'message:new', (msg) => msg.body === 'Mi, od lani.'));
    const answer = await send(sockets[1], roomId, 'Mi, od lani.', original.id);
    const quote = answer.data?.message.replyTo;
    assert.equal(quote?.messageId, original.id);
    assert.equal(quote?.seq, original.seq);
    assert.equal(quote?.authorName, asker.user.displayName);
    assert.ok(quote && quote.excerpt.startsWith('Kdo že uporablja e-vloge v občini?'), 'plain text, no Markdown');
    assert.ok(quote.excerpt.length <= 141 && quote.excerpt.endsWith('…'));
    for (const arrived of await Promise.all(arrivals)) assert.deepEqual(arrived.replyTo, quote);

    const overHttp = await owner.http.post(`/api/rooms/${roomId}/messages`, { body: 'Tudi pri nas.', clientId: clientId(), replyTo: original.id }).expect(201);
    assert.equal(overHttp.body.data.replyTo.seq, original.seq);
    const history = await owner.http.get(`/api/rooms/${roomId}/messages?afterSeq=0`).expect(200);
    assert.deepEqual(history.body.data.filter((msg: Quoted) => msg.replyTo).map((msg: Quoted) => msg.replyTo?.messageId), [original.id, original.id]);
    const plain = history.body.data.find((msg: Quoted) => msg.id === original.id);
    assert.equal(plain.replyTo, null);
  });

  it('refuses replies to what is not a visible message of the same room, storing nothing', async () => {
    const { id: communityId } = await community();
    const [roomId, otherRoom] = [await room(communityId), await room(communityId)];
    const m = await member(communityId);
    const socket = await suite.open(m.cookie);
    await ack(socket, 'room:join', { roomId });
    const elsewhere = (await owner.http.post(`/api/rooms/${otherRoom}/messages`, { body: 'Drugje', clientId: clientId() }).expect(201)).body.data.id;
    const gone = (await send(socket, roomId, 'Izbrisano kmalu')).data?.message.id ?? '';
    await ack(socket, 'message:delete', { messageId: gone });
    const before = await t.ctx.models.Message.countDocuments({ roomId });
    assert.equal((await send(socket, roomId, 'A', elsewhere)).error?.code, 'reply_target_missing');
    assert.equal((await send(socket, roomId, 'B', gone)).error?.code, 'reply_target_missing');
    assert.equal((await send(socket, roomId, 'C', '0123456789abcdef01234567')).error?.code, 'reply_target_missing');
    assert.equal((await send(socket, roomId, 'D', 'not-an-id')).error?.code, 'validation_failed');
    assert.equal((await ack(socket, 'message:send', { roomId, body: 'E', clientId: clientId(), replyTo: { $gt: '' } })).error?.code, 'validation_failed');
    const refused = await m.http.post(`/api/rooms/${roomId}/messages`, { body: 'F', clientId: clientId(), replyTo: elsewhere }).expect(422);
    assert.equal(refused.body.error.code, 'reply_target_missing');
    assert.equal(await t.ctx.models.Message.countDocuments({ roomId }), before);
    assert.ok(socket.connected);
  });

  it('empties the quotes of a deleted message on every client and on the page', async () => {
    const { id: communityId, slug } = await community();
    const roomId = await room(communityId);
    const [author, replier] = [await member(communityId), await member(communityId)];
    const sockets = await Promise.all([author, replier, owner].map((m) => suite.open(m.cookie)));
    for (const socket of sockets) await ack(socket, 'room:join', { roomId });
    const original = (await send(sockets[0], roomId, 'Skrivnost, ki jo bom izbrisal')).data?.message;
    assert.ok(original);
    const reply = (await send(sockets[1], roomId, 'Odgovor', original.id)).data?.message;
    const cleared = sockets.map((socket) => nextEvent<Quoted>(socket, 'message:updated', (msg) => msg.id === reply?.id));
    await ack(sockets[0], 'message:delete', { messageId: original.id });
    for (const updated of await Promise.all(cleared)) {
      assert.equal(updated.replyTo?.excerpt, '');
      assert.equal(updated.body, 'Odgovor');
    }
    const page = await author.http.get(`/communities/${slug}/rooms/${roomId}?lang=sl`).expect(200);
    assert.ok(!page.text.includes('Skrivnost'), 'the deleted text is gone from the quote');
    assert.match(page.text, /Sporočilo je bilo izbrisano\./);
  });

  it('renders quotes with a link to the answered message, and replies without JavaScript from ?reply=', async () => {
    const { id: communityId, slug } = await community();
    const roomId = await room(communityId);
    const m = await member(communityId);
    const base = `/communities/${slug}/rooms/${roomId}`;
    const original = (await owner.http.post(`/api/rooms/${roomId}/messages`, { body: 'Vprašanje <b>za</b> vse', clientId: clientId() }).expect(201)).body.data as Quoted;
    const composing = await m.http.get(`${base}?reply=${original.id}&lang=sl`).expect(200);
    assert.match(composing.text, new RegExp(`<input type="hidden" id="room-reply-to" name="replyTo" value="${original.id}">`));
    assert.match(composing.text, /Odgovarjate osebi/);
    assert.match(composing.text, new RegExp(`href="${base}\\?reply=${original.id}#room-input" data-action="reply"`));
    const ignored = await m.http.get(`${base}?reply=0123456789abcdef01234567`).expect(200);
    assert.match(ignored.text, /<div id="room-reply" class="composer-reply" hidden>/);

    const posted = await m.http.agent.post(`${base}/messages`).type('form').send({ _csrf: m.http.csrfToken, body: 'Brez skript', clientId: clientId(), replyTo: original.id }).expect(303);
    assert.match(posted.headers.location ?? '', /sent=1/);
    const page = await m.http.get(base).expect(200);
    assert.match(page.text, new RegExp(`<a class="message-quote" href="${base}\\?before=${original.seq + 1}#m-${original.seq}" data-reply-seq="${original.seq}">`));
    assert.match(page.text, /message-quote-text">Vprašanje za vse</, 'the excerpt is plain, escaped text');
    const refused = await m.http.agent.post(`${base}/messages`).type('form').send({ _csrf: m.http.csrfToken, body: 'x', clientId: clientId(), replyTo: 'bad' }).expect(303);
    assert.match(refused.headers.location ?? '', /error=validation_failed/);
  });

  it('counts one reaction per person and kind, live on every client, and refuses bad reactions', async () => {
    const { id: communityId } = await community();
    const roomId = await room(communityId);
    const people = await Promise.all(Array.from({ length: 8 }, () => member(communityId)));
    const sockets = await Promise.all(people.map((m) => suite.open(m.cookie)));
    for (const socket of sockets) await ack(socket, 'room:join', { roomId });
    const messageId = (await send(sockets[0], roomId, 'Odziv?')).data?.message.id ?? '';
    const latest = sockets.map(() => ({ rev: -1, count: 0 }));
    sockets.forEach((socket, i) => socket.on('message:reactions', (u: { reactionsRev: number; reactions: { kind: string; count: number }[] }) => {
      if (u.reactionsRev > latest[i].rev) latest[i] = { rev: u.reactionsRev, count: u.reactions.find((r) => r.kind === 'like')?.count ?? 0 };
    }));
    const answers = await Promise.all([...sockets, sockets[1]].map((socket) => ack(socket, 'message:react', { messageId, kind: 'like', on: true })));
    assert.ok(answers.every((a) => a.data));
    const stored = await owner.http.get(`/api/rooms/${roomId}/messages?afterSeq=0`).expect(200);
    assert.equal(stored.body.data[0].reactions[0].count, 8);
    const last = sockets.map((socket) => nextEvent<{ reactionsRev: number }>(socket, 'message:reactions', (u) => u.reactionsRev >= 9));
    assert.ok((await ack(sockets[2], 'message:react', { messageId, kind: 'like', on: false })).data);
    await Promise.all(last);
    assert.ok(latest.every((l) => l.count === 7), JSON.stringify(latest));
    for (const bad of [{ messageId, kind: 'poop', on: true }, { messageId, kind: 'like', on: 'yes' }, { messageId, kind: 'like', on: true, x: 1 }, { messageId: 'x', kind: 'like', on: true }]) {
      assert.equal((await ack(sockets[3], 'message:react', bad)).error?.code, 'validation_failed');
    }
    const outsider = await suite.open((await signedIn(t)).cookie);
    assert.equal((await ack(outsider, 'message:react', { messageId, kind: 'like', on: true })).error?.code, 'forbidden');
    await ack(sockets[0], 'message:delete', { messageId });
    assert.equal((await ack(sockets[3], 'message:react', { messageId, kind: 'heart', on: true })).error?.code, 'message_deleted');
  });
});
