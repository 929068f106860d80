// Security regressions of live rooms: a socket loses a members-only community's rooms when its person leaves the
// community or the community closes to non-members, and an ended session (sign-out, password change elsewhere)
// ends its open sockets.
import { strict as assert } from 'node:assert';
import type { Socket } from 'socket.io-client';
import type { TestApp } from '../support/testApp.js';
import { ack, nextEvent, signedIn, socketSuite, type Member } from './socketClients.js';

describe('live-room access after leaving or signing out', () => {
  const suite = socketSuite();
  const open = suite.open;
  let t: TestApp;
  let owner: Member;
  before(() => {
    ({ t, owner } = suite);
  });
  const serverDisconnect = (socket: Socket): Promise<string> =>
    new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

  it('takes a socket out of a members-only community’s rooms when its person leaves the community', async () => {
    const communityId = (await owner.http.post('/api/communities', { name: 'Ravnatelji', language: 'sl', visibility: 'members-only', joinPolicy: 'invite' }).expect(201)).body.data.id;
    const roomId = (await owner.http.post(`/api/communities/${communityId}/rooms`, { name: 'Private room', topic: 'Budgets' }).expect(201)).body.data.id;
    const member = await signedIn(t);
    await t.ctx.models.Membership.create({ communityId, userId: member.user.id, role: 'member', state: 'active' });
    const socket = await open(member.cookie);
    assert.ok((await ack(socket, 'room:join', { roomId })).data);
    assert.ok((await ack(socket, 'typing', { roomId })).data, 'in the room while a member');

    const removed = nextEvent(socket, 'community:removed');
    await member.http.post(`/api/communities/${communityId}/members/leave`).expect(204);
    await removed;
    let inRoom = true;
    while (inRoom) inRoom = (await ack(socket, 'typing', { roomId })).error?.code !== 'not_found';
    assert.equal((await ack(socket, 'room:join', { roomId })).error?.code, 'not_found');
  });

  it('takes non-members out of a community’s rooms when it becomes members-only, and keeps members in', async () => {
    const communityId = (await owner.http.post('/api/communities', { name: 'Otvorena skupina', language: 'hr', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data.id;
    const roomId = (await owner.http.post(`/api/communities/${communityId}/rooms`, { name: 'Chat', topic: 'Sve' }).expect(201)).body.data.id;
    const member = await signedIn(t);
    await member.http.post(`/api/communities/${communityId}/members/join`).expect(200);
    const visitor = await signedIn(t);
    const [memberSocket, visitorSocket] = [await open(member.cookie), await open(visitor.cookie)];
    assert.ok((await ack(memberSocket, 'room:join', { roomId })).data);
    assert.ok((await ack(visitorSocket, 'room:join', { roomId })).data, 'a public room admits a signed-in reader');

    await owner.http.patch(`/api/communities/${communityId}`, { visibility: 'members-only' }).expect(200);
    let inRoom = true;
    while (inRoom) inRoom = (await ack(visitorSocket, 'typing', { roomId })).error?.code !== 'not_found';
    assert.equal((await ack(visitorSocket, 'room:join', { roomId })).error?.code, 'not_found');
    assert.ok((await ack(memberSocket, 'typing', { roomId })).data, 'the member stays in the room');
  });

  it('disconnects a person’s sockets when an administrator changes their roles, so they reconnect as who they now are', async () => {
    const member = await signedIn(t);
    const admin = await signedIn(t, ['admin']);
    const socket = await open(member.cookie);
    const ended = serverDisconnect(socket);
    await admin.http.post(`/api/users/${member.user.id}/roles`, { roles: ['member', 'moderator'] }).expect(200);
    assert.equal(await ended, 'io server disconnect');
  });

  it('disconnects the sockets of a session that signs out', async () => {
    const member = await signedIn(t);
    const socket = await open(member.cookie);
    const ended = serverDisconnect(socket);
    await member.http.post('/api/auth/sign-out').expect(204);
    assert.equal(await ended, 'io server disconnect');
  });

  it('disconnects the sockets of the other sessions when the password changes, and keeps the current one', async () => {
    const member = await signedIn(t);
    const current = await t.client().init();
    const signIn = await current.post('/api/auth/sign-in', { email: member.user.email, password: member.user.password }).expect(200);
    const currentCookie = ([] as string[]).concat(signIn.headers['set-cookie'] ?? []).find((c) => c.startsWith('praxis_sid='))?.split(';')[0];
    const otherSocket = await open(member.cookie);
    const currentSocket = await open(currentCookie);
    const ended = serverDisconnect(otherSocket);
    await current.post('/api/me/password', { currentPassword: member.user.password, newPassword: 'a brand new passphrase' }).expect(204);
    assert.equal(await ended, 'io server disconnect');
    const room = await ack(currentSocket, 'room:join', { roomId: '000000000000000000000000' });
    assert.equal(room.error?.code, 'not_found', 'the current session’s socket still answers');
    assert.ok(currentSocket.connected);
  });
});
