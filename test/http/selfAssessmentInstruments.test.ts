// Instrument states through HTTP and the organisers' page: a version saved as a draft is not offered until it is
// published, a retired instrument starts no attempt or round while a result given before stays readable, and only
// organisers reach the page and its actions; a refused JSON is shown in place in the reader's language.
import { strict as assert } from 'node:assert';
import { educatorInstrument } from '../../seed/data/instruments.js';
import { planWorld } from '../support/plans.js';
import { publishShippedInstruments, takeAndSubmit } from '../support/selfAssessment.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('self-assessment instrument states', () => {
  let t: TestApp;
  let organiser: TestClient;
  let member: TestClient;

  before(async () => {
    t = await startTestApp();
    ({ organiser } = await publishShippedInstruments(t));
    member = (await clientWithRoles(t, ['member'])).client;
  });
  after(async () => t.close());

  const form = (client: TestClient, path: string, fields: [string, string][] = []) => client.post(path).type('form').send(new URLSearchParams([['_csrf', client.csrfToken], ...fields]).toString());

  it('keeps a draft out of sight until it is published', async () => {
    const draft = (await organiser.post('/api/self-assessments/instruments/drafts', educatorInstrument).expect(201)).body.data as { version: number; state: string };
    assert.deepEqual([draft.version, draft.state], [2, 'draft']);
    assert.equal((await member.get('/api/self-assessments/instruments/educator-digcompedu').expect(200)).body.data.version, 1);
    await member.post('/api/self-assessments/instruments/educator-digcompedu/versions/2/publish').expect(403);
    const page = await organiser.get('/self-assessment/instruments?lang=sl').expect(200);
    assert.match(page.text, /<span class="badge">Osnutek<\/span>/);
    await form(organiser, '/self-assessment/instruments/educator-digcompedu/versions/2/publish').expect(303);
    assert.equal((await member.get('/api/self-assessments/instruments/educator-digcompedu').expect(200)).body.data.version, 2);
    assert.equal((await organiser.post('/api/self-assessments/instruments/educator-digcompedu/versions/2/publish').expect(409)).body.error.code, 'instrument_not_draft');
  });

  it('shows a refused version in place, with the pasted text kept', async () => {
    const refused = await form(organiser, '/self-assessment/instruments', [['instrument', '{"key": "broken"'], ['state', 'draft']]).expect(400);
    assert.match(refused.text, /id="error-summary"/);
    assert.match(refused.text, /\{&quot;key&quot;: &quot;broken&quot;<\/textarea>/);
    const invalid = await form(organiser, '/self-assessment/instruments', [['instrument', JSON.stringify({ ...educatorInstrument, items: [] })], ['state', 'published']]).expect(400);
    assert.match(invalid.text, /<code>items<\/code>/);
    await member.get('/self-assessment/instruments').expect(403);
  });

  it('retires an instrument: no new attempt or round, earlier results stay readable', async () => {
    const world = await planWorld(t, 'OŠ Umik');
    const before = await takeAndSubmit(member, { instrument: 'educator-digcompedu' }, (await member.get('/api/self-assessments/instruments/educator-digcompedu').expect(200)).body.data, () => 2);
    await member.post('/api/self-assessments/instruments/educator-digcompedu/retire').expect(403);
    await form(organiser, '/self-assessment/instruments/educator-digcompedu/retire').expect(303);
    assert.equal((await organiser.post('/api/self-assessments/instruments/educator-digcompedu/retire').expect(409)).body.error.code, 'instrument_retired');
    assert.equal((await member.post('/api/self-assessments/attempts', { instrument: 'educator-digcompedu' }).expect(409)).body.error.code, 'instrument_retired');
    assert.equal((await world.editor.post(`/api/organisations/${world.organisationId}/self-assessment-rounds`, { instrument: 'educator-digcompedu', title: 'Late' }).expect(409)).body.error.code, 'instrument_retired');
    assert.equal((await member.get(`/api/self-assessments/results/${before.id}`).expect(200)).body.data.id, before.id);
    const overview = await member.get('/self-assessment?lang=en').expect(200);
    assert.doesNotMatch(overview.text, /name="instrument" value="educator-digcompedu"/);
    assert.ok((await member.get('/api/self-assessments/instruments').expect(200)).body.data.every((i: { key: string }) => i.key !== 'educator-digcompedu'));
  });
});
