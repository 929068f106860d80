// Inviting a plan collaborator from the organisation page: an admin names a colleague by the e-mail address of their
// account and a role; the colleague hears of it in the app and by e-mail (the notifications and the mail outbox)
// and joins by accepting; an address without an account gets a single-use link that survives registration; admins
// see what is still pending and withdraw it (the link then says so in the reader's language); bad addresses, used,
// expired or withdrawn links and non-admins are refused without writing anything.
import { strict as assert } from 'node:assert';
import { outboxText } from '../support/mailbox.js';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';
import { waitUntil } from '../search/searchTestKit.js';

const form = (client: TestClient, path: string, fields: Record<string, string> = {}) => client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

describe('organisation invitations', () => {
  let t: TestApp;
  let w: PlanWorld;
  let slug: string;
  before(async () => {
    t = await startTestApp();
    await t.listen();
    w = await planWorld(t, 'Kommunen Lund');
    slug = (await w.editor.get(`/api/organisations/${w.organisationId}`).expect(200)).body.data.slug;
  });
  after(async () => t.close());

  it('invites by e-mail from the page, tells the person in the app and by mail, and makes them a plan editor once they accept', async () => {
    const colleague = await clientWithRoles(t, ['member'], 'Karin Berg');
    const page = await w.editor.get(`/organisations/${slug}?lang=sv`).expect(200);
    assert.match(page.text, /Bjud in en medarbetare/);
    assert.doesNotMatch((await colleague.client.get(`/organisations/${slug}?lang=sv`).expect(200)).text, /Bjud in en medarbetare/, 'only admins see the form');

    await form(w.editor, `/organisations/${slug}/members/invite`, { email: colleague.user.email.toUpperCase(), role: 'plan-editor' }).expect(303);
    await waitUntil(async () => (await t.ctx.models.OutboxMessage.countDocuments({ to: colleague.user.email, kind: 'notification.invitation' })) === 1, 'the invitation mail');
    assert.match(await outboxText(t.ctx, { to: colleague.user.email, kind: 'notification.invitation' }), /Kommunen Lund/);
    assert.equal(await t.ctx.models.Notification.countDocuments({ userId: colleague.user.id, kind: 'invitation' }), 1);

    const invited = await colleague.client.get(`/organisations/${slug}?lang=sv`).expect(200);
    assert.match(invited.text, new RegExp(`action="/organisations/${slug}/accept"`));
    await form(colleague.client, `/organisations/${slug}/accept`).expect(303);
    const membership = (await colleague.client.get(`/api/organisations/${w.organisationId}`).expect(200)).body.data.viewer as { role: string; state: string };
    assert.deepEqual({ role: membership.role, state: membership.state }, { role: 'plan-editor', state: 'active' });
  });

  it('refuses a bad address and a non-admin, writing nothing', async () => {
    const before = await t.ctx.models.OrganisationMembership.countDocuments({ organisationId: w.organisationId });
    const invites = await t.ctx.models.OrganisationInvite.countDocuments();
    const bad = await w.editor.post(`/api/organisations/${w.organisationId}/members/invitations`, { email: 'not-an-address' }).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    await w.editor.post(`/api/organisations/${w.organisationId}/members/invitations`, { userId: w.advisorUser.id, email: 'x@y.example' }).expect(400);
    await w.editor.post(`/api/organisations/${w.organisationId}/members/invitations`, { email: 'x@y.example', locale: 'de' }).expect(400);
    const outsider = await clientWithRoles(t, ['member']);
    await form(outsider.client, `/organisations/${slug}/members/invite`, { email: w.advisorUser.email, role: 'member' }).expect(403);
    await form(outsider.client, `/organisations/${slug}/members/invite`, { email: 'nowa@gmina.example', role: 'member' }).expect(403);
    assert.equal(await t.ctx.models.OrganisationMembership.countDocuments({ organisationId: w.organisationId }), before);
    assert.equal(await t.ctx.models.OrganisationInvite.countDocuments(), invites);
  });

  it('invites an address without an account by a single-use link that survives registration', async () => {
    const address = 'Maja.Kos@sola-trnovo.example';
    const sent = await form(w.editor, `/organisations/${slug}/members/invite?lang=sl`, { email: address, role: 'plan-editor' }).expect(303);
    assert.equal(sent.headers.location, `/organisations/${slug}?done=invitedByEmail`);
    assert.match((await w.editor.get(`${sent.headers.location}&lang=sl`).expect(200)).text, /povezava z vabilom/);
    await waitUntil(async () => (await t.ctx.models.OutboxMessage.countDocuments({ to: address.toLowerCase(), kind: 'organisation.invitation' })) === 1, 'the invitation mail');
    const mail = await t.ctx.models.OutboxMessage.findOne({ to: address.toLowerCase(), kind: 'organisation.invitation' }).lean();
    assert.match(String(mail?.subject), /vabi v organizacijo Kommunen Lund/, 'the mail is in the language the admin chose');
    const text = await outboxText(t.ctx, { to: address.toLowerCase(), kind: 'organisation.invitation' });
    assert.match(text, /urednik načrtov/);
    const link = text.match(/https?:\/\/\S+\/organisations\/invitations\/[\w-]+/)?.[0] ?? '';
    const path = new URL(link).pathname;
    const token = path.split('/').at(-1) ?? '';
    assert.equal(await t.ctx.models.OrganisationInvite.countDocuments({ tokenDigest: token }), 0, 'only the digest is stored');

    const newcomer = t.client();
    await newcomer.init();
    const landing = await newcomer.get(`${path}?lang=pl`).expect(200);
    assert.match(landing.text, /Zaproszenie do organizacji/);
    assert.match(landing.text, /Kommunen Lund/);
    const register = /href="(\/register\?next=[^"]+)"/.exec(landing.text)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const registerPage = await newcomer.get(register).expect(200);
    assert.match(registerPage.text, /value="maja\.kos@sola-trnovo\.example"/, 'the address is filled in');
    const next = new URL(register, 'http://x').searchParams.get('next') ?? '';
    const registered = await newcomer.agent.post('/register').type('form').send({ _csrf: newcomer.csrfToken, next, displayName: 'Maja Kos', email: address, password: 'correct horse battery', locale: 'sl' }).expect(303);
    assert.equal(registered.headers.location, path, 'registration leads back to the invitation');
    const signedIn = await newcomer.get(path).expect(200);
    await newcomer.init();
    assert.match(signedIn.text, new RegExp(`<form method="post" action="${path}">`));
    const accepted = await newcomer.agent.post(path).type('form').send({ _csrf: newcomer.csrfToken }).expect(303);
    assert.equal(accepted.headers.location, `/organisations/${slug}?done=joined`);
    const viewer = (await newcomer.get(`/api/organisations/${w.organisationId}`).expect(200)).body.data.viewer as { role: string; state: string };
    assert.deepEqual(viewer, { role: 'plan-editor', state: 'active' });

    const again = await newcomer.post(`/api/organisation-invitations/${token}/accept`).expect(404);
    assert.equal(again.body.error.code, 'invite_invalid');
    const used = await t.client().get(`${path}?lang=sv`).expect(404);
    assert.match(used.text, /role="alert"/);
    await t.client().get('/api/organisation-invitations/kratek').expect(404);
  });

  it('reads an invitation by API, refuses an expired one and keeps an active member’s role', async () => {
    const sent = await w.editor.post(`/api/organisations/${w.organisationId}/members/invitations`, { email: 'ola@kommun.example', role: 'member', locale: 'sv' }).expect(202);
    assert.deepEqual([sent.body.data.kind, sent.body.data.email, sent.body.data.role], ['email', 'ola@kommun.example', 'member']);
    assert.equal(sent.body.data.token, undefined, 'the token is only in the mail');
    await waitUntil(async () => (await t.ctx.models.OutboxMessage.countDocuments({ to: 'ola@kommun.example' })) === 1, 'the invitation mail');
    const text = await outboxText(t.ctx, { to: 'ola@kommun.example' });
    assert.match(text, /Anta inbjudan/);
    const token = /\/organisations\/invitations\/([\w-]+)/.exec(text)?.[1] ?? '';
    const read = await t.client().get(`/api/organisation-invitations/${token}`).expect(200);
    assert.equal(read.body.data.organisation.name, 'Kommunen Lund');
    await w.editor.post(`/api/organisation-invitations/${token}/accept`).expect(200);
    const admin = (await w.editor.get(`/api/organisations/${w.organisationId}`).expect(200)).body.data.viewer as { role: string };
    assert.equal(admin.role, 'org-admin', 'an admin who opens a link stays admin');

    await w.editor.post(`/api/organisations/${w.organisationId}/members/invitations`, { email: 'late@kommun.example' }).expect(202);
    await waitUntil(async () => (await t.ctx.models.OutboxMessage.countDocuments({ to: 'late@kommun.example' })) === 1, 'the invitation mail');
    const late = /\/organisations\/invitations\/([\w-]+)/.exec(await outboxText(t.ctx, { to: 'late@kommun.example' }))?.[1] ?? '';
    await t.ctx.models.OrganisationInvite.updateOne({ email: 'late@kommun.example' }, { $set: { expiresAt: new Date(Date.now() - 1_000) } });
    const person = await clientWithRoles(t, ['member']);
    const expired = await person.client.post(`/api/organisation-invitations/${late}/accept`).expect(404);
    assert.equal(expired.body.error.code, 'invite_invalid');
    assert.equal((await person.client.get(`/api/organisations/${w.organisationId}`).expect(200)).body.data.viewer, null);
  });

  const mailedToken = async (address: string): Promise<string> => {
    await waitUntil(async () => (await t.ctx.models.OutboxMessage.countDocuments({ to: address, kind: 'organisation.invitation' })) === 1, 'the invitation mail');
    return /\/organisations\/invitations\/([\w-]+)/.exec(await outboxText(t.ctx, { to: address, kind: 'organisation.invitation' }))?.[1] ?? '';
  };

  it('lists the pending invitations to admins only and withdraws one: its link then says so in the reader’s language', async () => {
    const sent = await w.editor.post(`/api/organisations/${w.organisationId}/members/invitations`, { email: 'ana.novak@sola-vic.example', role: 'plan-editor', locale: 'sl' }).expect(202);
    const token = await mailedToken('ana.novak@sola-vic.example');
    const listed = await w.editor.get(`/api/organisations/${w.organisationId}/invitations`).expect(200);
    const mine = (listed.body.data as { id: string; email: string; role: string; invitedBy: { displayName: string } | null }[]).find((invite) => invite.id === sent.body.data.id);
    assert.deepEqual([mine?.email, mine?.role, mine?.invitedBy?.displayName], ['ana.novak@sola-vic.example', 'plan-editor', w.editorUser.displayName]);
    assert.ok(listed.body.page.total >= 1);
    assert.equal((listed.body.data as { token?: string }[]).some((invite) => 'token' in invite || 'tokenDigest' in invite), false, 'no token leaves the server');

    const outsider = await clientWithRoles(t, ['member']);
    await outsider.client.get(`/api/organisations/${w.organisationId}/invitations`).expect(403);
    await t.client().get(`/api/organisations/${w.organisationId}/invitations`).expect(401);
    assert.doesNotMatch((await outsider.client.get(`/organisations/${slug}?lang=en`).expect(200)).text, /ana\.novak@sola-vic\.example/, 'addresses stay with the admins');
    await outsider.client.delete(`/api/organisations/${w.organisationId}/invitations/${sent.body.data.id}`).expect(403);
    await form(outsider.client, `/organisations/${slug}/invitations/${sent.body.data.id}/withdraw`).expect(403);
    await t.client().get(`/api/organisation-invitations/${token}`).expect(200);

    const page = await w.editor.get(`/organisations/${slug}?lang=sl`).expect(200);
    assert.match(page.text, /<h2 id="invitations-heading">Odprta povabila<\/h2>/);
    assert.match(page.text, /aria-label="Prekliči povabilo za ana\.novak@sola-vic\.example"/);
    const withdrawn = await form(w.editor, `/organisations/${slug}/invitations/${sent.body.data.id}/withdraw`).expect(303);
    assert.equal(withdrawn.headers.location, `/organisations/${slug}?done=invitationWithdrawn`);
    assert.match((await w.editor.get(`${withdrawn.headers.location}&lang=sl`).expect(200)).text, /Povabilo je preklicano/);
    const after = (await w.editor.get(`/api/organisations/${w.organisationId}/invitations`).expect(200)).body.data as { id: string }[];
    assert.equal(after.some((invite) => invite.id === sent.body.data.id), false);

    const landing = await t.client().get(`/organisations/invitations/${token}?lang=sl`).expect(410);
    assert.match(landing.text, /Organizacija je to povabilo preklicala/);
    assert.match((await t.client().get(`/organisations/invitations/${token}?lang=pl`).expect(410)).text, /Organizacja wycofała to zaproszenie/);
    const person = await clientWithRoles(t, ['member']);
    const refused = await person.client.post(`/api/organisation-invitations/${token}/accept`).expect(410);
    assert.equal(refused.body.error.code, 'invite_withdrawn');
    assert.equal((await person.client.get(`/api/organisations/${w.organisationId}`).expect(200)).body.data.viewer, null, 'nobody joined by it');
    const twice = await w.editor.delete(`/api/organisations/${w.organisationId}/invitations/${sent.body.data.id}`).expect(404);
    assert.equal(twice.body.error.code, 'not_found');
    await w.editor.delete(`/api/organisations/${w.organisationId}/invitations/not-an-id`).expect(404);
    assert.equal(await t.ctx.models.Audit.countDocuments({ action: 'organisation.withdrawEmailInvitation', subjectId: w.organisationId }), 1);
  });

  it('withdraws an invitation to an account and declines a request to join from the page', async () => {
    const invited = await clientWithRoles(t, ['member'], 'Jonas Lind');
    await w.editor.post(`/api/organisations/${w.organisationId}/members/invitations`, { userId: invited.user.id, role: 'member' }).expect(201);
    const page = await w.editor.get(`/organisations/${slug}?lang=en`).expect(200);
    assert.match(page.text, /aria-label="Withdraw the invitation to Jonas Lind"/);
    await form(w.editor, `/organisations/${slug}/members/${invited.user.id}/withdraw`).expect(303);
    const seen = await invited.client.get(`/organisations/${slug}?lang=en`).expect(200);
    assert.doesNotMatch(seen.text, new RegExp(`action="/organisations/${slug}/accept"`), 'the invitation is gone');

    const asking = await clientWithRoles(t, ['member'], 'Eva Strand');
    await form(asking.client, `/organisations/${slug}/join`).expect(303);
    assert.match((await w.editor.get(`/organisations/${slug}?lang=en`).expect(200)).text, /aria-label="Decline the request of Eva Strand"/);
    const declined = await form(w.editor, `/organisations/${slug}/members/${asking.user.id}/decline`).expect(303);
    assert.equal(declined.headers.location, `/organisations/${slug}?done=declined`);
    assert.equal(await t.ctx.models.OrganisationMembership.countDocuments({ organisationId: w.organisationId, userId: { $in: [invited.user.id, asking.user.id] } }), 0);
  });
});
