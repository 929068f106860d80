// Trainings through HTTP: the catalogue and its bad input (reversed or overlapping sessions, capacity below the
// registered), registration with a waiting list that moves up on cancellation, and many concurrent registrations
// for the last seats never overbooking.
import { strict as assert } from 'node:assert';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { publishedTraining, sessionAt, trainingInput } from '../support/trainings.js';
import { clientWithRoles } from '../support/users.js';

describe('trainings API', () => {
  let t: TestApp;
  let organiser: TestClient;
  let otherOrganiser: TestClient;
  let anonymous: TestClient;

  const member = async (): Promise<TestClient> => (await clientWithRoles(t, ['member'])).client;

  before(async () => {
    t = await startTestApp();
    organiser = (await clientWithRoles(t, ['member', 'organiser'], 'Maja Organiser')).client;
    otherOrganiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
    anonymous = await t.client().init();
  });
  after(async () => t.close());

  it('creates a draft hidden from readers, publishes it into the catalogue with its sessions in time order', async () => {
    const created = await organiser.post('/api/trainings', trainingInput('Digitalna šola', { sessions: [sessionAt(12), sessionAt(10)] })).expect(201);
    const draft = created.body.data;
    assert.equal(draft.state, 'draft');
    assert.equal(draft.slug, 'digitalna-sola');
    assert.ok(draft.sessions[0].startsAt < draft.sessions[1].startsAt);
    assert.equal(draft.capacity, 20);
    await anonymous.get(`/api/trainings/${draft.id}`).expect(404);
    const before = await anonymous.get('/api/trainings').expect(200);
    assert.ok(!before.body.data.some((item: { id: string }) => item.id === draft.id));
    await otherOrganiser.post(`/api/trainings/${draft.id}/publish`).expect(404);
    assert.equal(draft.title.sl, 'Digitalna šola');
    await organiser.post(`/api/trainings/${draft.id}/publish`).expect(200);
    const list = await anonymous.get('/api/trainings?when=upcoming').expect(200);
    assert.ok(list.body.data.some((item: { id: string }) => item.id === draft.id));
    const bySlug = await anonymous.get('/api/trainings/by-slug/digitalna-sola').expect(200);
    assert.equal(bySlug.body.data.id, draft.id);
  });

  it('refuses reversed and overlapping sessions, an unknown time zone and a member creating, writing nothing', async () => {
    const reversed = { ...sessionAt(5), endsAt: sessionAt(4).startsAt };
    const bad = await organiser.post('/api/trainings', trainingInput('Obrnjeno', { sessions: [reversed] })).expect(400);
    assert.equal(bad.body.error.code, 'session_times_reversed');
    const overlap = await organiser.post('/api/trainings', trainingInput('Prekrivanje', { sessions: [sessionAt(5, 3), { ...sessionAt(5, 3), startsAt: new Date(Date.parse(sessionAt(5).startsAt as string) + 3_600_000).toISOString() }] })).expect(400);
    assert.equal(overlap.body.error.code, 'sessions_overlap');
    const zone = await organiser.post('/api/trainings', trainingInput('Cona', { sessions: [{ ...sessionAt(5), timeZone: 'Mars/Olympus' }] })).expect(400);
    assert.equal(zone.body.error.code, 'validation_failed');
    assert.match(zone.body.error.message, /time zone/);
    const forbidden = await (await member()).post('/api/trainings', trainingInput('Član')).expect(403);
    assert.equal(forbidden.body.error.code, 'forbidden');
    const all = await organiser.get('/api/trainings?state=draft').expect(200);
    assert.ok(!all.body.data.some((item: { slug: string }) => ['obrnjeno', 'prekrivanje', 'cona', 'clan'].includes(item.slug)));
  });

  it('registers up to capacity, then queues; cancelling moves the first waiting person up', async () => {
    const training = await publishedTraining(organiser, 'Majhna delavnica', { sessions: [sessionAt(20, 2, 2)] });
    const [a, b, c, d] = [await member(), await member(), await member(), await member()];
    assert.equal((await a.post(`/api/trainings/${training.id}/registration`, {}).expect(201)).body.data.state, 'registered');
    assert.equal((await b.post(`/api/trainings/${training.id}/registration`, {}).expect(201)).body.data.state, 'registered');
    assert.equal((await c.post(`/api/trainings/${training.id}/registration`, {}).expect(201)).body.data.state, 'waiting');
    assert.equal((await d.post(`/api/trainings/${training.id}/registration`, {}).expect(201)).body.data.state, 'waiting');
    const again = await a.post(`/api/trainings/${training.id}/registration`, {}).expect(409);
    assert.equal(again.body.error.code, 'already_registered');
    const list = await organiser.get(`/api/trainings/${training.id}/registrations`).expect(200);
    assert.deepEqual(list.body.data.map((r: { state: string; waitingPosition: number | null }) => [r.state, r.waitingPosition]), [
      ['registered', null], ['registered', null], ['waiting', 1], ['waiting', 2],
    ]);
    await a.get(`/api/trainings/${training.id}/registrations`).expect(403);
    await b.delete(`/api/trainings/${training.id}/registration`).expect(200);
    assert.equal((await c.get(`/api/trainings/${training.id}/registration`).expect(200)).body.data.state, 'registered');
    assert.equal((await d.get(`/api/trainings/${training.id}/registration`).expect(200)).body.data.state, 'waiting');
    await d.delete(`/api/trainings/${training.id}/registration`).expect(200);
    await d.delete(`/api/trainings/${training.id}/registration`).expect(404);
    const after = await anonymous.get(`/api/trainings/${training.id}`).expect(200);
    assert.equal(after.body.data.seatsTaken, 2);
    assert.equal(after.body.data.seatsLeft, 0);
    await b.post(`/api/trainings/${training.id}/registration`, {}).expect(201);
    assert.equal((await b.get(`/api/trainings/${training.id}/registration`).expect(200)).body.data.state, 'waiting');
  });

  it('refuses a capacity below the registered people (409, unchanged) and moves the queue up when seats are added', async () => {
    const training = await publishedTraining(organiser, 'Rastoča delavnica', { sessions: [sessionAt(30, 2, 2)] });
    const people = [await member(), await member(), await member()];
    for (const person of people) await person.post(`/api/trainings/${training.id}/registration`, {}).expect(201);
    const current = (await organiser.get(`/api/trainings/${training.id}`).expect(200)).body.data;
    const smaller = await organiser.patch(`/api/trainings/${training.id}`, { rev: current.rev, changes: { sessions: [{ ...sessionAt(30, 2, 1), id: current.sessions[0].id }] } }).expect(409);
    assert.equal(smaller.body.error.code, 'capacity_below_registrations');
    assert.equal((await organiser.get(`/api/trainings/${training.id}`).expect(200)).body.data.capacity, 2);
    const larger = await organiser.patch(`/api/trainings/${training.id}`, { rev: current.rev, changes: { sessions: [{ ...sessionAt(30, 2, 3), id: current.sessions[0].id }] } }).expect(200);
    assert.equal(larger.body.data.seatsTaken, 3);
    assert.equal((await people[2]!.get(`/api/trainings/${training.id}/registration`).expect(200)).body.data.state, 'registered');
    const stale = await organiser.patch(`/api/trainings/${training.id}`, { rev: current.rev, changes: { provider: 'X' } }).expect(409);
    assert.equal(stale.body.error.code, 'stale_revision');
  });

  it('asks the organiser\'s questions: required ones must be answered, unknown ones are refused', async () => {
    const training = await publishedTraining(organiser, 'Vprašanja', { registrationQuestions: [{ key: 'school', label: 'Vaša šola', required: true }] });
    const person = await member();
    const missing = await person.post(`/api/trainings/${training.id}/registration`, {}).expect(400);
    assert.equal(missing.body.error.code, 'answer_required');
    const unknown = await person.post(`/api/trainings/${training.id}/registration`, { answers: { school: 'OŠ', shoe: '42' } }).expect(400);
    assert.equal(unknown.body.error.code, 'unknown_question');
    const ok = await person.post(`/api/trainings/${training.id}/registration`, { answers: { school: 'OŠ Bežigrad' } }).expect(201);
    assert.equal(ok.body.data.answers.school, 'OŠ Bežigrad');
    await anonymous.post(`/api/trainings/${training.id}/registration`, {}).expect(401);
  });

  it('never overbooks: 30 people registering at once for the last 3 seats get exactly 3 seats', async () => {
    const training = await publishedTraining(organiser, 'Zadnji sedeži', { sessions: [sessionAt(40, 2, 5)] });
    const early = [await member(), await member()];
    for (const person of early) await person.post(`/api/trainings/${training.id}/registration`, {}).expect(201);
    const crowd = await Promise.all(Array.from({ length: 30 }, () => member()));
    const answers = await Promise.all(crowd.map((person) => person.post(`/api/trainings/${training.id}/registration`, {})));
    assert.ok(answers.every((answer) => answer.status === 201), JSON.stringify(answers.map((a) => a.status)));
    const states = answers.map((answer) => answer.body.data.state as string);
    assert.equal(states.filter((s) => s === 'registered').length, 3);
    assert.equal(states.filter((s) => s === 'waiting').length, 27);
    const stored = (await anonymous.get(`/api/trainings/${training.id}`).expect(200)).body.data;
    assert.equal(stored.seatsTaken, 5);
    const list = (await organiser.get(`/api/trainings/${training.id}/registrations`).expect(200)).body.data as Array<{ state: string }>;
    assert.equal(list.filter((r) => r.state === 'registered').length, 5);
    const cancelling = crowd.filter((_, i) => states[i] === 'registered');
    await Promise.all(cancelling.map((person) => person.delete(`/api/trainings/${training.id}/registration`).expect(200)));
    const refilled = (await organiser.get(`/api/trainings/${training.id}/registrations`).expect(200)).body.data as Array<{ state: string }>;
    assert.equal(refilled.filter((r) => r.state === 'registered').length, 5);
    assert.equal((await anonymous.get(`/api/trainings/${training.id}`).expect(200)).body.data.seatsTaken, 5);
  });
});
