// Self-assessment pages in Chromium with axe-core, in all four languages: the overview, an attempt being taken (on a
// phone, and with the "not answered" errors after an early submit), a result with its chart and recommendations, the
// shared view, the organisers' instruments page, a school's rounds, a round's aggregate compared with an earlier
// round and with the plan-actions form, a round below the threshold and the programme view (each reached by its link
// from the organisation's or the programme's page) have no serious or critical WCAG 2.1 A/AA violation.
// Screenshots go to .test-artifacts/screenshots/.
import { strict as assert } from 'node:assert';
import type { Browser, Page } from 'playwright-core';
import { syncAllPending } from '../../server/search/syncPending.js';
import { describeViolations, seriousViolations } from '../support/axe.js';
import { launchBrowser } from '../support/browser.js';
import { checkPage, signedInPage } from '../support/browserPages.js';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { answersAt, publishShippedInstruments, takeAndSubmit, type InstrumentBody } from '../support/selfAssessment.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { RegisteredUser, TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('self-assessment pages in the browser: accessibility', function () {
  this.timeout(240_000);
  let t: TestApp;
  let w: PlanWorld;
  let baseUrl: string;
  let browser: Browser;
  let organiserUser: RegisteredUser;
  let teacher: { client: TestClient; user: RegisteredUser };
  let resultId: string;
  let inProgressId: string;
  let shareToken: string;
  let roundId: string;
  let earlierRoundId: string;

  before(async () => {
    t = await startTestApp();
    baseUrl = await t.listen();
    w = await planWorld(t, 'Osnovna šola Gorski vrh');
    const shipped = await publishShippedInstruments(t);
    organiserUser = shipped.organiserUser;
    const educator: InstrumentBody = shipped.educator;
    const school: InstrumentBody = shipped.school;
    const actors = await contentActors(t.ctx);
    await publishedPractice(t.ctx, actors, practiceInput('Šolski kanal za obveščanje staršev', { digCompEdu: ['1.1', '1.2'] }));
    await publishedPractice(t.ctx, actors, practiceInput('Skupna digitalna strategija kolektiva', { selfieAreas: ['leadership', 'collaboration-networking', 'infrastructure-equipment', 'continuing-professional-development'] }));
    await syncAllPending(t.ctx);

    teacher = await clientWithRoles(t, ['member'], 'Tina Učiteljica');
    await takeAndSubmit(teacher.client, { instrument: educator.key }, educator, () => 2);
    resultId = (await takeAndSubmit(teacher.client, { instrument: educator.key }, educator, (index) => (index < 4 ? 1 : 4))).id;
    shareToken = (await teacher.client.post(`/api/self-assessments/results/${resultId}/share`).expect(201)).body.data.shareToken as string;
    const recommended = (await teacher.client.get(`/api/self-assessments/results/${resultId}/recommendations`).expect(200)).body.data as { dimension: string; items: { kind: string; id: string }[] }[];
    const first = recommended.find((group) => group.items.length > 0);
    assert.ok(first, 'the result has a recommendation to save');
    await teacher.client.post('/api/self-assessments/saved', { kind: first.items[0]!.kind, targetId: first.items[0]!.id, dimension: first.dimension, attemptId: resultId }).expect(201);
    inProgressId = (await teacher.client.post('/api/self-assessments/attempts', { instrument: educator.key }).expect(201)).body.data.id as string;
    await teacher.client.put(`/api/self-assessments/attempts/${inProgressId}/answers`, { answers: answersAt(educator, () => 3).slice(0, 3) }).expect(200);

    const staff = [teacher];
    for (let i = 0; i < 5; i += 1) staff.push(await clientWithRoles(t, ['member']));
    for (const member of staff) {
      await member.client.post(`/api/organisations/${w.organisationId}/members/requests`).expect(202);
      await w.editor.post(`/api/organisations/${w.organisationId}/members/${member.user.id}/approve`).expect(200);
    }
    const open = async (title: string) => (await w.editor.post(`/api/organisations/${w.organisationId}/self-assessment-rounds`, { instrument: school.key, title }).expect(201)).body.data.id as string;
    earlierRoundId = await open('Samorefleksija 2025');
    for (const member of staff.slice(0, 2)) await takeAndSubmit(member.client, { roundId: earlierRoundId, role: 'teacher' }, school, () => 2, 'teacher');
    await w.editor.post(`/api/self-assessment-rounds/${earlierRoundId}/close`).expect(200);
    roundId = await open('Samorefleksija 2026');
    for (const [index, member] of staff.entries()) {
      const role = index === 0 ? 'leader' : 'teacher';
      await takeAndSubmit(member.client, { roundId, role }, school, (item) => 2 + (item % 3), role);
    }
    const plan = (await w.editor.post('/api/plans', { organisationId: w.organisationId, kind: 'school-strategy', title: { sl: 'Digitalna strategija šole' }, periodStart: '2026-01-01', periodEnd: '2028-12-31' }).expect(201)).body.data as { id: string; rev: number };
    await w.editor.post(`/api/plans/${plan.id}/goals`, { rev: plan.rev, title: { sl: 'Vodenje in sodelovanje' } }).expect(201);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  const check = (page: Page, address: string, name: string): Promise<void> => checkPage(page, address, `self-assessment-${name}`);

  it('the overview, an attempt on a phone with its errors, a result, the shared view and the instruments page', async () => {
    const page = await signedInPage(browser, baseUrl, teacher.user);
    await check(page, '/self-assessment?lang=sl', 'overview');
    assert.equal(await page.locator('#sa-saved ~ ul li').count(), 1, 'the saved recommendation is listed');
    await check(page, `/self-assessment/results/${resultId}?lang=sv`, 'result');
    assert.equal(await page.locator('figure#sa-result-chart svg[role="img"] title').count(), 1);
    assert.equal(await page.locator('table.sa-levels tbody tr').count(), 22);
    assert.ok((await page.locator('#sa-recommendations ~ ul.card-list li').count()) >= 1, 'the result recommends a practice');

    const phone = await signedInPage(browser, baseUrl, teacher.user, { viewport: { width: 390, height: 844 } });
    await check(phone, `/self-assessment/attempts/${inProgressId}?lang=pl`, 'attempt-phone');
    assert.equal(await phone.locator('input[type="radio"]:checked').count(), 3);
    await phone.getByRole('button', { name: 'Prześlij' }).click();
    await phone.waitForSelector('#error-summary');
    assert.equal(await phone.locator('fieldset.sa-item.field-error').count(), 19);
    const violations = await seriousViolations(phone);
    await phone.screenshot({ path: '.test-artifacts/screenshots/self-assessment-attempt-errors.png', fullPage: true });
    assert.deepEqual(violations, [], `attempt with errors: ${describeViolations(violations)}`);

    const anonymous = await (await browser.newContext({ baseURL: baseUrl })).newPage();
    await check(anonymous, `/self-assessment/shared/${shareToken}?lang=en`, 'shared');
    const organiser = await signedInPage(browser, baseUrl, organiserUser);
    await check(organiser, '/self-assessment/instruments?lang=en', 'instruments');
  });

  it('a school’s rounds, the aggregate compared with an earlier round, a round below the threshold and the programme view', async () => {
    const admin = await signedInPage(browser, baseUrl, w.editorUser);
    await admin.goto(`/organisations/${w.organisationId}?lang=sl`);
    await admin.getByRole('link', { name: 'Odpri kroge samorefleksije šole' }).click();
    await admin.waitForURL(/\/self-assessment$/);
    await check(admin, `${new URL(admin.url()).pathname}?lang=sl`, 'school-rounds');
    await check(admin, `/self-assessment/rounds/${roundId}?compare=${earlierRoundId}&lang=sl`, 'round-compared');
    assert.equal(await admin.locator('figure#sa-round-chart svg[role="img"]').count(), 1);
    assert.equal(await admin.locator('#sa-compare').count(), 1);
    assert.equal(await admin.locator('#sa-plan-actions').count(), 1, 'the plan-actions form is offered');
    assert.equal(await admin.locator('input[name="practice"]').count(), 2, 'a practice recommended for two areas is offered once');
    assert.deepEqual(await admin.locator('#sa-round-chart text[text-anchor="middle"]').allTextContents(), ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    await check(admin, `/self-assessment/rounds/${earlierRoundId}?lang=pl`, 'round-below-threshold');
    assert.equal(await admin.locator('p.sa-threshold').count(), 1);
    const advisor = await signedInPage(browser, baseUrl, w.advisorUser);
    await advisor.goto(`/programmes/${w.programmeId}?lang=sv`);
    await advisor.getByRole('link', { name: 'Självskattning i programmets skolor' }).click();
    await advisor.waitForURL(/\/self-assessment$/);
    await check(advisor, `${new URL(advisor.url()).pathname}?lang=sv`, 'programme');
    assert.equal(await advisor.locator('figure svg[role="img"]').count(), 1);
  });
});
