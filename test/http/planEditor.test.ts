// The plan editor without JavaScript: start a plan from a template by form, add a goal, an action linked to the
// practice that inspired it, an indicator and a value, import values from CSV (a bad file names its lines and
// writes nothing), adopt the plan, and see a stale form refused.
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

  it('shows the editor only to the organisation’s plan editors', async () => {
    const plan = (await w.editor.post('/api/plans', { organisationId: w.organisationId, kind: 'local-plan', title: { pl: 'Prywatny' }, periodStart: '2025-01-01', periodEnd: '2026-01-01' }).expect(201)).body.data as { slug: string };
    await w.advisor.get(`/plans/${plan.slug}/edit`).expect(404);
    await t.client().get(`/plans/new?organisation=${organisationSlug}`).expect(303);
    await w.advisor.get(`/plans/new?organisation=${organisationSlug}`).expect(403);
  });
});
