// Scheduling in the organiser's own time: the review form takes a wall-clock time and a zone, stores the exact instant
// and the zone, shows the schedule back in that zone, and refuses skipped hours, unknown zones and malformed times.
import { strict as assert } from 'node:assert';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

const formPost = (client: TestClient, path: string, fields: Record<string, string>) =>
  client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

describe('scheduling in local time', () => {
  let t: TestApp;
  let reviewer: TestClient;

  before(async () => {
    t = await startTestApp();
    reviewer = (await clientWithRoles(t, ['member', 'organiser'])).client;
  });
  after(async () => t.close());

  async function practiceInReview(title: string): Promise<{ id: string; author: TestClient }> {
    const { client: author, user } = await clientWithRoles(t, ['member']);
    const practice = await createPractice(t.ctx, { userId: user.id, roles: ['member'] }, { originalLanguage: 'en', texts: { en: { title } } });
    await t.ctx.models.Practice.updateOne({ _id: practice._id }, { $set: { state: 'in-review' } });
    return { id: String(practice._id), author };
  }

  it('offers the reviewer’s likely zone, stores the instant and the zone, and shows the schedule back in that zone', async () => {
    const { id, author } = await practiceInReview('Scheduled in Ljubljana');
    const form = await reviewer.agent.get(`/review/${id}?lang=sl`).expect(200);
    assert.match(form.text, /<option value="Europe\/Ljubljana" selected>/, 'a Slovenian reader gets the Ljubljana zone');
    assert.match(form.text, /<label for="pa-timeZone">Časovni pas<\/label>/);

    await formPost(reviewer, `/review/${id}/publish`, { when: 'later', publishAt: '2099-01-02T08:30', timeZone: 'Europe/Ljubljana' }).expect(303);
    const stored = await t.ctx.models.Practice.findById(id).lean();
    assert.equal(stored?.state, 'scheduled');
    assert.equal(stored?.publishAt?.toISOString(), '2099-01-02T07:30:00.000Z');
    assert.equal(stored?.publishTimeZone, 'Europe/Ljubljana');

    const shown = await reviewer.agent.get(`/review/${id}?lang=en`).expect(200);
    assert.match(shown.text, /Goes live on 2 January 2099 at 08:30 \(Europe\/Ljubljana\)\./);
    assert.match(shown.text, /id="pa-publishAt" name="publishAt"[^>]*value="2099-01-02T08:30"/, 'the form shows the schedule in its zone');
    const queue = await reviewer.agent.get('/review?lang=en').expect(200);
    assert.match(queue.text, /Goes live on 2 January 2099 at 08:30 \(Europe\/Ljubljana\)/);
    const editor = await author.agent.get(`/practices/${id}/edit?lang=pl`).expect(200);
    assert.match(editor.text, /Publikacja: 2 stycznia 2099 08:30 \(Europe\/Ljubljana\)\./);

    const api = await reviewer.get(`/api/practices/${id}`).expect(200);
    assert.equal(api.body.data.publishTimeZone, 'Europe/Ljubljana');
  });

  it('refuses an hour the clocks skip, an unknown zone and a malformed time, keeping what was typed and writing nothing', async () => {
    const { id } = await practiceInReview('Refused schedules');
    const skipped = await formPost(reviewer, `/review/${id}/publish?lang=sl`, { when: 'later', publishAt: '2099-03-29T02:30', timeZone: 'Europe/Ljubljana' }).expect(400);
    assert.match(skipped.text, /Ta čas v izbranem časovnem pasu ne obstaja/);
    assert.match(skipped.text, /value="2099-03-29T02:30"/);
    assert.match(skipped.text, /aria-invalid="true"/);
    await formPost(reviewer, `/review/${id}/publish`, { when: 'later', publishAt: '2099-03-29T10:00', timeZone: 'Europe/Atlantis' }).expect(400);
    await formPost(reviewer, `/review/${id}/publish`, { when: 'later', publishAt: '2099-02-30T10:00', timeZone: 'Europe/Warsaw' }).expect(400);
    await formPost(reviewer, `/review/${id}/publish`, { when: 'later', publishAt: 'tomorrow', timeZone: 'Europe/Warsaw' }).expect(400);
    const stored = await t.ctx.models.Practice.findById(id).lean();
    assert.equal(stored?.state, 'in-review');
    assert.equal(stored?.publishAt, null);
  });

  it('takes the zone through the API too, and refuses one it does not know', async () => {
    const { id } = await practiceInReview('Scheduled by API');
    const bad = await reviewer.post(`/api/practices/${id}/publish`, { publishAt: '2099-05-01T10:00:00+02:00', timeZone: 'Mars/Olympus' }).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    const done = await reviewer.post(`/api/practices/${id}/publish`, { publishAt: '2099-05-01T10:00:00+02:00', timeZone: 'Europe/Stockholm' }).expect(200);
    assert.equal(done.body.data.publishAt, '2099-05-01T08:00:00.000Z');
    assert.equal(done.body.data.publishTimeZone, 'Europe/Stockholm');
  });
});
