// The exact statistics rollup through HTTP: a statistics read right after each write (an LMS import, attendance that
// completes a training, an organiser's correction that takes a completion back, feedback given and changed, a
// re-import) already shows it, and equals the database aggregation over all participations (the same read with a
// period that covers everything), for the whole site and for one programme, and so does each calendar year.
import { strict as assert } from 'node:assert';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { RegisteredUser, TestClient } from '../support/testClient.js';
import { exactStatistics, publishedTraining, type TrainingBody } from '../support/trainings.js';
import { clientWithRoles } from '../support/users.js';

const hour = 3_600_000;
const runningNow = () => ({ title: 'Now', startsAt: new Date(Date.now() - hour).toISOString(), endsAt: new Date(Date.now() + hour).toISOString(), timeZone: 'Europe/Ljubljana', capacity: 30 });

describe('statistics rollup', () => {
  let t: TestApp;
  let w: PlanWorld;
  let admin: TestClient;
  let elearning: TrainingBody;
  let workshop: TrainingBody;
  let people: Array<{ client: TestClient; user: RegisteredUser }>;
  let lmsFile: string;

  const statistics = (query = '') => exactStatistics(admin, query);

  before(async () => {
    t = await startTestApp();
    w = await planWorld(t);
    admin = (await clientWithRoles(t, ['member', 'admin'])).client;
    elearning = await publishedTraining(w.organiser, 'E-varnost', { format: 'e-learning', competences: ['digComp:4.1', 'digCompEdu:1.1'], sessions: [] });
    workshop = await publishedTraining(w.organiser, 'Delavnica', { programmeId: w.programmeId, sessions: [runningNow()] });
    people = await Promise.all(Array.from({ length: 7 }, () => clientWithRoles(t, ['member'])));
    const school = (await people[0]!.client.post('/api/organisations', { name: 'OŠ Bežigrad', type: 'school', country: 'SI', region: 'Osrednjeslovenska' }).expect(201)).body.data;
    for (const person of people.slice(1, 4)) {
      await people[0]!.client.post(`/api/organisations/${school.id}/members/invitations`, { userId: person.user.id }).expect(201);
      await person.client.post(`/api/organisations/${school.id}/members/accept`).expect(200);
    }
    lmsFile = ['training,email,completedAt', ...people.slice(0, 6).map((p, i) => `${elearning.slug},${p.user.email},2026-0${1 + (i % 3)}-1${i}`)].join('\r\n');
  });
  after(async () => t.close());

  it('starts empty', async () => {
    const stats = await statistics();
    assert.equal(stats.totals.participations, 0);
    assert.equal(stats.totals.participants, 0);
  });

  it('shows imported completions at once, per month, format, competence, region and organisation type', async () => {
    await w.organiser.post('/api/trainings/completions/import', { csv: lmsFile }).expect(200);
    const stats = await statistics();
    assert.equal(stats.totals.participations, 6);
    assert.equal(stats.totals.participants, 6);
    assert.equal(stats.totals.organisationsReached, 1);
    assert.deepEqual(stats.tables.byMonth!.map((r) => [r.key, r.participations]), [['2026-01', 2], ['2026-02', 2], ['2026-03', 2]]);
    assert.deepEqual(stats.tables.byRegion!.map((r) => [r.key, r.participants]), [['SI:Osrednjeslovenska', 4]]);
    assert.deepEqual(stats.tables.byCompetence!.map((r) => r.key), ['digComp:4.1', 'digCompEdu:1.1']);
  });

  it('counts a completion by attendance at once, once per person however often it is marked, and per programme', async () => {
    const attending = people.slice(4, 7);
    for (const person of attending) await person.client.post(`/api/trainings/${workshop.id}/registration`, {}).expect(201);
    const present = attending.map((p) => p.user.id);
    for (let i = 0; i < 2; i += 1) await w.organiser.put(`/api/trainings/${workshop.id}/sessions/${workshop.sessions[0]!.id}/attendance`, { present }).expect(200);
    const stats = await statistics();
    assert.equal(stats.totals.participations, 9);
    assert.equal(stats.totals.participants, 7, 'two of the three also took the e-training');
    assert.equal(stats.totals.trainingsHeld, 2);
    const programme = await statistics(`programme=${w.programmeId}`);
    assert.equal(programme.totals.participations, 3);
    assert.deepEqual(programme.tables.byTraining!.map((r) => r.key), [workshop.id]);
  });

  it('takes a completion back at once when the organiser corrects the attendance', async () => {
    await w.organiser.put(`/api/trainings/${workshop.id}/sessions/${workshop.sessions[0]!.id}/attendance`, { absent: [people[4]!.user.id] }).expect(200);
    const stats = await statistics();
    assert.equal(stats.totals.participations, 8);
    assert.equal(stats.totals.participants, 7, 'the person taken back still took the e-training');
    assert.equal((await statistics(`programme=${w.programmeId}`)).totals.participants, 2);
  });

  it('keeps the average rating exact when feedback is given and changed', async () => {
    await people[0]!.client.post(`/api/trainings/${elearning.id}/feedback`, { rating: 5 }).expect(200);
    await people[1]!.client.post(`/api/trainings/${elearning.id}/feedback`, { rating: 2 }).expect(200);
    await people[1]!.client.post(`/api/trainings/${elearning.id}/feedback`, { rating: 4, comment: 'Boljše' }).expect(200);
    const stats = await statistics();
    assert.equal(stats.totals.ratings, 2);
    assert.equal(stats.totals.averageRating, 4.5);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await statistics();
    const again = await w.organiser.post('/api/trainings/completions/import', { csv: lmsFile }).expect(200);
    assert.equal(again.body.data.imported, 0);
    assert.deepEqual(await statistics(), before);
  });

  it('reads one calendar year from the rollup, equal to its aggregation, with its months and the ratings of the trainings it held', async () => {
    const archive = await publishedTraining(w.organiser, 'Arhiv 2025', { format: 'online-live', programmeId: w.programmeId, competences: ['digComp:1.1'], sessions: [] });
    const file = ['training,email,completedAt', ...people.slice(0, 3).map((p, i) => `${archive.slug},${p.user.email},2025-11-0${i + 1}`)].join('\r\n');
    await w.organiser.post('/api/trainings/completions/import', { csv: file }).expect(200);
    await people[0]!.client.post(`/api/trainings/${archive.id}/feedback`, { rating: 3 }).expect(200);
    const all = await statistics();
    assert.deepEqual(all.years, ['2025', '2026']);
    const year2025 = (await admin.get('/api/statistics/trainings?year=2025').expect(200)).body.data;
    assert.equal(year2025.from, '2025-01-01');
    assert.equal(year2025.totals.participations, 3);
    assert.equal(year2025.totals.averageRating, 3, 'only the training held in 2025 is rated for 2025');
    assert.deepEqual(year2025.tables.byMonth.map((r: { key: string }) => r.key), ['2025-11']);
    assert.deepEqual(year2025.tables.byFormat.map((r: { key: string }) => r.key), ['online-live']);
    const year2026 = (await admin.get('/api/statistics/trainings?from=2026-01-01&to=2026-12-31').expect(200)).body.data;
    assert.equal(year2026.year, '2026', 'a period of one whole year is read as that year');
    assert.equal(year2026.totals.participations, all.totals.participations! - 3);
    assert.equal(year2026.totals.averageRating, 4.5);
    await statistics(`programme=${w.programmeId}`);
    await admin.get('/api/statistics/trainings?year=2025&from=2025-02-01').expect(400);
    await admin.get('/api/statistics/trainings?year=25').expect(400);
  });
});
