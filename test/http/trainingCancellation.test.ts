// Cancelling and removing a training through HTTP: every registered and waiting person is told by e-mail (through
// the outbox, in their own language, with the organiser's reason), their places close, the training leaves the
// catalogue and refuses registration; only its organisers may do it, twice is a 409, and a removed one is gone.
import { strict as assert } from 'node:assert';
import { outboxText } from '../support/mailbox.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { postForm, publishedTraining, sessionAt } from '../support/trainings.js';
import { clientWithRoles } from '../support/users.js';

describe('training cancellation', () => {
  let t: TestApp;
  let organiser: TestClient;

  before(async () => {
    t = await startTestApp();
    organiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
  });
  after(async () => t.close());

  it('tells the registered and the waiting by e-mail in their language, and closes the training', async () => {
    const training = await publishedTraining(organiser, 'Odpovedano', { sessions: [sessionAt(5, 3, 1)] });
    const seated = await clientWithRoles(t, ['member']);
    const waiting = await clientWithRoles(t, ['member']);
    await t.ctx.models.User.updateOne({ _id: waiting.user.id }, { $set: { locale: 'pl' } });
    await seated.client.post(`/api/trainings/${training.id}/registration`, {}).expect(201);
    assert.equal((await waiting.client.post(`/api/trainings/${training.id}/registration`, {}).expect(201)).body.data.state, 'waiting');
    await seated.client.post(`/api/trainings/${training.id}/cancel`, { reason: 'x' }).expect(403);
    const cancelled = await organiser.post(`/api/trainings/${training.id}/cancel`, { reason: 'Predavateljica je zbolela.' }).expect(200);
    assert.ok(cancelled.body.data.cancelledAt);
    const mails = await t.ctx.models.OutboxMessage.find({ kind: 'training.cancelled' }).lean();
    const byTo = new Map(mails.map((m) => [m.to, m]));
    assert.deepEqual([...byTo.keys()].sort(), [seated.user.email, waiting.user.email].sort());
    assert.match(byTo.get(waiting.user.email)!.subject, /^Odwołane: Odpovedano/);
    assert.match(await outboxText(t.ctx, { kind: 'training.cancelled', to: seated.user.email }), /Predavateljica je zbolela\./);
    assert.equal((await seated.client.get(`/api/trainings/${training.id}/registration`).expect(200)).body.data.state, 'cancelled');
    const again = await organiser.post(`/api/trainings/${training.id}/cancel`, {}).expect(409);
    assert.equal(again.body.error.code, 'training_cancelled');
    const late = await clientWithRoles(t, ['member']);
    assert.equal((await late.client.post(`/api/trainings/${training.id}/registration`, {}).expect(409)).body.error.code, 'training_cancelled');
    const catalogue = (await t.client().get('/api/trainings?when=all').expect(200)).body.data as Array<{ id: string }>;
    assert.ok(!catalogue.some((item) => item.id === training.id));
    const page = await t.client().get(`/trainings/${training.slug}?lang=sl`).expect(200);
    assert.match(page.text, /To usposabljanje je odpovedano\. Predavateljica je zbolela\./);
  });

  it('cancels from the manage page and removes through the API', async () => {
    const training = await publishedTraining(organiser, 'Odstranjeno');
    const person = await clientWithRoles(t, ['member']);
    await person.client.post(`/api/trainings/${training.id}/registration`, {}).expect(201);
    const manage = await organiser.get(`/trainings/${training.slug}/manage?lang=sl`).expect(200);
    assert.match(manage.text, /Odpovej to usposabljanje/);
    const done = await postForm(organiser, `/trainings/${training.slug}/manage/cancel?lang=sl`, { reason: '' }).expect(303);
    assert.match(done.headers.location, /done=cancelled/);
    assert.equal(await t.ctx.models.OutboxMessage.countDocuments({ kind: 'training.cancelled', to: person.user.email }), 1);
    await organiser.delete(`/api/trainings/${training.id}`).expect(204);
    await t.client().get(`/api/trainings/${training.id}`).expect(404);
    assert.equal(await t.ctx.models.OutboxMessage.countDocuments({ kind: 'training.cancelled', to: person.user.email }), 1, 'nobody is told twice');
  });
});
