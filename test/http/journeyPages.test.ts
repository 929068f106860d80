// The signed-in journeys' pages over HTTP: forms carry CSRF fields, the no-JavaScript sign-in and registration flows
// (errors next to fields, a safe ?next), and pages that require sign-in or the right role.
import { strict as assert } from 'node:assert';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';
import { createCommunity } from '../../server/commands/communities/createCommunity.js';
import { createRoom } from '../../server/commands/rooms/createRoom.js';
import { joinCommunity } from '../../server/commands/communities/joinCommunity.js';
import { setMemberRole } from '../../server/commands/communities/setMemberRole.js';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import type { Actor } from '../../server/context.js';

const formPost = (client: TestClient, path: string, fields: Record<string, string | string[]>) =>
  client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

describe('journey pages', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('renders the registration and sign-in forms with a CSRF field and labelled inputs', async () => {
    const client = await t.client().init();
    for (const path of ['/register', '/sign-in']) {
      const page = await client.get(path).expect(200).expect('content-type', /html/);
      assert.match(page.text, new RegExp(`name="_csrf" value="${client.csrfToken}"`));
      assert.match(page.text, /<label for="f-email">/);
      assert.match(page.text, /id="f-email" name="email"/);
    }
  });

  it('registers through the form and lands on the profile page', async () => {
    const client = await t.client().init();
    const response = await formPost(client, '/register', { displayName: 'Maja Kranjc', email: 'maja@example.si', password: 'correct horse battery', locale: 'sl' }).expect(303);
    assert.equal(response.headers.location, '/me');
    const me = await client.get('/me').expect(200);
    assert.match(me.text, /maja@example\.si/);
    assert.match(me.text, /<html lang="sl">/);
  });

  it('shows registration errors next to their fields, keeping what was typed but never the password', async () => {
    const client = await t.client().init();
    const response = await formPost(client, '/register', { displayName: 'A', email: 'not-an-address', password: 'short' }).expect(400);
    assert.match(response.text, /id="f-email-error"/);
    assert.match(response.text, /aria-describedby="f-email-error"/);
    assert.match(response.text, /aria-invalid="true"/);
    assert.match(response.text, /id="f-password-hint"/);
    assert.match(response.text, /aria-describedby="f-password-hint f-password-error"/);
    assert.match(response.text, /value="not-an-address"/);
    assert.doesNotMatch(response.text, /value="short"/);
    assert.match(response.text, /class="error-summary" role="alert"/);
  });

  it('signs in through the form, follows a local ?next and refuses an off-site one', async () => {
    const member = await t.client().init();
    const user = await member.register();
    const client = await t.client().init();
    const local = await formPost(client, '/sign-in', { email: user.email, password: user.password, next: '/me?tab=1' }).expect(303);
    assert.equal(local.headers.location, '/me?tab=1');
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const other = await t.client().init();
      const response = await formPost(other, '/sign-in', { email: user.email, password: user.password, next }).expect(303);
      assert.equal(response.headers.location, '/me', `next ${next}`);
    }
  });

  it('shows a wrong password as a form error without saying which part was wrong', async () => {
    const member = await t.client().init();
    const user = await member.register();
    const client = await t.client().init();
    const response = await formPost(client, '/sign-in', { email: user.email, password: 'not the password' }).expect(401);
    assert.match(response.text, /The e-mail address or password is not correct\./);
    assert.match(response.text, new RegExp(`value="${user.email}"`));
    await client.get('/me').expect(303);
  });

  it('refuses a form post without the CSRF token', async () => {
    const client = await t.client().init();
    await client.agent.post('/sign-in').type('form').send({ email: 'a@example.org', password: 'whatever!!' }).expect(403);
  });

  it('sends a visitor to sign in, with the page as ?next, and back after signing in', async () => {
    const client = await t.client().init();
    const response = await client.get('/me').expect(303);
    assert.equal(response.headers.location, '/sign-in?next=%2Fme');
    const form = await client.get(response.headers.location).expect(200);
    assert.match(form.text, /name="next" value="\/me"/);
  });

  it('saves the profile and interface language, and changes the password from /me', async () => {
    const client = await t.client().init();
    const user = await client.register();
    const me = await client.get('/me').expect(200);
    assert.match(me.text, /action="\/me\/password"/);
    await formPost(client, '/me', { displayName: 'Anna Svensson', locale: 'sv', country: 'SE', organisation: '' }).expect(303);
    const after = await client.get('/me?saved=profile').expect(200);
    assert.match(after.text, /<html lang="sv">/);
    assert.match(after.text, /role="status"/);
    const wrong = await formPost(client, '/me/password', { currentPassword: 'wrong one!!', newPassword: 'a brand new password' }).expect(400);
    assert.match(wrong.text, /id="p-currentPassword-error"/);
    await formPost(client, '/me/password', { currentPassword: user.password, newPassword: 'a brand new password' }).expect(303);
    const stored = await t.ctx.models.User.findById(user.id).lean();
    assert.equal(stored?.displayName, 'Anna Svensson');
    assert.equal(stored?.country, 'SE');
  });

  it('signs out through the header form', async () => {
    const { client } = await clientWithRoles(t, ['member']);
    const home = await client.get('/').expect(200);
    assert.match(home.text, /action="\/sign-out"/);
    const response = await formPost(client, '/sign-out', {}).expect(303);
    assert.equal(response.headers.location, '/');
    await client.get('/api/me').expect(401);
  });

  it('creates a practice through the guided form, saves a step with its rev and shows a stale save clearly', async () => {
    const { client } = await clientWithRoles(t, ['member']);
    await client.get('/practices/new').expect(200);
    const created = await formPost(client, '/practices/new', { originalLanguage: 'sl', title: 'Digitalni mentorji', summary: 'Učitelji mentorji', country: 'SI', go: 'next' }).expect(303);
    const match = /^\/practices\/([0-9a-f]{24})\/edit\?step=context&saved=1$/.exec(created.headers.location);
    assert.ok(match, created.headers.location);
    const id = match[1];
    const step = await client.get(created.headers.location).expect(200);
    assert.match(step.text, /name="rev" value="1"/);
    assert.match(step.text, /aria-current="step"/);
    assert.match(step.text, /type="checkbox" id="f-educationLevels-/);
    await formPost(client, `/practices/${id}/edit`, { step: 'context', rev: '1', challenge: 'Too few **trained** teachers', educationLevels: ['isced-1', 'isced-2'], scaleSchools: '12', go: 'next' }).expect(303);
    const stored = await t.ctx.models.Practice.findById(id).lean();
    assert.equal(stored?.rev, 2);
    assert.deepEqual(stored?.educationLevels, ['isced-1', 'isced-2']);
    assert.equal(stored?.scale?.schools, 12);
    const stale = await formPost(client, `/practices/${id}/edit`, { step: 'context', rev: '1', challenge: 'An older edit' }).expect(409);
    assert.match(stale.text, /Your changes below are NOT saved/);
    assert.match(stale.text, /An older edit/);
    const bad = await formPost(client, `/practices/${id}/edit`, { step: 'basics', rev: '2', title: '' }).expect(400);
    assert.match(bad.text, /id="f-title-error"/);
  });

  it('lists the missing fields before submission and refuses an incomplete submit with the list', async () => {
    const { client } = await clientWithRoles(t, ['member']);
    const created = await formPost(client, '/practices/new', { originalLanguage: 'en', title: 'Half done' }).expect(303);
    const id = /practices\/([0-9a-f]{24})/.exec(created.headers.location)?.[1];
    const review = await client.get(`/practices/${id}/edit?step=review`).expect(200);
    assert.match(review.text, /id="missing-fields"/);
    assert.match(review.text, /href="\/practices\/[0-9a-f]{24}\/edit\?step=evidence#f-difficulties"/);
    const refused = await formPost(client, `/practices/${id}/submit`, {}).expect(422);
    assert.match(refused.text, /fill in the fields listed below/);
    const mine = await client.get('/me/practices').expect(200);
    assert.match(mine.text, /Half done/);
    assert.match(mine.text, /Draft/);
  });

  it('keeps the editor to signed-in authors: a visitor is sent to sign in, another member gets 404', async () => {
    const { client } = await clientWithRoles(t, ['member']);
    const created = await formPost(client, '/practices/new', { originalLanguage: 'en', title: 'Private draft' }).expect(303);
    const path = created.headers.location.split('?')[0];
    const visitor = await t.client().init();
    const redirect = await visitor.get(path).expect(303);
    assert.match(redirect.headers.location, /^\/sign-in\?next=/);
    await visitor.get('/me/practices').expect(303);
    const { client: other } = await clientWithRoles(t, ['member']);
    await other.get(path).expect(404);
  });

  it('keeps the review queue to reviewers, and lets a reviewer request changes and schedule publication by form', async () => {
    const { client: author, user } = await clientWithRoles(t, ['member']);
    const practice = await createPractice(t.ctx, { userId: user.id, roles: ['member'] }, { originalLanguage: 'en', texts: { en: { title: 'Queued practice' } } });
    await t.ctx.models.Practice.updateOne({ _id: practice._id }, { $set: { state: 'submitted' } });
    await author.get('/review').expect(403);
    const { client: reviewer } = await clientWithRoles(t, ['organiser']);
    const queue = await reviewer.get('/review').expect(200);
    assert.match(queue.text, /Queued practice/);
    const id = String(practice._id);
    const page = await reviewer.get(`/review/${id}`).expect(200);
    assert.match(page.text, /action="\/review\/[0-9a-f]{24}\/request-changes"/);
    const empty = await formPost(reviewer, `/review/${id}/request-changes`, { comment: '' }).expect(400);
    assert.match(empty.text, /role="alert"/);
    await formPost(reviewer, `/review/${id}/start`, {}).expect(303);
    await formPost(reviewer, `/review/${id}/publish`, { when: 'later', publishAt: '' }).expect(400);
    await formPost(reviewer, `/review/${id}/publish`, { when: 'later', publishAt: '2099-01-02T08:30' }).expect(303);
    const stored = await t.ctx.models.Practice.findById(id).lean();
    assert.equal(stored?.state, 'scheduled');
    assert.equal(stored?.publishAt?.toISOString(), '2099-01-02T08:30:00.000Z');
    await author.get(`/review/${id}`).expect(200);
    await formPost(author, `/review/${id}/publish`, {}).expect(403);
  });

  it('renders the live room with an aria-live log, a labelled composer for members and slow-mode forms for moderators', async () => {
    const { client: owner, user: ownerUser } = await clientWithRoles(t, ['organiser']);
    const ownerActor: Actor = { userId: ownerUser.id, roles: ['organiser'], displayName: ownerUser.displayName };
    const community = await createCommunity(t.ctx, ownerActor, { name: 'Room test group', language: 'en', visibility: 'public', joinPolicy: 'open' });
    const room = await createRoom(t.ctx, ownerActor, String(community._id), { name: 'Coffee corner' });
    const path = `/communities/${community.slug}/rooms/${String(room._id)}`;
    const { client: member, user: memberUser } = await clientWithRoles(t, ['member']);
    await joinCommunity(t.ctx, { userId: memberUser.id, roles: ['member'] }, String(community._id));
    const memberView = await member.get(path).expect(200);
    assert.match(memberView.text, /role="log" aria-live="off"/, 'the log itself stays quiet: one polite announcer summarises new messages');
    assert.match(memberView.text, /id="room-announcer" class="visually-hidden" aria-live="polite"/);
    assert.match(memberView.text, /<form id="room-composer" class="composer" method="post" action="[^"]+\/messages">/, 'the composer works without JavaScript');
    assert.match(memberView.text, /<label for="room-input">/);
    assert.doesNotMatch(memberView.text, /action="[^"]*\/slow-mode"/);
    await formPost(member, `${path}/slow-mode`, { seconds: '30', reason: 'no' }).expect(403);
    const visitor = await t.client().init();
    const visitorView = await visitor.get(path).expect(200);
    assert.doesNotMatch(visitorView.text, /id="room-input"/);
    await visitor.get(`/communities/${community.slug}/rooms/0123456789abcdef01234567`).expect(404);
    const noReason = await formPost(owner, `${path}/slow-mode`, { seconds: '30', reason: '' }).expect(400);
    assert.match(noReason.text, /role="alert"/);
    await formPost(owner, `${path}/slow-mode`, { seconds: '30', reason: 'Busy session' }).expect(303);
    const stored = await t.ctx.models.Room.findById(room._id).lean();
    assert.equal(stored?.slowModeSeconds, 30);
    assert.equal(stored?.slowModeReason, 'Busy session');
    const ownerView = await owner.get(path).expect(200);
    assert.match(ownerView.text, /Slow mode: one message every 30 seconds\. Busy session/);
  });

  it("shows the moderation dashboard to a community's moderators only, with mutes recorded in the audit trail", async () => {
    const { client: owner, user: ownerUser } = await clientWithRoles(t, ['organiser']);
    const ownerActor: Actor = { userId: ownerUser.id, roles: ['organiser'], displayName: ownerUser.displayName };
    const community = await createCommunity(t.ctx, ownerActor, { name: 'Moderated group', language: 'en', visibility: 'public', joinPolicy: 'open' });
    const { client: member, user: memberUser } = await clientWithRoles(t, ['member']);
    await joinCommunity(t.ctx, { userId: memberUser.id, roles: ['member'] }, String(community._id));
    const overview = await owner.get('/moderation').expect(200);
    assert.match(overview.text, new RegExp(`href="/communities/${community.slug}/moderation"`));
    await member.get(`/communities/${community.slug}/moderation`).expect(403);
    const dashboard = await owner.get(`/communities/${community.slug}/moderation`).expect(200);
    assert.match(dashboard.text, /Audit trail/);
    await formPost(owner, `/communities/${community.slug}/moderation/members/${memberUser.id}/mute`, { minutes: '30', reason: 'Cooling off' }).expect(303);
    const after = await owner.get(`/communities/${community.slug}/moderation`).expect(200);
    assert.match(after.text, /muted until/);
    assert.match(after.text, /Cooling off/);
  });
});

