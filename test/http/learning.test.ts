// Attendance to certificate through HTTP: the organiser marks attendance per session, the completion rule makes a
// participation, the participant downloads a PDF certificate that anyone can verify (a forged code is 404), gives
// feedback the organiser sees aggregated, and sees it all in My learning with .ics files and a signed feed.
import { strict as assert } from 'node:assert';
import type { Response } from 'superagent';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { RegisteredUser, TestClient } from '../support/testClient.js';
import { publishedTraining, sessionAt, type TrainingBody } from '../support/trainings.js';
import { clientWithRoles } from '../support/users.js';

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('attendance, completion, certificates and my learning', () => {
  let t: TestApp;
  let organiser: TestClient;
  let anonymous: TestClient;
  let training: TrainingBody;
  let ana: { client: TestClient; user: RegisteredUser };
  let bor: { client: TestClient; user: RegisteredUser };
  let outsider: { client: TestClient; user: RegisteredUser };

  before(async () => {
    t = await startTestApp();
    organiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
    anonymous = await t.client().init();
    ana = await clientWithRoles(t, ['member'], 'Ana Žagar Łęcka');
    bor = await clientWithRoles(t, ['member'], 'Bor Novak');
    outsider = await clientWithRoles(t, ['member']);
    training = await publishedTraining(organiser, 'Varnost na spletu', { sessions: [sessionAt(3, 3), sessionAt(4, 3)], durationHours: 6 });
    await ana.client.post(`/api/trainings/${training.id}/registration`, {}).expect(201);
    await bor.client.post(`/api/trainings/${training.id}/registration`, {}).expect(201);
  });
  after(async () => t.close());

  it('refuses marking someone not registered and writes nothing', async () => {
    const [first] = training.sessions;
    const bad = await organiser.put(`/api/trainings/${training.id}/sessions/${first!.id}/attendance`, { present: [ana.user.id, outsider.user.id] }).expect(400);
    assert.equal(bad.body.error.code, 'not_registered');
    const list = (await organiser.get(`/api/trainings/${training.id}/registrations`).expect(200)).body.data as Array<{ attendedSessionIds: string[] }>;
    assert.ok(list.every((r) => r.attendedSessionIds.length === 0));
    await ana.client.put(`/api/trainings/${training.id}/sessions/${first!.id}/attendance`, { present: [ana.user.id] }).expect(403);
  });

  it('completes the training once every session is attended, and only then', async () => {
    const [first, second] = training.sessions;
    await organiser.put(`/api/trainings/${training.id}/sessions/${first!.id}/attendance`, { present: [ana.user.id, bor.user.id] }).expect(200);
    assert.equal((await ana.client.get('/api/me/learning').expect(200)).body.data.completed.length, 0);
    await ana.client.get(`/api/trainings/${training.id}/certificate`).expect(404);
    await organiser.put(`/api/trainings/${training.id}/sessions/${second!.id}/attendance`, { present: [ana.user.id], absent: [bor.user.id] }).expect(200);
    const learning = (await ana.client.get('/api/me/learning').expect(200)).body.data;
    assert.equal(learning.completed.length, 1);
    assert.equal(learning.completed[0].hours, 6);
    assert.deepEqual(learning.hoursByCompetence, [{ competence: 'digComp:1.3', hours: 6 }, { competence: 'digCompEdu:2.1', hours: 6 }]);
    assert.equal(learning.totalHours, 6);
    assert.equal((await bor.client.get('/api/me/learning').expect(200)).body.data.completed.length, 0);
  });

  it('gives the participant a PDF certificate that the public page verifies; forged codes are 404', async () => {
    const pdf = await ana.client.get(`/api/trainings/${training.id}/certificate`).buffer(true).parse(binary).expect(200);
    assert.match(pdf.headers['content-type'], /^application\/pdf/);
    const body = pdf.body as Buffer;
    assert.equal(body.subarray(0, 5).toString(), '%PDF-');
    assert.match(body.toString('latin1'), /DejaVuSans/);
    const code = (await ana.client.get('/api/me/learning').expect(200)).body.data.completed[0].certificateCode as string;
    assert.ok(body.toString('latin1').includes(code), 'the code is in the document information');
    await bor.client.get(`/api/trainings/${training.id}/certificate`).expect(404);
    const verified = (await anonymous.get(`/api/certificates/${code}`).expect(200)).body.data;
    assert.deepEqual(verified, {
      code,
      participantName: 'Ana Žagar Łęcka',
      training: { slug: 'varnost-na-spletu', title: { sl: 'Varnost na spletu', en: 'Varnost na spletu (EN)' } },
      hours: 6,
      completedAt: verified.completedAt,
      issuer: 'Arnes',
      valid: true,
    });
    for (const forged of ['AAAA-BBBB-CCCC', 'not-a-code', code.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))]) {
      const answer = await anonymous.get(`/api/certificates/${encodeURIComponent(forged)}`).expect(404);
      assert.equal(answer.body.error.code, 'certificate_not_found');
    }
    const page = await anonymous.get(`/certificates/${code}`).set('Accept-Language', 'sl').expect(200);
    assert.match(page.text, /Ana Žagar Łęcka/);
    assert.match(page.text, /pristno/);
    const forgedPage = await anonymous.get('/certificates/AAAA-BBBB-CCCC').set('Accept-Language', 'sl').expect(404);
    assert.match(forgedPage.text, /Potrdila s to kodo ni/);
  });

  it('takes feedback only from participants and aggregates it for the organiser alone', async () => {
    const refused = await bor.client.post(`/api/trainings/${training.id}/feedback`, { rating: 2 }).expect(403);
    assert.equal(refused.body.error.code, 'forbidden');
    const bad = await ana.client.post(`/api/trainings/${training.id}/feedback`, { rating: 9 }).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    await ana.client.post(`/api/trainings/${training.id}/feedback`, { rating: 3, comment: 'Dobro' }).expect(200);
    await ana.client.post(`/api/trainings/${training.id}/feedback`, { rating: 5, comment: 'Odlično' }).expect(200);
    const summary = (await organiser.get(`/api/trainings/${training.id}/feedback`).expect(200)).body.data;
    assert.equal(summary.count, 1);
    assert.equal(summary.averageRating, 5);
    assert.deepEqual(summary.distribution, { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 });
    assert.deepEqual(summary.comments.map((c: { comment: string }) => c.comment), ['Odlično']);
    assert.ok(!JSON.stringify(summary).includes(ana.user.id));
    await ana.client.get(`/api/trainings/${training.id}/feedback`).expect(403);
  });

  it('offers each session as .ics and a personal feed behind a signed token', async () => {
    const [first] = training.sessions;
    const ics = await anonymous.get(`/api/trainings/${training.id}/sessions/${first!.id}/ics`).expect(200);
    assert.match(ics.headers['content-type'], /^text\/calendar/);
    assert.match(ics.text, /BEGIN:VEVENT\r\nUID:[0-9a-f]{24}@praxis\r\n/);
    assert.match(ics.text, /DTSTART:\d{8}T080000Z/);
    const { token, url } = (await bor.client.get('/api/me/calendar-token').expect(200)).body.data;
    assert.ok(url.endsWith(`/api/calendar/${token}`));
    const feed = await anonymous.get(`/api/calendar/${token}`).expect(200);
    assert.equal(feed.text.match(/BEGIN:VEVENT/g)?.length, 2);
    await anonymous.get(`/api/calendar/${token.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'))}`).expect(404);
    await anonymous.get(`/api/calendar/${ana.user.id}.${token.split('.')[1]}`).expect(404);
    await anonymous.get('/api/me/calendar-token').expect(401);
  });

  it('lists registrations with waiting positions in My learning', async () => {
    const full = await publishedTraining(organiser, 'Polno', { sessions: [sessionAt(50, 2, 1)] });
    await ana.client.post(`/api/trainings/${full.id}/registration`, {}).expect(201);
    await bor.client.post(`/api/trainings/${full.id}/registration`, {}).expect(201);
    const mine = (await bor.client.get('/api/me/learning').expect(200)).body.data;
    const entry = mine.registrations.find((r: { training: { id: string } }) => r.training.id === full.id);
    assert.equal(entry.state, 'waiting');
    assert.equal(entry.waitingPosition, 1);
    assert.equal(mine.upcoming.length, 2);
    await anonymous.get('/api/me/learning').expect(401);
  });
});
