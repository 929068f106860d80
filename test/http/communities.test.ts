// Communities through HTTP: creation rights, visibility, join policies (open, request, invite), roles, bans, mutes,
// the audit log and bad input.
import { strict as assert } from 'node:assert';
import { clientWithRoles } from '../support/users.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';

describe('communities', () => {
  let t: TestApp;
  let organiser: TestClient;
  before(async () => {
    t = await startTestApp();
    organiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
  });
  after(async () => t.close());

  const create = async (fields: Record<string, unknown> = {}) => {
    const response = await organiser
      .post('/api/communities', { name: 'Grupa Wymiany Doświadczeń', language: 'pl', visibility: 'public', joinPolicy: 'open', ...fields })
      .expect(201);
    return response.body.data as { id: string; slug: string; memberCount: number; viewer: { role: string } };
  };
  const member = async () => (await clientWithRoles(t, ['member'])).client;

  it('lets organisers create communities, with the creator as owner, and refuses members', async () => {
    const community = await create({ description: 'We **share** what worked.' });
    assert.match(community.slug, /^grupa-wymiany-doswiadczen/);
    assert.equal(community.memberCount, 1);
    assert.equal(community.viewer.role, 'owner');
    const bySlug = await t.client().get(`/api/communities/${community.slug}`).expect(200);
    assert.equal(bySlug.body.data.id, community.id);
    assert.match(bySlug.body.data.descriptionHtml, /<strong>share<\/strong>/);
    const plain = await member();
    const refused = await plain.post('/api/communities', { name: 'Mine', language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(403);
    assert.equal(refused.body.error.code, 'forbidden');
    const list = await t.client().get('/api/communities?limit=5').expect(200);
    assert.ok(list.body.page.total >= 1);
  });

  it('names the field and value of bad input and refuses unknown fields', async () => {
    const bad = await organiser.post('/api/communities', { name: 'X1 community', language: 'xx', visibility: 'public', joinPolicy: 'open' }).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    assert.match(JSON.stringify(bad.body.error.details), /language/);
    await organiser.post('/api/communities', { name: 'Extra fields', language: 'en', visibility: 'public', joinPolicy: 'open', memberCount: 99 }).expect(400);
    await t.client().get('/api/communities/not-an-id/members').expect(404);
    await t.client().get('/api/communities/0123456789abcdef01234567').expect(404);
  });

  it('joins and leaves an open community, counting members once', async () => {
    const community = await create();
    const client = await member();
    await client.post(`/api/communities/${community.id}/members/join`).expect(200);
    await client.post(`/api/communities/${community.id}/members/join`).expect(200);
    let got = await client.get(`/api/communities/${community.id}`).expect(200);
    assert.equal(got.body.data.memberCount, 2);
    assert.equal(got.body.data.viewer.state, 'active');
    const members = await client.get(`/api/communities/${community.id}/members`).expect(200);
    assert.equal(members.body.page.total, 2);
    await client.post(`/api/communities/${community.id}/members/leave`).expect(204);
    got = await client.get(`/api/communities/${community.id}`).expect(200);
    assert.equal(got.body.data.memberCount, 1);
    const owner = await organiser.post(`/api/communities/${community.id}/members/leave`).expect(403);
    assert.equal(owner.body.error.code, 'owner_cannot_leave');
  });

  it('hides a members-only community’s content from non-members (404) but shows its name', async () => {
    const community = await create({ visibility: 'members-only', joinPolicy: 'request' });
    const outsider = await member();
    await outsider.get(`/api/communities/${community.id}`).expect(200);
    await outsider.get(`/api/communities/${community.id}/threads`).expect(404);
    await outsider.get(`/api/communities/${community.id}/rooms`).expect(404);
    await outsider.get(`/api/communities/${community.id}/members`).expect(404);
    await t.client().get(`/api/communities/${community.id}/threads`).expect(404);
    await organiser.get(`/api/communities/${community.id}/threads`).expect(200);
  });

  it('runs join requests: request, moderator queue, approve and reject', async () => {
    const community = await create({ joinPolicy: 'request' });
    const alice = await member();
    const bob = await member();
    const direct = await alice.post(`/api/communities/${community.id}/members/join`).expect(409);
    assert.equal(direct.body.error.code, 'join_by_request');
    await alice.post(`/api/communities/${community.id}/members/requests`).expect(202);
    await bob.post(`/api/communities/${community.id}/members/requests`).expect(202);
    await alice.get(`/api/communities/${community.id}/members?state=pending`).expect(403);
    const pending = await organiser.get(`/api/communities/${community.id}/members?state=pending`).expect(200);
    assert.equal(pending.body.page.total, 2);
    const [aliceId, bobId] = [pending.body.data[0].user.id, pending.body.data[1].user.id];
    await organiser.post(`/api/communities/${community.id}/members/${aliceId}/approve`).expect(200);
    await organiser.post(`/api/communities/${community.id}/members/${bobId}/reject`, { reason: 'Not a local-government employee' }).expect(204);
    assert.equal((await alice.get(`/api/communities/${community.id}`)).body.data.viewer.state, 'active');
    assert.equal((await bob.get(`/api/communities/${community.id}`)).body.data.viewer, null);
    assert.equal((await organiser.get(`/api/communities/${community.id}`)).body.data.memberCount, 2);
  });

  it('accepts invitation links until they expire or are used up', async () => {
    const community = await create({ joinPolicy: 'invite', visibility: 'members-only' });
    const outsider = await member();
    const refused = await outsider.post(`/api/communities/${community.id}/members/join`).expect(403);
    assert.equal(refused.body.error.code, 'invite_only');
    await outsider.post(`/api/communities/${community.id}/invites`, {}).expect(403);
    const invite = await organiser.post(`/api/communities/${community.id}/invites`, { maxUses: 1, expiresInHours: 24 }).expect(201);
    const token = invite.body.data.token as string;
    assert.ok(token.length > 20);
    assert.equal(await t.ctx.models.Invite.countDocuments({ tokenDigest: token }), 0, 'only the digest is stored');
    const accepted = await outsider.post(`/api/invites/${token}/accept`).expect(200);
    assert.equal(accepted.body.data.viewer.state, 'active');
    await outsider.get(`/api/communities/${community.id}/threads`).expect(200);
    const late = await member();
    const used = await late.post(`/api/invites/${token}/accept`).expect(404);
    assert.equal(used.body.error.code, 'invite_invalid');
    await late.post('/api/invites/made-up-token-123/accept').expect(404);
  });

  it('lets owners appoint moderators, who act only within their own community', async () => {
    const mine = await create();
    const other = await create({ name: 'Another group' });
    const { client: mod, user: modUser } = await clientWithRoles(t, ['member']);
    const { client: target, user: targetUser } = await clientWithRoles(t, ['member']);
    await mod.post(`/api/communities/${mine.id}/members/join`).expect(200);
    await target.post(`/api/communities/${mine.id}/members/join`).expect(200);
    await target.post(`/api/communities/${other.id}/members/join`).expect(200);
    await mod.post(`/api/communities/${mine.id}/members/${modUser.id}/role`, { role: 'moderator' }).expect(403);
    const promoted = await organiser.post(`/api/communities/${mine.id}/members/${modUser.id}/role`, { role: 'moderator' }).expect(200);
    assert.equal(promoted.body.data.role, 'moderator');
    await mod.post(`/api/communities/${other.id}/members/${targetUser.id}/mute`, { minutes: 10, reason: 'x' }).expect(403);
    const muted = await mod.post(`/api/communities/${mine.id}/members/${targetUser.id}/mute`, { minutes: 10, reason: 'Heated exchange' }).expect(200);
    assert.ok(muted.body.data.mutedUntil);
    const ownerId = (await organiser.get('/api/me')).body.data.id as string;
    await mod.post(`/api/communities/${mine.id}/members/${ownerId}/ban`, { reason: 'no' }).expect(403);
    const last = await organiser.post(`/api/communities/${mine.id}/members/${ownerId}/role`, { role: 'member' }).expect(409);
    assert.equal(last.body.error.code, 'last_owner');
  });

  it('bans and unbans, and a banned person cannot rejoin', async () => {
    const community = await create();
    const { client, user } = await clientWithRoles(t, ['member']);
    await client.post(`/api/communities/${community.id}/members/join`).expect(200);
    await organiser.post(`/api/communities/${community.id}/members/${user.id}/ban`, { reason: 'Repeated spam' }).expect(204);
    const again = await client.post(`/api/communities/${community.id}/members/join`).expect(403);
    assert.equal(again.body.error.code, 'banned');
    assert.equal((await organiser.get(`/api/communities/${community.id}`)).body.data.memberCount, 1);
    const bans = await organiser.get(`/api/communities/${community.id}/members?state=banned`).expect(200);
    assert.equal(bans.body.data[0].user.id, user.id);
    await organiser.post(`/api/communities/${community.id}/members/${user.id}/unban`, {}).expect(204);
    await client.post(`/api/communities/${community.id}/members/join`).expect(200);
  });

  it('writes moderation actions to the audit log, visible to the community’s moderators only', async () => {
    const community = await create();
    const { client, user } = await clientWithRoles(t, ['member']);
    await client.post(`/api/communities/${community.id}/members/join`).expect(200);
    await organiser.post(`/api/communities/${community.id}/members/${user.id}/mute`, { minutes: 5, reason: 'Cool down' }).expect(200);
    await client.get(`/api/communities/${community.id}/audit`).expect(403);
    const audit = await organiser.get(`/api/communities/${community.id}/audit`).expect(200);
    const mute = audit.body.data.find((e: { action: string }) => e.action === 'membership.mute');
    assert.equal(mute.reason, 'Cool down');
    assert.equal(mute.subjectId, user.id);
  });

  it('lets the owner update the community, and nobody else', async () => {
    const community = await create();
    const client = await member();
    await client.post(`/api/communities/${community.id}/members/join`).expect(200);
    await client.patch(`/api/communities/${community.id}`, { name: 'Taken over' }).expect(403);
    const updated = await organiser.patch(`/api/communities/${community.id}`, { description: 'New _rules_', firstPostQueue: true }).expect(200);
    assert.match(updated.body.data.descriptionHtml, /<em>rules<\/em>/);
    assert.equal(updated.body.data.firstPostQueue, true);
    await organiser.patch(`/api/communities/${community.id}`, {}).expect(400);
  });
});
