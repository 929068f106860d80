// The socket server answers what no handler takes: an unknown event and a payload over 64 KB get the usual
// { error: { code, message } } acknowledgement, and the connection stays open.
import { strict as assert } from 'node:assert';
import type { Socket } from 'socket.io-client';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { ack, connect, signedIn, type Member } from './socketClients.js';

describe('socket event guards', () => {
  let t: TestApp;
  let url: string;
  let member: Member;
  let socket: Socket;
  before(async () => {
    t = await startTestApp();
    url = await t.listen();
    member = await signedIn(t);
    socket = await connect(url, member.cookie);
  });
  after(async () => {
    socket.close();
    await t.close();
  });

  it('answers an unknown event with unknown_event', async () => {
    const answer = await ack(socket, 'room:explode', { roomId: 'x' });
    assert.equal(answer.error?.code, 'unknown_event');
    assert.match(answer.error?.message ?? '', /room:explode/);
    assert.ok(socket.connected);
  });

  it('answers a payload over 64 KB with payload_too_large and keeps the connection', async () => {
    const answer = await ack(socket, 'message:send', { roomId: '0123456789abcdef01234567', body: 'x'.repeat(70 * 1024), clientId: 'big-1' });
    assert.equal(answer.error?.code, 'payload_too_large');
    assert.ok(socket.connected);
    const next = await ack(socket, 'room:join', { roomId: '0123456789abcdef01234567' });
    assert.equal(next.error?.code, 'not_found', 'the same connection still serves events');
  });
});
