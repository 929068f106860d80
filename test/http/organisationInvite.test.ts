// Inviting a plan collaborator from the organisation page: an admin names a colleague by the e-mail address of their
// account and a role; the colleague hears of it in the app and by e-mail (the notifications and the mail outbox)
// and joins by accepting; unknown addresses and non-admins are refused without writing anything.
import { strict as assert } from 'node:assert';
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
    const mail = await t.ctx.models.OutboxMessage.findOne({ to: colleague.user.email, kind: 'notification.invitation' }).lean();
    assert.match(String(mail?.text ?? mail?.html ?? ''), /Kommunen Lund/);
    assert.equal(await t.ctx.models.Notification.countDocuments({ userId: colleague.user.id, kind: 'invitation' }), 1);

    const invited = await colleague.client.get(`/organisations/${slug}?lang=sv`).expect(200);
    assert.match(invited.text, new RegExp(`action="/organisations/${slug}/accept"`));
    await form(colleague.client, `/organisations/${slug}/accept`).expect(303);
    const membership = (await colleague.client.get(`/api/organisations/${w.organisationId}`).expect(200)).body.data.viewer as { role: string; state: string };
    assert.deepEqual({ role: membership.role, state: membership.state }, { role: 'plan-editor', state: 'active' });
  });

  it('refuses an address without an account, a bad address and a non-admin, writing nothing', async () => {
    const before = await t.ctx.models.OrganisationMembership.countDocuments({ organisationId: w.organisationId });
    const unknown = await form(w.editor, `/organisations/${slug}/members/invite?lang=pl`, { email: 'nikt@nigdzie.example', role: 'member' }).expect(404);
    assert.match(unknown.text, /role="alert"/);
    const bad = await w.editor.post(`/api/organisations/${w.organisationId}/members/invitations`, { email: 'not-an-address' }).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    await w.editor.post(`/api/organisations/${w.organisationId}/members/invitations`, { userId: w.advisorUser.id, email: 'x@y.example' }).expect(400);
    const outsider = await clientWithRoles(t, ['member']);
    await form(outsider.client, `/organisations/${slug}/members/invite`, { email: w.advisorUser.email, role: 'member' }).expect(403);
    assert.equal(await t.ctx.models.OrganisationMembership.countDocuments({ organisationId: w.organisationId }), before);
  });
});
