// Administrators manage accounts: list and search, change roles, suspend (every session ends) and reinstate; each
// change is audited, and nobody else may do any of it.
import { strict as assert } from 'node:assert';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('user administration', () => {
  let t: TestApp;
  let admin: TestClient;
  let adminId: string;
  let organiser: TestClient;

  before(async () => {
    t = await startTestApp();
    const a = await clientWithRoles(t, ['admin'], 'Urška Kranjc');
    admin = a.client;
    adminId = a.user.id;
    organiser = (await clientWithRoles(t, ['organiser'])).client;
  });
  after(async () => t.close());

  it('lists and searches accounts for administrators only', async () => {
    const person = await t.client().init();
    await person.register({ displayName: 'Zofia Wiśniewska', email: 'zofia.wisniewska@example.pl' });
    const found = await admin.get('/api/users').query({ q: 'wiśniew' }).expect(200);
    assert.deepEqual(found.body.data.map((u: { email: string }) => u.email), ['zofia.wisniewska@example.pl']);
    assert.equal(found.body.page.total, 1);
    const tricky = await admin.get('/api/users').query({ q: '.*(' }).expect(200);
    assert.equal(tricky.body.page.total, 0, 'the search text is literal, not a pattern');
    await organiser.get('/api/users').expect(403);
    await (await t.client().init()).get('/api/users').expect(401);
    const bad = await admin.get('/api/users').query({ role: 'king' }).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
  });

  it('changes roles, audited, and the new role works at once', async () => {
    const { client, user } = await clientWithRoles(t, ['member']);
    await client.post('/api/communities', { name: 'Nova skupnost', language: 'sl', visibility: 'public', joinPolicy: 'open' }).expect(403);
    const changed = await admin.post(`/api/users/${user.id}/roles`, { roles: ['member', 'organiser'] }).expect(200);
    assert.deepEqual(changed.body.data.roles, ['member', 'organiser']);
    await client.post('/api/communities', { name: 'Nova skupnost', language: 'sl', visibility: 'public', joinPolicy: 'open' }).expect(201);
    const audit = await t.ctx.models.Audit.findOne({ action: 'account.setRoles', subjectId: user.id }).lean();
    assert.equal(String(audit?.actorId), adminId);
    await organiser.post(`/api/users/${user.id}/roles`, { roles: ['admin'] }).expect(403);
    const bad = await admin.post(`/api/users/${user.id}/roles`, { roles: ['king'] }).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    await admin.post('/api/users/not-an-id/roles', { roles: ['member'] }).expect(404);
  });

  it('suspends an account (its sessions end, it cannot sign in) and reinstates it', async () => {
    const { client, user } = await clientWithRoles(t, ['member']);
    const noReason = await admin.post(`/api/users/${user.id}/suspend`, {}).expect(400);
    assert.equal(noReason.body.error.code, 'validation_failed');
    await client.get('/api/me').expect(200);
    await admin.post(`/api/users/${user.id}/suspend`, { reason: 'Repeated spam in exchange groups' }).expect(200);
    await client.get('/api/me').expect(401);
    const again = await t.client().init();
    const refused = await again.post('/api/auth/sign-in', { email: user.email, password: user.password }).expect(403);
    assert.equal(refused.body.error.code, 'account_suspended');
    const audit = await t.ctx.models.Audit.findOne({ action: 'account.suspend', subjectId: user.id }).lean();
    assert.equal(audit?.reason, 'Repeated spam in exchange groups');

    await admin.post(`/api/users/${user.id}/reinstate`).expect(200);
    await again.signIn(user.email, user.password);
    await again.get('/api/me').expect(200);
  });

  it('never lets an administrator suspend themself, nor anyone else suspend', async () => {
    await admin.post(`/api/users/${adminId}/suspend`, { reason: 'Testing myself' }).expect(403);
    const { user } = await clientWithRoles(t, ['member']);
    await organiser.post(`/api/users/${user.id}/suspend`, { reason: 'Not allowed' }).expect(403);
    assert.equal((await t.ctx.models.User.findById(user.id).lean())?.status, 'active');
  });
});
