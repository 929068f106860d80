// The account's life by e-mail, through HTTP and the real SMTP server: password reset (single use, expiring, not
// revealing accounts), address verification gating posting and publishing, change of address, invitations by
// e-mail, the data export and deleting the account.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createCommunity } from '../../server/commands/communities/createCommunity.js';
import type { User } from '../../server/models/user.js';
import { linkIn, mailTo, waitForMail } from '../support/mailbox.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles, createUser } from '../support/users.js';

const tokenOf = (link: string): string => new URL(link).pathname.split('/').pop() ?? '';
const codeOf = (body: unknown): string => (body as { error: { code: string } }).error.code;
const freshAddress = (tag: string): string => `${tag}-${randomBytes(4).toString('hex')}@example.org`;
const password = 'correct horse battery';

/** A public, open community made by an organiser; `joiner` joins it. */
async function openCommunity(testApp: TestApp, joiner: TestClient): Promise<string> {
  const organiser = await createUser(testApp.ctx, ['organiser']);
  const community = await createCommunity(testApp.ctx, { userId: organiser.id, roles: ['organiser'] }, {
    name: `Open ${randomBytes(3).toString('hex')}`, description: 'A place to talk.', language: 'en', visibility: 'public', joinPolicy: 'open',
  });
  const id = String(community._id);
  await joiner.post(`/api/communities/${id}/members/join`).expect(200);
  return id;
}

async function registered(testApp: TestApp, tag: string): Promise<{ client: TestClient; email: string }> {
  const client = await testApp.client().init();
  const email = freshAddress(tag);
  await client.register({ email, password, displayName: `Person ${tag}` });
  return { client, email };
}

