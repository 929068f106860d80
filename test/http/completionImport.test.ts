// LMS completions imported from CSV through HTTP: a good file records participations (with certificates and
// statistics), re-importing it changes nothing, a file with any bad row (unknown training or person, a training the
// importer does not organise, a bad or future date, a pair twice) writes nothing and names each line; the file can be
// sent as text/csv with a progress id the organiser (only) can read.
import { strict as assert } from 'node:assert';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { postForm, publishedTraining, trainingInput, type TrainingBody } from '../support/trainings.js';
import { clientWithRoles } from '../support/users.js';

interface Problem { line: number; field: string; message: string }

describe('LMS completion import', () => {
  let t: TestApp;
  let organiser: TestClient;
  let elearning: TrainingBody;
  let foreign: TrainingBody;
  let people: Array<{ id: string; email: string }>;

  const csv = (...rows: string[]) => ['training,email,completedAt', ...rows].join('\r\n');

  before(async () => {
    t = await startTestApp();
    organiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
    const otherOrganiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
    elearning = await publishedTraining(organiser, 'E-varnost', { format: 'e-learning', sessions: [] });
    foreign = await publishedTraining(otherOrganiser, 'Tuje', trainingInput('Tuje', { sessions: [] }));
    people = await Promise.all(Array.from({ length: 3 }, async () => (await clientWithRoles(t, ['member'])).user));
  });
  after(async () => t.close());

  it('refuses a file with any bad row, names every line, and writes nothing', async () => {
    const bad = await organiser
      .post('/api/trainings/completions/import', {
        csv: csv(
          `${elearning.slug},${people[0]!.email},2026-03-01`,
          `no-such-training,${people[1]!.email},2026-03-01`,
          `${elearning.slug},nobody@example.org,2026-03-01`,
          `${foreign.slug},${people[1]!.email},2026-03-01`,
          `${elearning.slug},${people[2]!.email},2999-01-01`,
          `${elearning.slug},${people[1]!.email},yesterday`,
          `${elearning.id},${people[0]!.email.toUpperCase()},2026-03-02`,
        ),
      })
      .expect(400);
    assert.equal(bad.body.error.code, 'csv_rows_invalid');
    const problems = bad.body.error.details as Problem[];
    assert.deepEqual(problems.map((p) => [p.line, p.field]), [[3, 'training'], [4, 'email'], [5, 'training'], [6, 'completedAt'], [7, 'completedAt'], [8, 'email']]);
    assert.match(problems[5]!.message, /line 2/);
    assert.equal(await t.ctx.models.Participation.countDocuments({}), 0);
    const header = await organiser.post('/api/trainings/completions/import', { csv: 'course,person\r\nx,y' }).expect(400);
    assert.equal(header.body.error.code, 'csv_header');
    await (await clientWithRoles(t, ['member'])).client.post('/api/trainings/completions/import', { csv: csv(`${elearning.slug},${people[0]!.email},2026-03-01`) }).expect(403);
  });

  it('records completions once, however often the file is imported, with progress under its id', async () => {
    const file = csv(...people.map((p, i) => `${elearning.slug},${p.email},2026-0${i + 1}-15`));
    const first = await organiser.post('/api/trainings/completions/import?importId=lms-2026-spring').set('Content-Type', 'text/csv').send(file).expect(200);
    assert.deepEqual(first.body.data, { importId: 'lms-2026-spring', rows: 3, imported: 3, alreadyRecorded: 0 });
    const again = await organiser.post('/api/trainings/completions/import', { csv: file }).expect(200);
    assert.deepEqual(again.body.data, { importId: null, rows: 3, imported: 0, alreadyRecorded: 3 });
    assert.equal(await t.ctx.models.Participation.countDocuments({ trainingId: elearning.id, source: 'import' }), 3);
    const progress = await organiser.get('/api/trainings/completions/imports/lms-2026-spring').expect(200);
    assert.deepEqual(progress.body.data, { phase: 'done', processed: 3, total: 3 });
    const otherOrganiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
    await otherOrganiser.get('/api/trainings/completions/imports/lms-2026-spring').expect(404);
    const stats = (await organiser.get('/api/statistics/trainings').expect(200)).body.data;
    assert.equal(stats.tables.byFormat.find((r: { key: string }) => r.key === 'e-learning')?.participations ?? null, null, 'three people stay suppressed for an organiser outside a programme');
    const certificate = await t.ctx.models.Participation.findOne({ trainingId: elearning.id }).lean();
    const verified = await t.client().get(`/api/certificates/${certificate!.certificateCode}`).expect(200);
    assert.equal(verified.body.data.hours, 6);
  });

  it('imports through the organiser page in the reader language, listing bad lines in a table', async () => {
    const form = await organiser.get('/trainings/import?lang=sl').expect(200);
    assert.match(form.text, /<h1>Uvoz zaključkov iz spletne učilnice<\/h1>/);
    assert.match(form.text, /src="\/assets\/completionImport[^"]*\.js"/);
    const refused = await postForm(organiser, '/trainings/import?lang=sl', { csv: csv(`${elearning.slug},nobody@example.org,2026-03-01`) }).expect(400);
    assert.match(refused.text, /Noben račun nima tega e-poštnega naslova\./);
    assert.match(refused.text, /<td>2<\/td><td><code>email<\/code><\/td>/);
    const newcomer = (await clientWithRoles(t, ['member'])).user;
    const done = await postForm(organiser, '/trainings/import?lang=sl', { csv: csv(`${elearning.slug},${newcomer.email},2026-04-01`) }).expect(200);
    assert.match(done.text, /Zabeleženih zaključkov: 1/);
    const member = (await clientWithRoles(t, ['member'])).client;
    await member.get('/trainings/import').expect(403);
  });
});
