// Self-assessment through HTTP: instruments as versioned data (publish, read a version), taking one (start, save
// part-way, resume, submit), results with the change since the previous one, bad input that writes nothing, a
// result's privacy against every other role, and account deletion removing the answers.
import { strict as assert } from 'node:assert';
import { educatorInstrument } from '../../seed/data/instruments.js';
import { answersAt, publishShippedInstruments, takeAndSubmit, type AttemptBody, type InstrumentBody } from '../support/selfAssessment.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('self-assessment', () => {
  let t: TestApp;
  let organiser: TestClient;
  let educator: InstrumentBody;
  before(async () => {
    t = await startTestApp();
    ({ organiser, educator } = await publishShippedInstruments(t));
  });
  after(async () => t.close());

  it('keeps instruments as versioned records: only organisers publish, each new version numbered, old ones readable', async () => {
    assert.equal(educator.version, 1);
    assert.equal(educator.items.length, 22);
    assert.equal(new Set(educator.items.map((item) => item.dimension)).size, 22);
    const member = (await clientWithRoles(t, ['member'])).client;
    const refused = await member.post('/api/self-assessments/instruments', educatorInstrument).expect(403);
    assert.equal(refused.body.error.code, 'forbidden');
    const threeOptions = { ...educatorInstrument, items: [{ ...educatorInstrument.items[0]!, options: educatorInstrument.items[0]!.options.slice(0, 3) }] };
    const bad = await organiser.post('/api/self-assessments/instruments', threeOptions).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    const unknownDimension = { ...educatorInstrument, items: [{ ...educatorInstrument.items[0]!, dimension: '9.9' }] };
    assert.equal((await organiser.post('/api/self-assessments/instruments', unknownDimension).expect(400)).body.error.code, 'validation_failed');
    const list = (await member.get('/api/self-assessments/instruments').expect(200)).body.data as InstrumentBody[];
    assert.deepEqual(list.map((i) => `${i.key}@${i.version}`), ['educator-digcompedu@1', 'school-selfie@1']);
    const texts = (await member.get('/api/self-assessments/instruments/educator-digcompedu').expect(200)).body.data.items[0].texts;
    assert.deepEqual(Object.keys(texts).sort(), ['en', 'pl', 'sl', 'sv']);
    await member.get('/api/self-assessments/instruments/no-such-thing').expect(404);
  });

  it('saves part-way, resumes the same attempt, submits once and shows the change since the previous result', async () => {
    const { client } = await clientWithRoles(t, ['member']);
    const started = (await client.post('/api/self-assessments/attempts', { instrument: 'educator-digcompedu' }).expect(201)).body.data as AttemptBody;
    const all = answersAt(educator, () => 2);
    await client.put(`/api/self-assessments/attempts/${started.id}/answers`, { answers: all.slice(0, 10) }).expect(200);
    const resumed = (await client.post('/api/self-assessments/attempts', { instrument: 'educator-digcompedu' }).expect(201)).body.data as AttemptBody;
    assert.equal(resumed.id, started.id);
    assert.equal(resumed.answers.length, 10);
    const incomplete = await client.post(`/api/self-assessments/attempts/${started.id}/submit`).expect(400);
    assert.equal(incomplete.body.error.code, 'answers_incomplete');
    assert.equal(incomplete.body.error.details.length, 12);
    await client.put(`/api/self-assessments/attempts/${started.id}/answers`, { answers: all.slice(10) }).expect(200);
    const submitted = (await client.post(`/api/self-assessments/attempts/${started.id}/submit`).expect(200)).body.data as AttemptBody;
    assert.equal(submitted.state, 'submitted');
    assert.equal(submitted.scores.length, 22);
    assert.equal((await client.post(`/api/self-assessments/attempts/${started.id}/submit`).expect(409)).body.error.code, 'attempt_submitted');
    assert.equal((await client.put(`/api/self-assessments/attempts/${started.id}/answers`, { answers: all.slice(0, 1) }).expect(409)).body.error.code, 'attempt_submitted');

    const first = (await client.get(`/api/self-assessments/results/${started.id}`).expect(200)).body.data;
    assert.equal(first.previous, null);
    assert.equal(first.scores[0].levelCode, 'A2');
    assert.equal(first.scores[0].change, null);
    const second = await takeAndSubmit(client, { instrument: 'educator-digcompedu' }, educator, (index) => (index < 11 ? 4 : 2));
    const result = (await client.get(`/api/self-assessments/results/${second.id}`).expect(200)).body.data;
    assert.equal(result.previous.id, started.id);
    assert.equal(result.scores[0].levelCode, 'B2');
    assert.equal(result.scores[0].change, 2);
    assert.equal(result.scores[21].change, 0);
  });

  it('refuses answers to another version’s item, unknown options and closed attempts, writing nothing', async () => {
    const { client } = await clientWithRoles(t, ['member']);
    const attempt = (await client.post('/api/self-assessments/attempts', { instrument: 'educator-digcompedu' }).expect(201)).body.data as AttemptBody;
    const extra = { ...educatorInstrument.items[0]!, id: 'c1.1-extra' };
    const v2 = (await organiser.post('/api/self-assessments/instruments', { ...educatorInstrument, items: [...educatorInstrument.items, extra] }).expect(201)).body.data as InstrumentBody;
    assert.equal(v2.version, 2);
    educator = v2;
    assert.equal((await client.get('/api/self-assessments/instruments/educator-digcompedu?version=1').expect(200)).body.data.version, 1);
    const otherVersion = await client.put(`/api/self-assessments/attempts/${attempt.id}/answers`, { answers: [{ itemId: 'c1.1', optionId: 'l1' }, { itemId: 'c1.1-extra', optionId: 'l1' }] }).expect(400);
    assert.equal(otherVersion.body.error.code, 'unknown_statement');
    const unknownOption = await client.put(`/api/self-assessments/attempts/${attempt.id}/answers`, { answers: [{ itemId: 'c1.1', optionId: 'l9' }] }).expect(400);
    assert.equal(unknownOption.body.error.code, 'unknown_option');
    for (const body of [{}, { answers: [] }, { answers: [{ itemId: 'c1.1' }] }, { answers: 'all' }, { answers: [{ itemId: 'c1.1', optionId: 'l1', level: 6 }] }]) {
      assert.equal((await client.put(`/api/self-assessments/attempts/${attempt.id}/answers`, body).expect(400)).body.error.code, 'validation_failed');
    }
    const after = (await client.get(`/api/self-assessments/attempts/${attempt.id}`).expect(200)).body.data as AttemptBody;
    assert.equal(after.rev, attempt.rev);
    assert.equal(after.answers.length, 0);
    assert.equal((await client.post('/api/self-assessments/attempts', { instrument: 'school-selfie' }).expect(400)).body.error.code, 'round_required');
    assert.equal((await client.post('/api/self-assessments/attempts', {}).expect(400)).body.error.code, 'validation_failed');
    await client.get('/api/self-assessments/attempts/not-an-id').expect(404);
    await t.client().post('/api/self-assessments/attempts', { instrument: 'educator-digcompedu' }).expect(403);
  });

  it('keeps a result tied to the version it was answered in when a newer version is published', async () => {
    const { client } = await clientWithRoles(t, ['member']);
    const answered = await takeAndSubmit(client, { instrument: 'educator-digcompedu' }, educator, () => 3);
    const answeredVersion = educator.version;
    const v3 = (await organiser.post('/api/self-assessments/instruments', { ...educatorInstrument, items: educatorInstrument.items.slice(0, 21) }).expect(201)).body.data as InstrumentBody;
    assert.equal(v3.version, answeredVersion + 1);
    const result = (await client.get(`/api/self-assessments/results/${answered.id}`).expect(200)).body.data as { instrument: { version: number }; scores: unknown[]; answers: unknown[] };
    assert.equal(result.instrument.version, answeredVersion);
    assert.equal(result.answers.length, educator.items.length);
    assert.equal(result.scores.length, 22);
    const next = (await client.post('/api/self-assessments/attempts', { instrument: 'educator-digcompedu' }).expect(201)).body.data as { instrument: { version: number } };
    assert.equal(next.instrument.version, v3.version, 'a new attempt takes the newest version');
    const page = await client.get(`/self-assessment/results/${answered.id}?lang=en`).expect(200);
    assert.match(page.text, new RegExp(`version ${answeredVersion}\\b`));
    educator = v3;
  });

  it('keeps a result private to its owner: another member, an organiser and an administrator find nothing', async () => {
    const owner = (await clientWithRoles(t, ['member'])).client;
    const attempt = await takeAndSubmit(owner, { instrument: 'educator-digcompedu' }, educator, () => 3);
    const others = [(await clientWithRoles(t, ['member'])).client, organiser, (await clientWithRoles(t, ['admin'])).client, (await clientWithRoles(t, ['moderator'])).client];
    for (const other of others) {
      await other.get(`/api/self-assessments/attempts/${attempt.id}`).expect(404);
      await other.get(`/api/self-assessments/results/${attempt.id}`).expect(404);
      assert.equal((await other.put(`/api/self-assessments/attempts/${attempt.id}/answers`, { answers: [{ itemId: 'c1.1', optionId: 'l1' }] }).expect(404)).body.error.code, 'not_found');
      const own = (await other.get('/api/self-assessments/attempts').expect(200)).body.data as AttemptBody[];
      assert.ok(own.every((a) => a.id !== attempt.id));
    }
    await t.client().get(`/api/self-assessments/results/${attempt.id}`).expect(401);
    await t.client().get('/api/self-assessments/attempts').expect(401);
  });

  it('deletes a person’s answers with their account', async () => {
    const { client, user } = await clientWithRoles(t, ['member']);
    await takeAndSubmit(client, { instrument: 'educator-digcompedu' }, educator, () => 5);
    await client.post('/api/self-assessments/attempts', { instrument: 'educator-digcompedu' }).expect(201);
    assert.equal(await t.ctx.models.AssessmentAttempt.countDocuments({ userId: user.id }), 2);
    await client.post('/api/me/delete', { currentPassword: user.password, content: 'keep' }).expect(204);
    assert.equal(await t.ctx.models.AssessmentAttempt.countDocuments({ userId: user.id }), 0);
  });
});
