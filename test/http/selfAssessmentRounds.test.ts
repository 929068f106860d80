// A school's rounds through HTTP: staff answer, the organisation admin sees "not enough answers" below five and the
// aggregate from five on (the per-role split only when every role that answered reached five), closing a round,
// comparing two rounds, plan actions from recommended practices, and the programme view with its CSV. Nobody but the
// respondent reads a respondent's answers.
import { strict as assert } from 'node:assert';
import { parseCsv } from '../../server/content/csv.js';
import { syncAllPending } from '../../server/search/syncPending.js';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { publishShippedInstruments, takeAndSubmit, type AttemptBody, type InstrumentBody } from '../support/selfAssessment.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

interface Picture {
  invited: number;
  overall: { respondents: number; shown: boolean; dimensions: { dimension: string; mean: number | null; distribution: number[] | null }[] };
  byRole: { role: string; respondents: number }[] | null;
}

/** The mean per dimension worked out from the respondents' own results, to one decimal. */
function expectedMeans(attempts: readonly AttemptBody[], dimensions: readonly string[]): number[] {
  return dimensions.map((dimension) => {
    const levels = attempts.flatMap((attempt) => attempt.scores.filter((score) => score.dimension === dimension).map((score) => score.level));
    return Math.round((levels.reduce((sum, level) => sum + level, 0) / levels.length) * 10) / 10;
  });
}

