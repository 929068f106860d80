// Training pages in Chromium with axe-core: the catalogue, a training, My learning, the organiser's management and
// import pages, the statistics page with its charts and data tables, the programme page and a certificate's
// verification page have no serious or critical WCAG 2.1 A/AA violation; a learner registers by keyboard alone.
// Screenshots go to .test-artifacts/screenshots/.
import { strict as assert } from 'node:assert';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { checkPage, signedInPage } from '../support/browserPages.js';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { RegisteredUser } from '../support/testClient.js';
import { publishedTraining, sessionAt, type TrainingBody } from '../support/trainings.js';
import { clientWithRoles } from '../support/users.js';

const hour = 3_600_000;

describe('training pages in the browser: accessibility and the keyboard', function () {
  this.timeout(180_000);
  let t: TestApp;
  let w: PlanWorld;
  let baseUrl: string;
  let browser: Browser;
  let held: TrainingBody;
  let upcoming: TrainingBody;
  let learner: RegisteredUser;
  let organiserUser: RegisteredUser;
  let certificateCode: string;
  let programmeSlug: string;

  before(async () => {
    t = await startTestApp();
    baseUrl = await t.listen();
    w = await planWorld(t, 'Občina Zelena dolina');
    programmeSlug = (await w.organiser.get(`/api/programmes/${w.programmeId}`).expect(200)).body.data.slug;
    const organiser = await clientWithRoles(t, ['member', 'organiser']);
    organiserUser = organiser.user;
    await w.organiser.post(`/api/programmes/${w.programmeId}/roles`, { userId: organiser.user.id, role: 'organiser' }).expect(200);
    const now = { title: 'Now', startsAt: new Date(Date.now() - hour).toISOString(), endsAt: new Date(Date.now() + hour).toISOString(), timeZone: 'Europe/Ljubljana', capacity: 30 };
    held = await publishedTraining(organiser.client, 'Varna raba interneta', { programmeId: w.programmeId, sessions: [now] });
    upcoming = await publishedTraining(organiser.client, 'Umetna inteligenca pri pouku', { programmeId: w.programmeId, sessions: [sessionAt(12)] });
    const people = await Promise.all(Array.from({ length: 6 }, () => clientWithRoles(t, ['member'])));
    for (const person of people) await person.client.post(`/api/trainings/${held.id}/registration`, {}).expect(201);
    await organiser.client.put(`/api/trainings/${held.id}/sessions/${held.sessions[0]!.id}/attendance`, { present: people.map((p) => p.user.id) }).expect(200);
    await people[0]!.client.post(`/api/trainings/${held.id}/feedback`, { rating: 5, comment: 'Odlično' }).expect(200);
    learner = people[0]!.user;
    certificateCode = (await t.ctx.models.Participation.findOne({ userId: learner.id }).lean())!.certificateCode;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  const signedIn = (user: RegisteredUser): Promise<Page> => signedInPage(browser, baseUrl, user);
  const check = (page: Page, address: string, name: string): Promise<void> => checkPage(page, address, `trainings-${name}`);

  it('public pages: the catalogue, a training, statistics with charts, the programme and a certificate check', async () => {
    const page = await (await browser.newContext({ baseURL: baseUrl })).newPage();
    await check(page, '/trainings?lang=sl', 'catalogue');
    await check(page, `/trainings/${held.slug}?lang=pl`, 'training');
    await check(page, '/statistics/trainings?lang=sv', 'statistics');
    assert.ok((await page.locator('figure svg[role="img"]').count()) >= 3);
    assert.ok((await page.locator('table').count()) >= 3);
    await check(page, `/programmes/${programmeSlug}?lang=en`, 'programme');
    await check(page, `/certificates/${certificateCode}?lang=sl`, 'certificate');
  });

  it('My learning and the organiser’s management, import and statistics pages', async () => {
    const own = await signedIn(learner);
    await check(own, '/learning?lang=sl', 'learning');
    await check(own, '/certificates?lang=en', 'certificates');
    const organiser = await signedIn(organiserUser);
    await check(organiser, `/trainings/${held.slug}/manage?lang=sl`, 'manage');
    await check(organiser, '/trainings/import?lang=pl', 'import');
    await check(organiser, `/statistics/trainings?programme=${programmeSlug}&lang=en`, 'statistics-programme');
  });

  it('a learner registers for an upcoming training with the keyboard alone', async () => {
    const page = await signedIn(learner);
    await page.goto(`/trainings/${upcoming.slug}?lang=en`);
    const register = page.getByRole('button', { name: 'Register' });
    for (let presses = 0; presses < 80 && !(await register.evaluate((el) => el === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
    assert.ok(await register.evaluate((el) => el === document.activeElement), 'Tab reaches the Register button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=registered/);
    assert.match((await page.locator('main').textContent()) ?? '', /You are registered\./);
  });
});
