// Plan pages in Chromium with axe-core: the organisation page (also as its admin, with the invite form and the
// pending invitations), the organisation picker of the practice editor, the invitation pages (for a newcomer, for a
// signed-in person, a withdrawn link), the public plan page with its charts, reports and feedback, the dashboard, the
// editor and the report form have no serious or critical WCAG 2.1 A/AA violation; a plan editor reaches an action's
// form by keyboard, changes its status and saves, and reorders actions by keyboard; a person accepts an invitation
// by keyboard. Screenshots go to .test-artifacts/screenshots/.
import { strict as assert } from 'node:assert';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { checkPage, signedInPage } from '../support/browserPages.js';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { waitUntil } from '../search/searchTestKit.js';
import { clientWithRoles } from '../support/users.js';
import { outboxText } from '../support/mailbox.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { RegisteredUser } from '../support/testClient.js';

describe('plan pages in the browser: accessibility and the keyboard', function () {
  this.timeout(180_000);
  let t: TestApp;
  let w: PlanWorld;
  let baseUrl: string;
  let browser: Browser;
  let plan: { id: string; slug: string; rev: number; goals: { id: string }[]; actions: { id: string }[]; indicators: { id: string }[] };
  let organisationSlug: string;
  let programmeSlug: string;

  before(async () => {
    t = await startTestApp();
    baseUrl = await t.listen();
    w = await planWorld(t, 'Občina Zelena dolina');
    organisationSlug = (await w.editor.get(`/api/organisations/${w.organisationId}`)).body.data.slug;
    programmeSlug = (await w.editor.get(`/api/programmes/${w.programmeId}`)).body.data.slug;
    plan = (await w.editor.post('/api/plans', { organisationId: w.organisationId, programmeId: w.programmeId, kind: 'local-plan', title: { sl: 'Načrt digitalizacije šol občine' }, vision: { sl: 'Vse šole imajo zanesljivo omrežje.' }, periodStart: '2025-01-01', periodEnd: '2027-12-31' }).expect(201)).body.data;
    plan = (await w.editor.post(`/api/plans/${plan.id}/goals`, { rev: plan.rev, title: { sl: 'Omrežje in oprema' } }).expect(201)).body.data;
    const goalId = plan.goals[0]!.id;
    plan = (await w.editor.post(`/api/plans/${plan.id}/actions`, { rev: plan.rev, goalId, description: 'Posodobitev omrežja v treh šolah', owner: 'Oddelek za družbene dejavnosti', due: '2026-06-30' }).expect(201)).body.data;
    plan = (await w.editor.post(`/api/plans/${plan.id}/actions`, { rev: plan.rev, goalId, description: 'Usposabljanje skrbnikov omrežja', owner: 'Zavod za šolstvo', due: '2026-09-30' }).expect(201)).body.data;
    plan = (await w.editor.post(`/api/plans/${plan.id}/indicators`, { rev: plan.rev, goalId, name: { sl: 'Šole s hitrim omrežjem' }, unit: 'šole', baselineValue: 1, baselineDate: '2025-01-01', targetValue: 3, targetDate: '2027-06-30' }).expect(201)).body.data;
    plan = (await w.editor.post(`/api/plans/${plan.id}/measurements`, { rev: plan.rev, values: [{ indicatorId: plan.indicators[0]!.id, date: '2025-06-30', value: 2 }] }).expect(200)).body.data;
    plan = (await w.editor.post(`/api/plans/${plan.id}/status`, { rev: plan.rev, status: 'adopted' }).expect(200)).body.data;
    plan = (await w.editor.patch(`/api/plans/${plan.id}`, { rev: plan.rev, visibility: 'public' }).expect(200)).body.data;
    const report = await w.editor.post(`/api/plans/${plan.id}/reports`, { rev: plan.rev, periodStart: '2025-01-01', periodEnd: '2025-06-30', overallStatus: 'at-risk', achievements: 'Druga šola je **povezana**.', difficulties: 'Razpis je zamujal.' }).expect(201);
    await w.advisor.post(`/api/plans/${plan.id}/reports/${report.body.data.id}/feedback`, { body: 'Predlagam skupno naročilo.' }).expect(201);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  const signedIn = (user: RegisteredUser): Promise<Page> => signedInPage(browser, baseUrl, user);
  const check = (page: Page, address: string, name: string, status?: number): Promise<void> => checkPage(page, address, `plans-${name}`, status);

  it('public pages: organisations, an organisation and a plan', async () => {
    const page = await (await browser.newContext({ baseURL: baseUrl })).newPage();
    await check(page, '/organisations?lang=sl', 'organisations');
    await check(page, `/organisations/${organisationSlug}?lang=sl`, 'organisation');
    await check(page, `/plans/${plan.slug}?lang=sl`, 'plan');
    assert.equal(await page.locator('figure.chart svg[role="img"]').count(), 1);
  });

  it('the advisor’s dashboard, the editor, the report form and the new plan form', async () => {
    const advisor = await signedIn(w.advisorUser);
    await check(advisor, `/programmes/${programmeSlug}/dashboard?lang=pl`, 'dashboard');
    await check(advisor, `/plans/${plan.slug}?lang=pl`, 'plan-advisor');
    const editor = await signedIn(w.editorUser);
    await check(editor, `/plans/${plan.slug}/edit?lang=sv`, 'editor');
    await check(editor, `/plans/${plan.slug}/report?lang=sv`, 'report-form');
    await check(editor, `/plans/new?organisation=${organisationSlug}&lang=en`, 'new-plan');
  });

  it('a plan editor opens an action by keyboard, marks it done and saves', async () => {
    const editor = await signedIn(w.editorUser);
    await editor.goto(`/plans/${plan.slug}/edit?lang=en`);
    const summary = editor.locator(`#action-${plan.actions[0]!.id}`).locator('xpath=ancestor::details/summary');
    await summary.focus();
    await editor.keyboard.press('Enter');
    const status = editor.locator(`#action-${plan.actions[0]!.id}-status`);
    await status.focus();
    await status.selectOption('done');
    await editor.keyboard.press('Tab');
    await editor.locator(`#action-${plan.actions[0]!.id} button[type="submit"]`).press('Enter');
    await editor.waitForURL(/done=saved/);
    assert.match(await editor.locator('p.notice[role="status"]').innerText(), /Saved/);
    const stored = await t.ctx.models.Plan.findById(plan.id).lean();
    assert.equal(stored?.actions[0]?.status, 'done');
  });

  it('a plan editor moves an action down by keyboard and lands back at it', async () => {
    const [first, second] = plan.actions.map((action) => action.id);
    const editor = await signedIn(w.editorUser);
    await editor.goto(`/plans/${plan.slug}/edit?lang=en`);
    await editor.getByRole('button', { name: 'Move down: “Posodobitev omrežja v treh šolah”' }).focus();
    await editor.keyboard.press('Enter');
    await editor.waitForURL(new RegExp(`done=saved#action-${first}-entry$`));
    const stored = await t.ctx.models.Plan.findById(plan.id).lean();
    assert.deepEqual(stored?.actions.map((action) => String(action._id)), [second, first]);
    const entries = await editor.locator('li.editor-entry[id^="action-"]').evaluateAll((items) => items.map((item) => item.id));
    assert.deepEqual(entries, [`action-${second}-entry`, `action-${first}-entry`], 'the page shows the new order');
    await editor.keyboard.press('Tab');
    assert.equal(await editor.evaluate(() => document.activeElement?.closest('li.editor-entry')?.id), `action-${first}-entry`, 'the next Tab stays at the moved action');
    assert.equal(await editor.getByRole('button', { name: 'Move down: “Posodobitev omrežja v treh šolah”' }).isDisabled(), true, 'now last, it cannot move further down');
    await check(editor, `/plans/${plan.slug}/edit?lang=sl#action-${first}-entry`, 'editor-after-move');
  });

  const invitationLink = async (address: string): Promise<string> => {
    await w.editor.post(`/api/organisations/${w.organisationId}/members/invitations`, { email: address, role: 'plan-editor', locale: 'sl' }).expect(202);
    await waitUntil(async () => (await t.ctx.models.OutboxMessage.countDocuments({ to: address, kind: 'organisation.invitation' })) === 1, 'the invitation mail');
    const text = await outboxText(t.ctx, { to: address, kind: 'organisation.invitation' });
    return new URL(/https?:\/\/\S+\/organisations\/invitations\/[\w-]+/.exec(text)?.[0] ?? '').pathname;
  };

  it('the admin’s organisation page with the invite form and pending invitations, and the organisation picker', async () => {
    await invitationLink('mojca.zupan@sola-zelena.example');
    const editor = await signedIn(w.editorUser);
    await check(editor, `/organisations/${organisationSlug}?lang=sl`, 'organisation-admin');
    assert.equal(await editor.getByRole('heading', { name: 'Odprta povabila' }).count(), 1);
    assert.equal(await editor.getByRole('button', { name: 'Prekliči povabilo za mojca.zupan@sola-zelena.example' }).count(), 1);
    assert.equal(await editor.getByLabel('E-poštni naslov').count(), 1, 'the invite form is labelled');
    await check(editor, `/practices/new?organisation=${organisationSlug}&lang=pl`, 'practice-organisation-picker');
    assert.equal(await editor.getByLabel('Napisane dla organizacji').inputValue(), w.organisationId, 'the organisation asked for is chosen');
  });

  it('the invitation pages: a newcomer’s landing, a signed-in person accepting by keyboard, a withdrawn link', async () => {
    const path = await invitationLink('petra.kralj@sola-zelena.example');
    const anonymous = await (await browser.newContext({ baseURL: baseUrl })).newPage();
    await check(anonymous, `${path}?lang=sv`, 'invitation-newcomer');
    assert.equal(await anonymous.getByRole('link', { name: 'Skapa ett konto' }).count(), 1);

    const { user } = await clientWithRoles(t, ['member'], 'Petra Kralj');
    const person = await signedIn(user);
    await check(person, `${path}?lang=sl`, 'invitation-signed-in');
    await person.getByRole('button', { name: 'Sprejmi' }).focus();
    await person.keyboard.press('Enter');
    await person.waitForURL(/done=joined/);
    const membership = await t.ctx.models.OrganisationMembership.findOne({ organisationId: w.organisationId, userId: user.id }).lean();
    assert.deepEqual([membership?.role, membership?.state], ['plan-editor', 'active']);

    const withdrawnPath = await invitationLink('luka.horvat@sola-zelena.example');
    const invite = await t.ctx.models.OrganisationInvite.findOne({ email: 'luka.horvat@sola-zelena.example' }).lean();
    await w.editor.delete(`/api/organisations/${w.organisationId}/invitations/${String(invite?._id)}`).expect(204);
    await check(anonymous, `${withdrawnPath}?lang=pl`, 'invitation-withdrawn', 410);
    assert.match(await anonymous.locator('[role="alert"]').innerText(), /Organizacja wycofała to zaproszenie/);
  });
});