describe('self-assessment rounds', () => {
  let t: TestApp;
  let w: PlanWorld;
  let school: InstrumentBody;
  let staff: TestClient[];
  let passwords: string[];
  let roundId: string;
  const attemptIds: string[] = [];
  const submitted = new Map<string, AttemptBody[]>();

  const join = async (client: TestClient, userId: string) => {
    await client.post(`/api/organisations/${w.organisationId}/members/requests`).expect(202);
    await w.editor.post(`/api/organisations/${w.organisationId}/members/${userId}/approve`).expect(200);
  };
  const answer = async (client: TestClient, role: string, level: number) => {
    const attempt = await takeAndSubmit(client, { roundId, role }, school, (index) => level + (index % 2), role);
    attemptIds.push(attempt.id);
    submitted.set(roundId, [...(submitted.get(roundId) ?? []), attempt]);
  };
  const view = async (id = roundId) => (await w.editor.get(`/api/self-assessment-rounds/${id}`).expect(200)).body.data as Picture;

  before(async () => {
    t = await startTestApp();
    w = await planWorld(t, 'OŠ Test');
    ({ school } = await publishShippedInstruments(t));
    staff = [];
    passwords = [];
    for (let i = 0; i < 6; i += 1) {
      const { client, user } = await clientWithRoles(t, ['member']);
      await join(client, user.id);
      staff.push(client);
      passwords.push(user.password);
    }
  });
  after(async () => t.close());

  it('opens a round for the school’s admins only and asks the active members', async () => {
    assert.equal((await staff[0]!.post(`/api/organisations/${w.organisationId}/self-assessment-rounds`, { instrument: 'school-selfie', title: 'Round 1' }).expect(403)).body.error.code, 'forbidden');
    roundId = (await w.editor.post(`/api/organisations/${w.organisationId}/self-assessment-rounds`, { instrument: 'school-selfie', title: 'Round 1' }).expect(201)).body.data.id;
    const outsider = (await clientWithRoles(t, ['member'])).client;
    await outsider.post('/api/self-assessments/attempts', { roundId, role: 'teacher' }).expect(404);
    assert.equal((await staff[0]!.post('/api/self-assessments/attempts', { roundId }).expect(400)).body.error.code, 'role_required');
    await staff[0]!.get(`/api/self-assessment-rounds/${roundId}`).expect(403);
    const page = await staff[0]!.get('/self-assessment?lang=en').expect(200);
    assert.match(page.text, /Asked by your school/);
    assert.match(page.text, /Round 1/);
  });

  it('shows “not enough answers” below five and the aggregate from five, never one person’s answers', async () => {
    for (const client of staff.slice(0, 4)) await answer(client, 'teacher', 2);
    let picture = await view();
    assert.equal(picture.overall.respondents, 4);
    assert.equal(picture.overall.shown, false);
    assert.ok(picture.overall.dimensions.every((d) => d.mean === null && d.distribution === null));
    const belowPage = await w.editor.get(`/self-assessment/rounds/${roundId}?lang=en`).expect(200);
    assert.match(belowPage.text, /Not enough answers yet/);
    assert.doesNotMatch(belowPage.text, /<svg role="img"/);

    await answer(staff[4]!, 'teacher', 3);
    picture = await view();
    assert.equal(picture.overall.shown, true);
    assert.equal(picture.overall.dimensions.length, 8);
    assert.ok(picture.overall.dimensions.every((d) => typeof d.mean === 'number'));
    assert.deepEqual(picture.byRole?.map((r) => [r.role, r.respondents]), [['leader', 0], ['teacher', 5]]);
    assert.deepEqual(picture.overall.dimensions.map((d) => d.mean), expectedMeans(submitted.get(roundId) ?? [], picture.overall.dimensions.map((d) => d.dimension)));
    const shownPage = await w.editor.get(`/self-assessment/rounds/${roundId}?lang=en`).expect(200);
    assert.match(shownPage.text, /<svg role="img"/);

    await answer(staff[5]!, 'leader', 4);
    picture = await view();
    assert.equal(picture.overall.respondents, 6);
    assert.equal(picture.byRole, null, 'one leader could be worked out from the split');
    assert.equal((await staff[0]!.post('/api/self-assessments/attempts', { roundId, role: 'teacher' }).expect(409)).body.error.code, 'attempt_submitted');
    for (const reader of [w.editor, w.advisor, (await clientWithRoles(t, ['admin'])).client]) {
      for (const id of attemptIds) {
        await reader.get(`/api/self-assessments/attempts/${id}`).expect(404);
        await reader.get(`/api/self-assessments/results/${id}`).expect(404);
        await reader.get(`/self-assessment/results/${id}`).expect(404);
      }
    }
    assert.doesNotMatch(JSON.stringify(await view()), /optionId|itemId|userId/);
  });

  it('closes a round, refuses answers to it, and compares two rounds of the same school', async () => {
    const late = (await clientWithRoles(t, ['member']));
    await join(late.client, late.user.id);
    const open = (await late.client.post('/api/self-assessments/attempts', { roundId, role: 'teacher' }).expect(201)).body.data as { id: string };
    await w.editor.post(`/api/self-assessment-rounds/${roundId}/close`).expect(200);
    assert.equal((await w.editor.post(`/api/self-assessment-rounds/${roundId}/close`).expect(409)).body.error.code, 'round_closed');
    assert.equal((await late.client.put(`/api/self-assessments/attempts/${open.id}/answers`, { answers: [{ itemId: 'collab-talk', optionId: 'a1' }] }).expect(409)).body.error.code, 'round_closed');
    assert.equal((await late.client.post(`/api/self-assessments/attempts/${open.id}/submit`).expect(409)).body.error.code, 'round_closed');
    assert.equal((await staff[1]!.post('/api/self-assessments/attempts', { roundId, role: 'teacher' }).expect(409)).body.error.code, 'round_closed');

    const second = (await w.editor.post(`/api/organisations/${w.organisationId}/self-assessment-rounds`, { instrument: 'school-selfie', title: 'Round 2' }).expect(201)).body.data.id as string;
    const previousRound = roundId;
    roundId = second;
    for (const client of staff.slice(0, 5)) await answer(client, 'teacher', 4);
    const compared = (await w.editor.get(`/api/self-assessment-rounds/${second}/compare?with=${previousRound}`).expect(200)).body.data as { changes: { dimension: string; change: number | null }[] };
    assert.equal(compared.changes.length, 8);
    assert.ok(compared.changes.every((c) => typeof c.change === 'number' && c.change > 0));
    const page = await w.editor.get(`/self-assessment/rounds/${second}?compare=${previousRound}&lang=en`).expect(200);
    assert.match(page.text, /Round 1/);
    const other = await planWorld(t, 'OŠ Druga');
    const foreign = (await other.editor.post(`/api/organisations/${other.organisationId}/self-assessment-rounds`, { instrument: 'school-selfie', title: 'Elsewhere' }).expect(201)).body.data.id as string;
    await w.editor.get(`/api/self-assessment-rounds/${second}/compare?with=${foreign}`).expect(404);
    const educatorRound = (await w.editor.post(`/api/organisations/${w.organisationId}/self-assessment-rounds`, { instrument: 'educator-digcompedu', title: 'Teachers' }).expect(201)).body.data.id as string;
    assert.equal((await w.editor.get(`/api/self-assessment-rounds/${second}/compare?with=${educatorRound}`).expect(400)).body.error.code, 'rounds_not_comparable');
  });

  it('turns recommended practices into actions of the school’s plan, each linked to its practice', async () => {
    const actors = await contentActors(t.ctx);
    const weakest = [...(await view()).overall.dimensions].sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0))[0]!.dimension;
    const practice = await publishedPractice(t.ctx, actors, practiceInput('Šolska strategija z vodstvom', { selfieAreas: [weakest] }));
    await syncAllPending(t.ctx);
    const recommended = (await w.editor.get(`/api/self-assessment-rounds/${roundId}/recommendations`).expect(200)).body.data as { dimension: string; items: { id: string }[] }[];
    assert.ok(recommended.some((g) => g.items.some((i) => i.id === String(practice._id))));
    const plan = (await w.editor.post('/api/plans', { organisationId: w.organisationId, kind: 'school-strategy', title: { sl: 'Digitalna strategija' }, periodStart: '2026-01-01', periodEnd: '2028-12-31' }).expect(201)).body.data as { id: string; rev: number };
    const withGoal = (await w.editor.post(`/api/plans/${plan.id}/goals`, { rev: plan.rev, title: { sl: 'Vodenje' } }).expect(201)).body.data as { rev: number; goals: { id: string }[] };
    const body = { planId: plan.id, goalId: withGoal.goals[0]!.id, rev: withGoal.rev, actions: [{ practiceId: String(practice._id), dimension: weakest }] };
    assert.equal((await w.editor.post(`/api/self-assessment-rounds/${roundId}/plan-actions`, { ...body, actions: [{ practiceId: '0123456789abcdef01234567', dimension: 'leadership' }] }).expect(400)).body.error.code, 'unknown_practice');
    await staff[0]!.post(`/api/self-assessment-rounds/${roundId}/plan-actions`, body).expect(403);
    const updated = (await w.editor.post(`/api/self-assessment-rounds/${roundId}/plan-actions?lang=en`, body).expect(201)).body.data as { actions: { description: string; inspiredByPracticeIds: string[] }[] };
    assert.equal(updated.actions.length, 1);
    assert.deepEqual(updated.actions[0]!.inspiredByPracticeIds, [String(practice._id)]);
    assert.match(updated.actions[0]!.description, /^Try out the practice “Šolska strategija z vodstvom \(EN\)” \(.+\)$/);

    const page = await w.editor.get(`/self-assessment/rounds/${roundId}?lang=sl`).expect(200);
    assert.match(page.text, /<h2 id="sa-plan-actions">Dodaj v načrt šole<\/h2>/);
    const value = `${String(practice._id)}|${weakest}`;
    assert.ok(page.text.includes(`value="${value}"`), 'the recommended practice can be ticked');
    const target = /<option value="([0-9a-f]{24}:[0-9a-f]{24}:\d+)">Vodenje<\/option>/.exec(page.text)?.[1];
    assert.ok(target, 'the plan’s goal is offered');
    const form = (fields: [string, string][]) => w.editor.post(`/self-assessment/rounds/${roundId}/plan-actions`).type('form').send(new URLSearchParams([['_csrf', w.editor.csrfToken], ...fields]).toString());
    assert.equal((await form([['target', target]]).expect(400)).status, 400);
    const posted = await form([['target', target], ['practice', value]]).expect(303);
    assert.match(posted.headers.location as string, /^\/plans\//);
    const saved = (await w.editor.get(`/api/plans/${plan.id}`).expect(200)).body.data as { actions: { inspiredByPracticeIds: string[] }[] };
    assert.equal(saved.actions.length, 2);
    assert.ok(saved.actions.every((action) => action.inspiredByPracticeIds[0] === String(practice._id)));
  });

  it('gives the programme’s advisors the anonymised distribution across its schools, as charts and CSV', async () => {
    const response = await w.advisor.get(`/api/programmes/${w.programmeId}/self-assessment`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const data = response.body.data as { schoolsInCohort: number; schoolsAnswering: number; overall: Picture['overall'] };
    assert.equal(data.schoolsInCohort, 1);
    assert.equal(data.schoolsAnswering, 1);
    assert.equal(data.overall.respondents, 5);
    assert.ok(data.overall.dimensions.every((d) => d.distribution !== null && d.distribution.reduce((a, b) => a + b, 0) === 5));
    await staff[0]!.get(`/api/programmes/${w.programmeId}/self-assessment`).expect(403);
    const csv = await w.advisor.get(`/api/programmes/${w.programmeId}/self-assessment.csv?lang=en`).expect(200);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    const rows = parseCsv(csv.text);
    assert.deepEqual(rows[0], ['dimension', 'name', 'respondents', 'mean', 'level 1', 'level 2', 'level 3', 'level 4', 'level 5']);
    assert.equal(rows.length, 9);
    assert.equal(rows[1]![1], 'Leadership');
    const page = await w.advisor.get(`/programmes/${w.programmeId}/self-assessment?lang=sl`).expect(200);
    assert.match(page.text, /<svg role="img"/);
    assert.match(page.text, /Vodenje/);
  });

  it('takes a deleted account’s answers out of the aggregate, back below the threshold', async () => {
    const before = await view();
    assert.equal(before.overall.respondents, 5);
    await staff[0]!.post('/api/me/delete', { currentPassword: passwords[0], content: 'keep' }).expect(204);
    const after = await view();
    assert.equal(after.overall.respondents, 4);
    assert.equal(after.overall.shown, false);
    assert.ok(after.overall.dimensions.every((d) => d.mean === null));
    const data = (await w.advisor.get(`/api/programmes/${w.programmeId}/self-assessment`).expect(200)).body.data as { overall: Picture['overall'] };
    assert.equal(data.overall.respondents, 4);
  });
});
