// The self-assessment pages without JavaScript: the overview in the reader's language, starting from a form,
// saving part-way and finding the answers again, a refused incomplete submission that names what is missing, and
// the result page with its chart, table and change since the previous result.
import { strict as assert } from 'node:assert';
import { publishShippedInstruments, takeAndSubmit, type InstrumentBody } from '../support/selfAssessment.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

const form = (client: TestClient, path: string, fields: Record<string, string>) => client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

describe('self-assessment pages', () => {
  let t: TestApp;
  let educator: InstrumentBody;
  before(async () => {
    t = await startTestApp();
    ({ educator } = await publishShippedInstruments(t));
  });
  after(async () => t.close());

  it('takes an instrument through forms: start, save part-way, resume, refuse an incomplete submit, submit, result', async () => {
    const { client } = await clientWithRoles(t, ['member']);
    const overview = await client.get('/self-assessment?lang=sl').expect(200);
    assert.match(overview.text, /<html lang="sl"/);
    assert.match(overview.text, /Samorefleksija učitelja: digitalne kompetence/);
    assert.doesNotMatch(overview.text, /Take a self-assessment|Educator self-reflection/);
    const started = await form(client, '/self-assessment/start', { instrument: 'educator-digcompedu' }).expect(303);
    const attemptPath = started.headers.location as string;
    assert.match(attemptPath, /^\/self-assessment\/attempts\/[0-9a-f]{24}$/);
    const page = await client.get(`${attemptPath}?lang=en`).expect(200);
    assert.equal((page.text.match(/<fieldset class="sa-item/g) ?? []).length, 22);
    assert.match(page.text, /<legend>/);

    const firstHalf = Object.fromEntries(educator.items.slice(0, 11).map((item, index) => [`item-${index}`, item.options[2]!.id]));
    const saved = await form(client, attemptPath, { ...firstHalf, intent: 'save' }).expect(303);
    assert.equal(saved.headers.location, `${attemptPath}?saved=1`);
    const resumed = await client.get(`${attemptPath}?saved=1&lang=en`).expect(200);
    assert.equal((resumed.text.match(/ checked>/g) ?? []).length, 11);
    assert.match(resumed.text, /11 of 22 answered/);
    assert.match(resumed.text, /Your answers are saved/);

    const again = await form(client, '/self-assessment/start', { instrument: 'educator-digcompedu' }).expect(303);
    assert.equal(again.headers.location, attemptPath);
    const incomplete = await form(client, `${attemptPath}?lang=en`, { intent: 'submit' }).expect(400);
    assert.match(incomplete.text, /Some statements are not answered yet/);
    assert.equal((incomplete.text.match(/Choose an answer for this statement/g) ?? []).length, 11);

    const rest = Object.fromEntries(educator.items.slice(11).map((item, offset) => [`item-${offset + 11}`, item.options[4]!.id]));
    const submitted = await form(client, attemptPath, { ...rest, intent: 'submit' }).expect(303);
    const resultPath = submitted.headers.location as string;
    assert.match(resultPath, /^\/self-assessment\/results\//);
    const result = await client.get(`${resultPath}?lang=en`).expect(200);
    assert.match(result.text, /<svg role="img" aria-labelledby="sa-result-chart-title sa-result-chart-desc"/);
    assert.match(result.text, /<table class="table chart-table">/);
    assert.match(result.text, /1\.1 Organisational communication<\/th><td>B1 \(3\)<\/td>/);
    assert.match(result.text, /6\.5 [^<]+<\/th><td>C1 \(5\)<\/td>/);
    assert.match(result.text, /This is your first result/);
    await client.get(attemptPath).expect(303).expect('location', resultPath);

    const second = await takeAndSubmit(client, { instrument: 'educator-digcompedu' }, educator, () => 4);
    const changed = await client.get(`/self-assessment/results/${second.id}?lang=en`).expect(200);
    assert.match(changed.text, /The change is against your previous result/);
    assert.match(changed.text, /Previous result/);
    assert.match(changed.text, /1\.1 Organisational communication<\/th><td>B2 \(4\)<\/td><td class="numeric">\+1<\/td>/);
    const list = await client.get('/self-assessment?lang=pl').expect(200);
    assert.equal((list.text.match(/Zobacz wynik<\/a>/g) ?? []).length, 2);
  });

  it('shows another person’s attempt or result to nobody else, and asks anonymous readers to sign in', async () => {
    const { client } = await clientWithRoles(t, ['member']);
    const attempt = await takeAndSubmit(client, { instrument: 'educator-digcompedu' }, educator, () => 2);
    const admin = (await clientWithRoles(t, ['admin'])).client;
    await admin.get(`/self-assessment/results/${attempt.id}`).expect(404);
    await admin.get(`/self-assessment/attempts/${attempt.id}`).expect(404);
    assert.doesNotMatch((await admin.get('/self-assessment').expect(200)).text, new RegExp(attempt.id));
    assert.match((await t.client().get('/self-assessment').expect(303)).headers.location as string, /^\/sign-in/);
  });
});
