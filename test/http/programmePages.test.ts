// The public programme page through HTTP: its key figures are counted from the data (trainings held, participations,
// distinct participants, organisations reached, practices published under its name, public plans), small counts are
// suppressed for the public but shown to the programme's advisor, and the page lists upcoming trainings; unknown
// programmes are a 404 page.
import { strict as assert } from 'node:assert';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { publishedTraining, sessionAt, type TrainingBody } from '../support/trainings.js';
import { clientWithRoles } from '../support/users.js';

const hour = 3_600_000;
const runningNow = () => ({ title: 'Now', startsAt: new Date(Date.now() - hour).toISOString(), endsAt: new Date(Date.now() + 2 * hour).toISOString(), timeZone: 'Europe/Warsaw', capacity: 30 });

/** The figure under a term of the page's key-figure list. */
function figure(text: string, term: string): string | undefined {
  const match = new RegExp(`<dt>${term}</dt><dd>([^<]*)</dd>`).exec(text);
  return match?.[1];
}

describe('programme pages', () => {
  let t: TestApp;
  let w: PlanWorld;
  let slug: string;
  let held: TrainingBody;
  let upcoming: TrainingBody;
  let organiser: TestClient;

  before(async () => {
    t = await startTestApp();
    w = await planWorld(t);
    const programme = (await w.organiser.get(`/api/programmes/${w.programmeId}`).expect(200)).body.data;
    slug = programme.slug;
    await w.organiser.patch(`/api/programmes/${w.programmeId}`, { rev: programme.rev, description: { pl: 'Szkolenia i doradztwo dla samorządów.' }, goals: [{ pl: 'Każda gmina ma plan cyfryzacji.' }], funding: 'FERS 2021–2027' }).expect(200);
    organiser = w.organiser;
    held = await publishedTraining(organiser, 'Cyberbezpieczeństwo w urzędzie', { programmeId: w.programmeId, language: 'pl', sessions: [runningNow()] });
    upcoming = await publishedTraining(organiser, 'Dostępność cyfrowa', { programmeId: w.programmeId, language: 'pl', sessions: [sessionAt(20)] });
    await publishedTraining(organiser, 'Outside the programme', { sessions: [runningNow()] });
    const people = await Promise.all(Array.from({ length: 6 }, () => clientWithRoles(t, ['member'])));
    const editorOrg = w.organisationId;
    await w.editor.post(`/api/organisations/${editorOrg}/members/invitations`, { userId: people[0]!.user.id }).expect(201);
    await people[0]!.client.post(`/api/organisations/${editorOrg}/members/accept`).expect(200);
    for (const person of people) await person.client.post(`/api/trainings/${held.id}/registration`, {}).expect(201);
    await organiser.put(`/api/trainings/${held.id}/sessions/${held.sessions[0]!.id}/attendance`, { present: people.map((p) => p.user.id) }).expect(200);
    const publicPlan = async (title: string) => {
      const created = (await w.editor.post('/api/plans', { organisationId: w.organisationId, programmeId: w.programmeId, kind: 'local-plan', title: { pl: title }, periodStart: '2025-01-01', periodEnd: '2027-12-31' }).expect(201)).body.data;
      return (await w.editor.patch(`/api/plans/${created.id}`, { rev: created.rev, visibility: 'public' }).expect(200)).body.data;
    };
    const adopted = await publicPlan('Plan cyfryzacji');
    await w.editor.post(`/api/plans/${adopted.id}/status`, { rev: adopted.rev, status: 'adopted' }).expect(200);
    await publicPlan('Szkic');
    const actors = await contentActors(t.ctx);
    await publishedPractice(t.ctx, actors, practiceInput('Gminne szkolenia', { programme: 'Cyfrowy rozwój oświaty w JST (edycja 2025)' }));
    await publishedPractice(t.ctx, actors, practiceInput('Inna praktyka'));
  });
  after(async () => t.close());

  it('shows the key figures counted from the data, in the reader language', async () => {
    const page = await t.client().get(`/programmes/${slug}?lang=pl`).expect(200);
    assert.match(page.text, /<h1 id="programme-title" lang="pl">Cyfrowy rozwój oświaty w JST<\/h1>/);
    assert.equal(figure(page.text, 'Przeprowadzone szkolenia'), '1');
    assert.equal(figure(page.text, 'Udziały'), '6');
    assert.equal(figure(page.text, 'Różni uczestnicy'), '6');
    assert.equal(figure(page.text, 'Objęte organizacje'), '1');
    assert.equal(figure(page.text, 'Opublikowane praktyki'), '1');
    assert.equal(figure(page.text, 'Opublikowane plany'), '1');
    assert.match(page.text, /Każda gmina ma plan cyfryzacji\./);
    assert.match(page.text, /FERS 2021–2027/);
    assert.ok(page.text.includes(`/trainings/${upcoming.slug}`), 'the upcoming training is listed');
    assert.ok(!page.text.includes('Outside the programme'));
    assert.match(page.text, /<svg[^>]*role="img"/);
    assert.ok(page.text.includes(`/statistics/trainings?programme=${slug}`));
  });

  it('suppresses counts under 5 people for the public, not for the advisor', async () => {
    const other = await planWorld(t, 'Gmina Mała');
    const small = await publishedTraining(other.organiser, 'Mały kurs', { programmeId: other.programmeId, language: 'pl', sessions: [runningNow()] });
    const person = await clientWithRoles(t, ['member']);
    await person.client.post(`/api/trainings/${small.id}/registration`, {}).expect(201);
    await other.organiser.put(`/api/trainings/${small.id}/sessions/${small.sessions[0]!.id}/attendance`, { present: [person.user.id] }).expect(200);
    const otherSlug = (await other.organiser.get(`/api/programmes/${other.programmeId}`).expect(200)).body.data.slug;
    const publicPage = await t.client().get(`/programmes/${otherSlug}?lang=en`).expect(200);
    assert.equal(figure(publicPage.text, 'Participations'), 'fewer than 5');
    const advisorPage = await other.advisor.get(`/programmes/${otherSlug}?lang=en`).expect(200);
    assert.equal(figure(advisorPage.text, 'Participations'), '1');
    assert.ok(advisorPage.text.includes(`/programmes/${otherSlug}/dashboard`), 'the advisor is offered the plan dashboard');
    assert.ok(!publicPage.text.includes(`/programmes/${otherSlug}/dashboard`));
  });

  it('lists programmes and answers an unknown one with a 404 page', async () => {
    const list = await t.client().get('/programmes?lang=sl').expect(200);
    assert.match(list.text, /<h1>Programi<\/h1>/);
    assert.ok(list.text.includes(`href="/programmes/${slug}"`));
    const missing = await t.client().get('/programmes/no-such-programme?lang=sl').expect(404);
    assert.match(missing.text, /<html lang="sl"/);
  });
});
