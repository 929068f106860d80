// The plan editor without JavaScript: start a plan from a template by form, add a goal, an action linked to the
// practice that inspired it, an indicator and a value, import values from CSV (a bad file names its lines and
// writes nothing), adopt the plan, see a stale form refused, and move goals and actions among their siblings.
import { strict as assert } from 'node:assert';
import type { Plan } from '../../server/models/plan.js';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';

const form = (client: TestClient, path: string, fields: Record<string, string> = {}) => client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

describe('plan editor pages', () => {
  let t: TestApp;
  let w: PlanWorld;
  let organisationSlug: string;
  let templateId: string;

  before(async () => {
    t = await startTestApp();
    w = await planWorld(t, 'Gmina Edytor');
    organisationSlug = (await w.editor.get(`/api/organisations/${w.organisationId}`).expect(200)).body.data.slug;
    templateId = (await w.organiser.post('/api/plan-templates', {
      programmeId: w.programmeId, name: { pl: 'Szablon planu JST' },
      goals: [{ title: { pl: 'Kompetencje cyfrowe nauczycieli' }, actions: ['Szkolenia dla nauczycieli'], indicators: [{ name: { pl: 'Odsetek przeszkolonych nauczycieli' }, unit: '%' }] }],
    }).expect(201)).body.data.id;
  });
  after(async () => t.close());

  const stored = async (slug: string) => (await t.ctx.models.Plan.findOne({ slug }).lean<Plan>())!;

  it('starts a plan from a template and edits it item by item, linking the practice that inspired an action', async () => {
    const newPage = await w.editor.get(`/plans/new?organisation=${organisationSlug}&lang=pl`).expect(200);
    assert.match(newPage.text, /Szablon planu JST/);
    assert.match(newPage.text, /Cyfrowy rozwój oświaty w JST/);
    const reversed = await form(w.editor, `/plans/new?organisation=${organisationSlug}`, { organisationId: w.organisationId, kind: 'local-plan', language: 'pl', title: 'Plan', periodStart: '2026-01-01', periodEnd: '2025-01-01', programmeId: w.programmeId }).expect(400);
    assert.match(reversed.text, /error-summary/);
    const created = await form(w.editor, `/plans/new?organisation=${organisationSlug}`, {
      organisationId: w.organisationId, kind: 'local-plan', language: 'pl', title: 'Lokalny plan cyfryzacji edukacji', vision: 'Każda szkoła gminy korzysta z technologii mądrze.',
      periodStart: '2025-01-01', periodEnd: '2027-12-31', programmeId: w.programmeId, templateId, reportEveryMonths: '6',
    }).expect(303);
    const slug = /\/plans\/([^/]+)\/edit/.exec(created.headers.location!)![1]!;
    let plan = await stored(slug);
    assert.equal(plan.goals.length, 1);
    assert.equal(String(plan.programmeId), w.programmeId);
    const editor = await w.editor.get(`/plans/${slug}/edit?lang=pl`).expect(200);
    assert.match(editor.text, /Przyjmij plan/);
    assert.match(editor.text, /Kompetencje cyfrowe nauczycieli/);

    const actors = await contentActors(t.ctx);
    const practice = await publishedPractice(t.ctx, actors, practiceInput('Szkolenia kaskadowe w gminie'));
    const goalId = String(plan.goals[0]!._id);
    const unknown = await form(w.editor, `/plans/${slug}/edit/actions`, { rev: String(plan.rev), goalId, description: 'Sieć liderów', inspiredBy: '/practices/nie-ma-takiej' }).expect(400);
    assert.match(unknown.text, /nie-ma-takiej/);
    await form(w.editor, `/plans/${slug}/edit/actions`, { rev: String(plan.rev), goalId, description: 'Sieć liderów cyfrowych', owner: 'Wydział oświaty', due: '2026-06-30', budget: '15000,50', inspiredBy: `https://praxis.example/practices/${practice.slug}` }).expect(303);
    plan = await stored(slug);
    const leaders = plan.actions.find((a) => a.description === 'Sieć liderów cyfrowych')!;
    assert.deepEqual(leaders.inspiredByPracticeIds.map(String), [String(practice._id)]);
    assert.equal(leaders.budget, 15000.5);
    await form(w.editor, `/plans/${slug}/edit/goals?text=pl`, { rev: String(plan.rev), language: 'pl', title: 'Bezpieczeństwo w sieci', parentId: goalId }).expect(303);
    plan = await stored(slug);
    assert.equal(plan.goals.length, 2);
    const indicatorId = String(plan.indicators[0]!._id);
    await form(w.editor, `/plans/${slug}/edit/indicators/${indicatorId}?text=pl`, { rev: String(plan.rev), language: 'pl', goalId, name: 'Odsetek przeszkolonych nauczycieli', unit: '%', baselineValue: '12', baselineDate: '2025-01-01', targetValue: '80', targetDate: '2027-06-30' }).expect(303);
    plan = await stored(slug);
    await form(w.editor, `/plans/${slug}/edit/measurements`, { rev: String(plan.rev), indicatorId, date: '2025-06-30', value: '31,5', source: 'SIO' }).expect(303);
    plan = await stored(slug);
    assert.equal(plan.indicators[0]!.latestValue, 31.5);
    assert.equal(plan.indicators[0]!.baselineValue, 12);

    const badCsv = await form(w.editor, `/plans/${slug}/edit/import?lang=pl`, { rev: String(plan.rev), csv: `indicatorId,date,value\n${indicatorId},2025-12-31,many\n${indicatorId},2026-13-01,4` }).expect(400);
    assert.match(badCsv.text, /Wiersz 2/);
    assert.match(badCsv.text, /Wiersz 3/);
    assert.equal((await stored(slug)).rev, plan.rev, 'a bad file writes nothing');
    await form(w.editor, `/plans/${slug}/edit/import`, { rev: String(plan.rev), csv: `indicatorId,date,value,source\n${indicatorId},2025-12-31,44,SIO\n${indicatorId},2026-06-30,52,SIO` }).expect(303);
    plan = await stored(slug);
    assert.deepEqual(plan.indicators[0]!.measurements.map((m) => m.value), [31.5, 44, 52]);

    const stale = await form(w.editor, `/plans/${slug}/edit/details?text=pl`, { rev: String(plan.rev - 1), language: 'pl', title: 'Stary tytuł', periodStart: '2025-01-01', periodEnd: '2027-12-31', visibility: 'public', reportEveryMonths: '6' }).expect(409);
    assert.match(stale.text, /error-summary/);
    await form(w.editor, `/plans/${slug}/edit/status`, { rev: String(plan.rev), status: 'adopted' }).expect(303);
    plan = await stored(slug);
    assert.equal(plan.status, 'adopted');
    await form(w.editor, `/plans/${slug}/edit/details?text=pl`, { rev: String(plan.rev), language: 'pl', title: 'Lokalny plan cyfryzacji edukacji 2025–2027', vision: '', periodStart: '2025-01-01', periodEnd: '2027-12-31', visibility: 'public', reportEveryMonths: '6' }).expect(303);
    const page = await t.client().get(`/plans/${slug}?lang=pl`).expect(200);
    assert.match(page.text, /Lokalny plan cyfryzacji edukacji 2025–2027/);
    assert.match(page.text, new RegExp(`href="/practices/${practice.slug}"`));
    const practicePage = await t.client().get(`/practices/${practice.slug}?lang=pl`).expect(200);
    assert.match(practicePage.text, /Lokalny plan cyfryzacji edukacji 2025–2027/, 'the practice page says which plans adopted it');
  });

  it('moves goals and actions up and down among their siblings, by button and through the API', async () => {
    const created = (await w.editor.post('/api/plans', { organisationId: w.organisationId, kind: 'local-plan', title: { pl: 'Plan kolejności' }, periodStart: '2025-01-01', periodEnd: '2027-12-31' }).expect(201)).body.data as { id: string; slug: string; rev: number };
    const add = async (title: string, parentId: string | null = null) => {
      const plan = await stored(created.slug);
      await w.editor.post(`/api/plans/${created.id}/goals`, { rev: plan.rev, title: { pl: title }, parentId }).expect(201);
      return String((await stored(created.slug)).goals.at(-1)!._id);
    };
    const first = await add('Cel A');
    const second = await add('Cel B');
    const child = await add('Cel A.1', first);
    const third = await add('Cel C');
    const titles = async () => (await stored(created.slug)).goals.map((goal) => goal.title.pl);

    const editor = await w.editor.get(`/plans/${created.slug}/edit?lang=pl`).expect(200);
    assert.match(editor.text, /aria-label="Przesuń w górę: „Cel A”" disabled/, 'the first goal cannot move up');
    assert.match(editor.text, /aria-label="Przesuń w dół: „Cel C”" disabled/);
    assert.doesNotMatch(editor.text, /Przesuń w (górę|dół): „Cel A\.1”/, 'an only child has no move buttons');
    assert.ok(editor.text.indexOf(`id="goal-${child}-entry"`) < editor.text.indexOf(`id="goal-${second}-entry"`), 'a sub-goal is listed under its goal');

    let plan = await stored(created.slug);
    const swapped = await form(w.editor, `/plans/${created.slug}/edit/goals/${third}/move`, { rev: String(plan.rev), direction: 'up' }).expect(303);
    assert.match(String(swapped.headers.location), new RegExp(`#goal-${third}-entry$`), 'back at the moved item, its details still folded');
    assert.deepEqual(await titles(), ['Cel A', 'Cel C', 'Cel A.1', 'Cel B'], 'C swapped with B, its sibling above; the sub-goal is not a sibling');
    plan = await stored(created.slug);
    const edge = await form(w.editor, `/plans/${created.slug}/edit/goals/${first}/move?lang=pl`, { rev: String(plan.rev), direction: 'up' }).expect(409);
    assert.match(edge.text, /już pierwszy/);
    await w.editor.post(`/api/plans/${created.id}/goals/${child}/move`, { rev: plan.rev, direction: 'down' }).expect(409).expect((res) => assert.equal(res.body.error.code, 'item_at_edge'));
    await w.editor.post(`/api/plans/${created.id}/goals/${first}/move`, { rev: plan.rev, direction: 'sideways' }).expect(400);
    await w.editor.post(`/api/plans/${created.id}/goals/${first}/move`, { rev: plan.rev - 1, direction: 'down' }).expect(409).expect((res) => assert.equal(res.body.error.code, 'stale_revision'));
    await w.advisor.post(`/api/plans/${created.id}/goals/${first}/move`, { rev: plan.rev, direction: 'down' }).expect(404);
    assert.equal((await stored(created.slug)).rev, plan.rev, 'refused moves write nothing');
    const moved = await w.editor.post(`/api/plans/${created.id}/goals/${first}/move`, { rev: plan.rev, direction: 'down' }).expect(200);
    assert.deepEqual(moved.body.data.goals.map((goal: { id: string }) => goal.id), [third, first, child, second]);
    const history = (await w.editor.get(`/api/plans/${created.id}/history`).expect(200)).body.data as { changedFields: string[] }[];
    assert.ok(history.some((revision) => revision.changedFields.includes('goals')), 'a move is a revision of the goals');

    plan = await stored(created.slug);
    for (const description of ['Działanie 1', 'Działanie 2']) {
      await w.editor.post(`/api/plans/${created.id}/actions`, { rev: plan.rev, goalId: second, description }).expect(201);
      plan = await stored(created.slug);
    }
    const secondAction = String(plan.actions[1]!._id);
    await w.editor.post(`/api/plans/${created.id}/actions/${secondAction}/move`, { rev: plan.rev, direction: 'up' }).expect(200);
    assert.deepEqual((await stored(created.slug)).actions.map((action) => action.description), ['Działanie 2', 'Działanie 1']);
  });

  it('shows the editor only to the organisation’s plan editors', async () => {
    const plan = (await w.editor.post('/api/plans', { organisationId: w.organisationId, kind: 'local-plan', title: { pl: 'Prywatny' }, periodStart: '2025-01-01', periodEnd: '2026-01-01' }).expect(201)).body.data as { slug: string };
    await w.advisor.get(`/plans/${plan.slug}/edit`).expect(404);
    await t.client().get(`/plans/new?organisation=${organisationSlug}`).expect(303);
    await w.advisor.get(`/plans/new?organisation=${organisationSlug}`).expect(403);
  });
});
