// Training pages without JavaScript: the catalogue in Slovenian, a training page with schema.org JSON-LD, registering
// and joining the waiting list by form, the organiser's attendance form completing the training, My learning.
import { strict as assert } from 'node:assert';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { postForm, publishedTraining, sessionAt, type TrainingBody } from '../support/trainings.js';
import { clientWithRoles } from '../support/users.js';

const form = postForm;

describe('training pages', () => {
  let t: TestApp;
  let organiser: TestClient;
  let training: TrainingBody;
  let conference: TrainingBody;

  before(async () => {
    t = await startTestApp();
    organiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
    training = await publishedTraining(organiser, 'Spletna varnost za učitelje', {
      sessions: [sessionAt(5, 2, 1)],
      registrationQuestions: [{ key: 'school', label: 'Vaša šola', required: true }],
    });
    conference = await publishedTraining(organiser, 'Zaključna konferenca', {
      kind: 'conference',
      sessions: [{ ...sessionAt(8, 2, null), speakers: [{ name: 'Dr. Maja Kos', affiliation: 'Arnes' }] }, sessionAt(9, 2, null)],
    });
  });
  after(async () => t.close());

  it('lists upcoming trainings in Slovenian with seats and filters', async () => {
    const page = await t.client().get('/trainings').set('Accept-Language', 'sl').expect(200);
    assert.match(page.text, /<h1>Usposabljanja in dogodki<\/h1>/);
    assert.match(page.text, /Spletna varnost za učitelje/);
    assert.match(page.text, /Prostih mest: 1/);
    assert.match(page.text, /<label for="f-kind">Vrsta/);
    const filtered = await t.client().get('/trainings?kind=conference').set('Accept-Language', 'sl').expect(200);
    assert.doesNotMatch(filtered.text, /Spletna varnost/);
    assert.match(filtered.text, /Zaključna konferenca/);
  });

  it('describes a training as a schema.org Course and a conference as an Event with sub-events', async () => {
    const course = await t.client().get(`/trainings/${training.slug}`).expect(200);
    const ld = (text: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(text)![1]!) as Record<string, unknown>;
    const c = ld(course.text);
    assert.equal(c['@type'], 'Course');
    assert.equal((c.hasCourseInstance as unknown[]).length, 1);
    const event = ld((await t.client().get(`/trainings/${conference.slug}`).expect(200)).text);
    assert.equal(event['@type'], 'Event');
    const sub = event.subEvent as Array<{ performer: Array<{ name: string }> }>;
    assert.equal(sub.length, 2);
    assert.equal(sub[0]!.performer[0]!.name, 'Dr. Maja Kos');
  });

  it('registers by form, puts the next person on the waiting list, moves them up on cancel, and the organiser completes by attendance', async () => {
    const ana = await clientWithRoles(t, ['member'], 'Ana Kovač');
    const bor = await clientWithRoles(t, ['member'], 'Bor Lah');
    const missing = await form(ana.client, `/trainings/${training.slug}/register?lang=sl`).expect(400);
    assert.match(missing.text, /Odgovorite na vsa obvezna vprašanja/);
    await form(ana.client, `/trainings/${training.slug}/register`, { 'answer-school': 'OŠ Trnovo' }).expect(303);
    assert.match((await ana.client.get(`/trainings/${training.slug}?lang=sl`).expect(200)).text, /Prijavljeni ste\./);
    await form(bor.client, `/trainings/${training.slug}/register`, { 'answer-school': 'OŠ Vič' }).expect(303);
    assert.match((await bor.client.get(`/trainings/${training.slug}?lang=sl`).expect(200)).text, /čakalnem seznamu \(1\. mesto\)/);
    await form(ana.client, `/trainings/${training.slug}/cancel`).expect(303);
    assert.match((await bor.client.get(`/trainings/${training.slug}?lang=sl`).expect(200)).text, /Prijavljeni ste\./);

    const manage = await organiser.get(`/trainings/${training.slug}/manage?lang=en`).expect(200);
    assert.match(manage.text, /Bor Lah/);
    assert.match(manage.text, /school: OŠ Vič/);
    await bor.client.get(`/trainings/${training.slug}/manage`).expect(403);
    const sessionId = training.sessions[0]!.id;
    await form(organiser, `/trainings/${training.slug}/manage/attendance`, { [`present-${sessionId}`]: [bor.user.id] }).expect(303);
    const learning = await bor.client.get('/learning?lang=sl').expect(200);
    assert.match(learning.text, /Zaključena usposabljanja/);
    assert.match(learning.text, /Spletna varnost za učitelje/);
    assert.match(learning.text, /\/api\/calendar\/[0-9a-f]{24}\./);
    await form(bor.client, `/trainings/${training.slug}/feedback`, { rating: '4', comment: 'Koristno' }).expect(303);
    assert.match((await organiser.get(`/trainings/${training.slug}/manage?lang=en`).expect(200)).text, /1 responses, average 4 of 5/);
  });

  it('sends anonymous visitors of My learning to sign in', async () => {
    const answer = await t.client().get('/learning').expect(303);
    assert.match(answer.headers.location, /^\/sign-in\?next=/);
  });
});
