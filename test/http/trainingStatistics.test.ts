// Training statistics through HTTP, aggregated on the test engine: totals, distinct participants against
// participations, organisations reached, tables by month, training, format, competence, region and organisation
// type; the public never sees a count under 5 people (suppressed in JSON and CSV), while an administrator does; a
// new completion shows at once (the kept snapshot is replaced).
import { strict as assert } from 'node:assert';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { publishedTraining, sessionAt, type TrainingBody } from '../support/trainings.js';
import { clientWithRoles } from '../support/users.js';

interface Row { key: string; participations: number | null; participants: number | null }

describe('training statistics', () => {
  let t: TestApp;
  let organiser: TestClient;
  let admin: TestClient;
  let big: TrainingBody;
  let small: TrainingBody;

  async function complete(training: TrainingBody, people: TestClient[], ids: string[]): Promise<void> {
    for (const person of people) await person.post(`/api/trainings/${training.id}/registration`, {}).expect(201);
    for (const session of training.sessions) await organiser.put(`/api/trainings/${training.id}/sessions/${session.id}/attendance`, { present: ids }).expect(200);
  }

  before(async () => {
    t = await startTestApp();
    organiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
    admin = (await clientWithRoles(t, ['member', 'admin'])).client;
    big = await publishedTraining(organiser, 'Velika', { sessions: [sessionAt(2, 2)] });
    small = await publishedTraining(organiser, 'Majhna', { format: 'online-live', competences: ['digComp:2.1'], sessions: [sessionAt(3, 2)] });
    const people = await Promise.all(Array.from({ length: 6 }, () => clientWithRoles(t, ['member'])));
    const school = (await people[0]!.client.post('/api/organisations', { name: 'OŠ Trnovo', type: 'school', country: 'SI', region: 'Osrednjeslovenska' }).expect(201)).body.data;
    for (const person of people.slice(1, 5)) {
      await people[0]!.client.post(`/api/organisations/${school.id}/members/invitations`, { userId: person.user.id }).expect(201);
      await person.client.post(`/api/organisations/${school.id}/members/accept`).expect(200);
    }
    await complete(big, people.map((p) => p.client), people.map((p) => p.user.id));
    await complete(small, people.slice(0, 2).map((p) => p.client), people.slice(0, 2).map((p) => p.user.id));
  });
  after(async () => t.close());

  it('counts participations and distinct participants, and suppresses cells under 5 people for the public', async () => {
    const stats = (await t.client().get('/api/statistics/trainings').expect(200)).body.data;
    assert.equal(stats.suppressed, true);
    assert.equal(stats.totals.participations, 8);
    assert.equal(stats.totals.participants, 6);
    assert.equal(stats.totals.trainingsHeld, 2);
    const byTraining = stats.tables.byTraining as Row[];
    assert.deepEqual(byTraining.find((r) => r.key === big.id), { key: big.id, label: { sl: 'Velika', en: 'Velika (EN)' }, participations: 6, participants: 6 });
    assert.deepEqual(byTraining.find((r) => r.key === small.id), { key: small.id, label: { sl: 'Majhna', en: 'Majhna (EN)' }, participations: null, participants: null });
    const byFormat = stats.tables.byFormat as Row[];
    assert.deepEqual(byFormat.map((r) => [r.key, r.participations]), [['in-person', 6], ['online-live', null]]);
    const byCompetence = stats.tables.byCompetence as Row[];
    assert.deepEqual(byCompetence.map((r) => [r.key, r.participants]), [['digComp:1.3', 6], ['digComp:2.1', null], ['digCompEdu:2.1', 6]]);
    assert.equal((stats.tables.byMonth as Row[]).reduce((sum, r) => sum + (r.participations ?? 0), 0), 8);
    assert.equal(stats.totals.organisationsReached, 1);
    assert.deepEqual((stats.tables.byRegion as Row[]).map((r) => [r.key, r.participations, r.participants]), [['SI:Osrednjeslovenska', 7, 5]]);
    assert.deepEqual((stats.tables.byOrganisationType as Row[]).map((r) => [r.key, r.participants]), [['school', 5]]);
    const csv = await t.client().get('/api/statistics/trainings/byTraining/csv').expect(200);
    assert.match(csv.headers['content-type'], /^text\/csv/);
    assert.match(csv.text, /^key,label,participations,participants\r\n/);
    assert.ok(csv.text.includes(`${small.id},Majhna,<5,<5`));
    assert.ok(csv.text.includes(`${big.id},Velika,6,6`));
  });

  it('shows an administrator the small cells, filters by period, and refuses bad filters', async () => {
    const stats = (await admin.get('/api/statistics/trainings').expect(200)).body.data;
    assert.equal(stats.suppressed, false);
    assert.equal((stats.tables.byTraining as Row[]).find((r) => r.key === small.id)?.participations, 2);
    const past = (await t.client().get('/api/statistics/trainings?to=2000-01-01').expect(200)).body.data;
    assert.equal(past.totals.trainingsHeld, 0);
    const bad = await t.client().get('/api/statistics/trainings?from=yesterday').expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    await t.client().get('/api/statistics/trainings/byPerson/csv').expect(404);
    await t.client().get('/api/statistics/trainings?programme=no-such-programme').expect(404);
  });

  it('counts a new completion at once, though the previous answer was kept', async () => {
    const before = (await admin.get('/api/statistics/trainings').expect(200)).body.data;
    const late = await clientWithRoles(t, ['member']);
    await complete(small, [late.client], [late.user.id]);
    const after = (await admin.get('/api/statistics/trainings').expect(200)).body.data;
    assert.equal(after.totals.participations, before.totals.participations + 1);
    assert.equal(after.totals.participants, before.totals.participants + 1);
  });

  it('draws the statistics page with accessible charts, data tables, suppressed cells and CSV links', async () => {
    const page = await t.client().get('/statistics/trainings?lang=sl').expect(200);
    assert.match(page.text, /<h1>Statistika usposabljanj<\/h1>/);
    assert.match(page.text, /<svg[^>]*role="img"/);
    assert.match(page.text, /<title[^>]*>Udeležbe po mesecih<\/title>/);
    assert.match(page.text, /<table/);
    assert.match(page.text, /manj kot 5|<td[^>]*>—</);
    assert.match(page.text, /href="\/api\/statistics\/trainings\/byTraining\/csv"/);
    assert.match(page.text, /Udeležbe po regijah/);
    assert.match(page.text, /Osrednjeslovenska \(Slovenija\)/);
    assert.match(page.text, /Osnovna šola|Šola/);
    assert.match(page.text, /<select id="[^"]*" name="year"><option value="" selected>Vsa leta<\/option>/);
  });

  it('filters the statistics page by a year, offered among the years with participations, and links the CSV of that year', async () => {
    const year = String(new Date().getUTCFullYear());
    const page = await t.client().get(`/statistics/trainings?lang=sl&year=${year}&from=2000-01-01`).expect(200);
    assert.match(page.text, new RegExp(`<option value="${year}" selected>${year}</option>`));
    assert.match(page.text, new RegExp(`href="/api/statistics/trainings/byTraining/csv\\?year=${year}"`));
    assert.doesNotMatch(page.text, /value="2000-01-01"/, 'a chosen year sets the period; the dates are left out');
  });
});