describe('moderation in the navigation', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('offers the moderation dashboard to a member who moderates a community, and not to other members', async () => {
    const { user: ownerUser } = await clientWithRoles(t, ['organiser']);
    const ownerActor: Actor = { userId: ownerUser.id, roles: ['organiser'], displayName: ownerUser.displayName };
    const community = await createCommunity(t.ctx, ownerActor, { name: 'Navigation test group', language: 'en', visibility: 'public', joinPolicy: 'open' });
    const { client: moderator, user: moderatorUser } = await clientWithRoles(t, ['member']);
    const { client: member } = await clientWithRoles(t, ['member']);
    await joinCommunity(t.ctx, { userId: moderatorUser.id, roles: ['member'] }, String(community._id));
    const navLink = /<a href="\/moderation"/;
    assert.doesNotMatch((await moderator.get('/').expect(200)).text, navLink);
    await setMemberRole(t.ctx, ownerActor, String(community._id), moderatorUser.id, { role: 'moderator' });
    assert.match((await moderator.get('/').expect(200)).text, navLink);
    assert.doesNotMatch((await member.get('/').expect(200)).text, navLink);
    const dashboard = await moderator.get('/moderation').expect(200);
    assert.match(dashboard.text, /Navigation test group/);
  });

  it("offers review and moderation links by the policy's answer for each role", async () => {
    const links = async (roles: Parameters<typeof clientWithRoles>[1]) => {
      const { client } = await clientWithRoles(t, roles);
      const text = (await client.get('/').expect(200)).text;
      return { review: /<a href="\/review"/.test(text), moderation: /<a href="\/moderation"/.test(text) };
    };
    assert.deepEqual(await links(['member']), { review: false, moderation: false });
    assert.deepEqual(await links(['moderator']), { review: false, moderation: true });
    assert.deepEqual(await links(['organiser']), { review: true, moderation: true });
    assert.deepEqual(await links(['admin']), { review: true, moderation: true });
  });
});
