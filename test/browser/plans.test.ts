// Plan pages in Chromium with axe-core: the organisation page, the public plan page with its charts, reports and
// feedback, the dashboard, the editor and the report form have no serious or critical WCAG 2.1 A/AA violation; a
// plan editor reaches an action's form by keyboard, changes its status and saves; everything works without
// JavaScript. Screenshots go to .test-artifacts/screenshots/.
import { strict as assert } from 'node:assert';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { checkPage, signedInPage } from '../support/browserPages.js';
import { planWorld, type PlanWorld } from '../support/plans.js';
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
  const check = (page: Page, address: string, name: string): Promise<void> => checkPage(page, address, `plans-${name}`);

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
});