describe('account lifecycle by e-mail', () => {
  let testApp: TestApp;

  before(async () => {
    testApp = await startTestApp({ REQUIRE_VERIFIED_EMAIL: 'true' });
    await testApp.listen();
  });
  after(async () => {
    await testApp.close();
  });

  it('password reset: the same answer for unknown addresses, a single-use link that ends every session', async () => {
    const { client, email } = await registered(testApp, 'reset');
    const anonymous = await testApp.client().init();
    const unknown = freshAddress('nobody');
    const answerUnknown = await anonymous.post('/api/auth/password-reset', { email: unknown }).expect(202);
    const answerKnown = await anonymous.post('/api/auth/password-reset', { email: email.toUpperCase() }).expect(202);
    assert.deepEqual(answerUnknown.body, answerKnown.body);
    const resetMail = (await waitForMail(email, 2)).find((mail) => mail.subject === 'Reset your Praxis password');
    assert.ok(resetMail, 'the reset mail arrived');
    assert.equal(await testApp.ctx.models.OutboxMessage.countDocuments({ to: unknown }), 0);
    const token = tokenOf(linkIn(resetMail, '/reset-password/'));
    assert.equal(await testApp.ctx.models.AccountToken.countDocuments({ digest: token }), 0, 'only the digest is stored');

    await anonymous.get(`/reset-password/${token}`).expect(200);
    const forged = await anonymous.post('/api/auth/password-reset/confirm', { token: `${token.slice(0, -3)}abc`, password: 'a new long password' }).expect(400);
    assert.equal(codeOf(forged.body), 'invalid_token');
    const tooShort = await anonymous.post('/api/auth/password-reset/confirm', { token, password: 'short' }).expect(400);
    assert.equal(codeOf(tooShort.body), 'validation_failed');
    await anonymous.post('/api/auth/password-reset/confirm', { token, password: 'a new long password' }).expect(204);
    const reused = await anonymous.post('/api/auth/password-reset/confirm', { token, password: 'another long password' }).expect(400);
    assert.equal(codeOf(reused.body), 'invalid_token');
    await anonymous.get(`/reset-password/${token}`).expect(400);

    await client.get('/api/me').expect(401);
    const again = await testApp.client().init();
    await again.signIn(email, 'a new long password');
    await again.get('/api/me').expect(200);
  });

  it('an expired reset link is refused', async () => {
    const { email } = await registered(testApp, 'expired');
    const anonymous = await testApp.client().init();
    await anonymous.post('/api/auth/password-reset', { email }).expect(202);
    const resetMail = (await waitForMail(email, 2)).find((mail) => mail.subject === 'Reset your Praxis password');
    assert.ok(resetMail);
    const user = await testApp.ctx.models.User.findOne({ email }).lean<User>();
    await testApp.ctx.models.AccountToken.updateMany({ userId: user?._id, purpose: 'passwordReset' }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const refused = await anonymous.post('/api/auth/password-reset/confirm', { token: tokenOf(linkIn(resetMail, '/reset-password/')), password: 'a new long password' }).expect(400);
    assert.equal(codeOf(refused.body), 'invalid_token');
  });

  it('posting needs a confirmed address; the mailed link confirms it', async () => {
    const { client, email } = await registered(testApp, 'verify');
    const user = await testApp.ctx.models.User.findOne({ email }).lean<User>();
    assert.ok(user);
    const communityId = await openCommunity(testApp, client);
    const refused = await client.post(`/api/communities/${communityId}/threads`, { title: 'Hello there', body: 'My first thread.' }).expect(403);
    assert.equal(codeOf(refused.body), 'email_unverified');
    assert.equal(await testApp.ctx.models.Thread.countDocuments({ communityId }), 0, 'nothing was written');

    const [verifyMail] = await waitForMail(email);
    assert.ok(verifyMail);
    assert.equal(verifyMail.subject, 'Confirm your e-mail address for Praxis');
    const token = tokenOf(linkIn(verifyMail, '/verify-email/'));
    await client.get(`/verify-email/${token}`).expect(200);
    assert.equal((await testApp.ctx.models.User.findById(user._id).lean<User>())?.emailVerifiedAt, undefined, 'opening the link alone changes nothing');
    const bad = await client.post('/api/auth/verify-email', { token: 'x'.repeat(30) }).expect(400);
    assert.equal(codeOf(bad.body), 'invalid_token');
    await client.post('/api/auth/verify-email', { token }).expect(204);
    await client.post(`/api/communities/${communityId}/threads`, { title: 'Hello there', body: 'My first thread.' }).expect(201);
  });

  it('change of address: confirmed at the new address, a notice to the old one', async () => {
    const { client, email } = await registered(testApp, 'change');
    const newEmail = freshAddress('changed');
    const wrong = await client.post('/api/me/email', { newEmail, currentPassword: 'not my password' }).expect(400);
    assert.equal(codeOf(wrong.body), 'wrong_password');
    await client.post('/api/me/email', { newEmail, currentPassword: password }).expect(202);
    const [confirmation] = await waitForMail(newEmail);
    assert.ok(confirmation);
    const notice = (await waitForMail(email, 2)).find((mail) => mail.subject === 'Your Praxis e-mail address is changing');
    assert.ok(notice);
    assert.ok(notice.text.includes(newEmail));
    assert.equal((await client.get('/api/me').expect(200)).body.data.email, email, 'nothing changes before the link is used');
    const token = tokenOf(linkIn(confirmation, '/confirm-email/'));
    await client.post('/api/auth/confirm-email', { token }).expect(200);
    assert.equal((await client.get('/api/me').expect(200)).body.data.email, newEmail);
    const reused = await client.post('/api/auth/confirm-email', { token }).expect(400);
    assert.equal(codeOf(reused.body), 'invalid_token');
  });

  it('invites a person without an account by e-mail; the link leads into the community', async () => {
    const { client: owner, user } = await clientWithRoles(testApp, ['organiser'], 'Owner Olga');
    await testApp.ctx.models.User.updateOne({ _id: user.id }, { $set: { emailVerifiedAt: new Date() } });
    const created = await owner.post('/api/communities', { name: `Invites ${randomBytes(3).toString('hex')}`, description: 'Closed group.', language: 'en', visibility: 'members-only', joinPolicy: 'invite' }).expect(201);
    const communityId = (created.body as { data: { id: string } }).data.id;
    const invitee = freshAddress('invitee');
    const bad = await owner.post(`/api/communities/${communityId}/invites/email`, { email: 'not an address' }).expect(400);
    assert.equal(codeOf(bad.body), 'validation_failed');
    const { client: stranger } = await clientWithRoles(testApp, ['member']);
    await stranger.post(`/api/communities/${communityId}/invites/email`, { email: invitee }).expect(403);
    await owner.post(`/api/communities/${communityId}/invites/email`, { email: invitee, locale: 'pl' }).expect(201);
    const [invitation] = await waitForMail(invitee);
    assert.ok(invitation);
    assert.match(invitation.subject, /Owner Olga zaprasza Cię do społeczności Invites/);
    const token = tokenOf(linkIn(invitation, '/invites/'));
    const { client: newcomer } = await registered(testApp, 'newcomer');
    await newcomer.post(`/api/invites/${token}/accept`).expect(200);
    assert.equal(await testApp.ctx.models.Membership.countDocuments({ communityId, state: 'active' }), 2);
  });

  it('exports everything the person wrote and their settings, without the password hash', async () => {
    const { email } = await registered(testApp, 'export');
    await testApp.ctx.models.User.updateOne({ email }, { $set: { emailVerifiedAt: new Date() } });
    const again = await testApp.client().init();
    await again.signIn(email, password);
    const communityId = await openCommunity(testApp, again);
    await again.post(`/api/communities/${communityId}/threads`, { title: 'Exported thread', body: 'Words I wrote.' }).expect(201);
    const exported = await again.get('/api/me/export').expect(200);
    assert.match(String(exported.headers['content-disposition']), /^attachment; filename="?praxis-my-data.json"?$/);
    const body = exported.body as { account: Record<string, unknown>; posts: Array<{ body: string }>; threads: unknown[]; memberships: unknown[] };
    assert.equal(body.account.email, email);
    assert.equal('passwordHash' in body.account, false);
    assert.deepEqual(body.posts.map((post) => post.body), ['Words I wrote.']);
    assert.equal(body.threads.length, 1);
    assert.equal(body.memberships.length, 1);
    await testApp.client().get('/api/me/export').expect(401);
  });

  it('deletes the account: content kept or removed as chosen, sessions end, the address is free again', async () => {
    for (const content of ['keep', 'remove'] as const) {
      const { email } = await registered(testApp, `delete-${content}`);
      await testApp.ctx.models.User.updateOne({ email }, { $set: { emailVerifiedAt: new Date() } });
      const client = await testApp.client().init();
      await client.signIn(email, password);
      const other = await testApp.client().init();
      await other.signIn(email, password);
      const communityId = await openCommunity(testApp, client);
      const thread = await client.post(`/api/communities/${communityId}/threads`, { title: 'Soon without me', body: 'Text to keep or remove.' }).expect(201);
      const threadId = (thread.body as { data: { id: string } }).data.id;
      const bad = await client.post('/api/me/delete', { currentPassword: password, content: 'maybe' }).expect(400);
      assert.equal(codeOf(bad.body), 'validation_failed');
      const wrong = await client.post('/api/me/delete', { currentPassword: 'wrong password', content }).expect(400);
      assert.equal(codeOf(wrong.body), 'wrong_password');
      await client.post('/api/me/delete', { currentPassword: password, content }).expect(204);
      await other.get('/api/me').expect(401);
      assert.equal(await testApp.ctx.models.User.countDocuments({ email }), 0);
      const post = await testApp.ctx.models.Post.findOne({ threadId }).lean();
      assert.equal(post?.state, content === 'keep' ? 'visible' : 'deleted');
      const reader = await testApp.client().init();
      const page = await reader.get(`/api/threads/${threadId}`);
      if (content === 'keep') assert.match(JSON.stringify(page.body), /Former member/);
      await (await testApp.client().init()).register({ email, password, displayName: 'Back again' });
    }
    assert.deepEqual(await mailTo('nobody@example.org'), []);
  });
});
