// Plans through HTTP: the editor journey (from a template, goals, actions, indicators, adopt, two reports, advisor
// feedback, history), bad input that writes nothing, visibility of every state to every role, the dashboard and
// the CSV round trip.
import { strict as assert } from 'node:assert';
import { parseCsv } from '../../server/content/csv.js';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { clientWithRoles } from '../support/users.js';

interface PlanBody {
  id: string;
  slug: string;
  rev: number;
  status: string;
  goals: { id: string }[];
  actions: { id: string; status: string }[];
  indicators: { id: string; measurements: { date: string; value: number }[] }[];
  reportDueAt: string | null;
}

describe('plans', () => {
  let t: TestApp;
  let w: PlanWorld;
  let templateId: string;
  before(async () => {
    t = await startTestApp();
    w = await planWorld(t);
    const template = await w.organiser
      .post('/api/plan-templates', {
        programmeId: w.programmeId,
        name: { pl: 'Lokalny plan cyfryzacji edukacji', en: 'Local plan for digital education' },
        goals: [{ title: { en: 'Teachers use digital tools' }, actions: ['Train every teacher'], indicators: [{ name: { en: 'Share of teachers trained' }, unit: '%' }] }],
      })
      .expect(201);
    templateId = template.body.data.id;
  });
  after(async () => t.close());

  const create = async (fields: Record<string, unknown> = {}) =>
    (await w.editor.post('/api/plans', { organisationId: w.organisationId, programmeId: w.programmeId, kind: 'local-plan', title: { pl: 'Plan cyfryzacji' }, periodStart: '2025-01-01', periodEnd: '2027-12-31', ...fields }).expect(201)).body.data as PlanBody;

  it('runs the editor journey: template, goals, actions, indicators, adopt, two reports, feedback, history', async () => {
    let plan = await create({ templateId });
    assert.equal(plan.goals.length, 1);
    assert.equal(plan.actions.length, 1);
    assert.equal(plan.indicators.length, 1);
    const goalId = plan.goals[0]!.id;
    plan = (await w.editor.post(`/api/plans/${plan.id}/goals`, { rev: plan.rev, title: { en: 'Sub-goal: safe internet' }, parentId: goalId }).expect(201)).body.data;
    plan = (await w.editor.post(`/api/plans/${plan.id}/actions`, { rev: plan.rev, goalId, description: 'Buy 30 laptops', owner: 'IT office', start: '2025-02-01', due: '2025-06-30', budget: '12000,50', fundingSource: 'KPO' }).expect(201)).body.data;
    const indicatorId = plan.indicators[0]!.id;
    plan = (await w.editor.put(`/api/plans/${plan.id}/indicators/${indicatorId}`, { rev: plan.rev, goalId, name: { en: 'Share of teachers trained' }, unit: '%', baselineValue: 10, baselineDate: '2025-01-01', targetValue: 90, targetDate: '2027-06-30' }).expect(200)).body.data;
    plan = (await w.editor.post(`/api/plans/${plan.id}/status`, { rev: plan.rev, status: 'adopted' }).expect(200)).body.data;
    assert.equal(plan.status, 'adopted');
    plan = (await w.editor.patch(`/api/plans/${plan.id}`, { rev: plan.rev, visibility: 'programme' }).expect(200)).body.data;
    assert.ok(plan.reportDueAt);
    const [trainAction, laptops] = plan.actions;
    const first = await w.editor
      .post(`/api/plans/${plan.id}/reports`, {
        rev: plan.rev, periodStart: '2025-01-01', periodEnd: '2025-06-30', overallStatus: 'on-track', achievements: 'We **trained** 40 teachers.',
        actionUpdates: [{ actionId: trainAction!.id, status: 'in-progress', note: 'Half done' }],
        indicatorValues: [{ indicatorId, date: '2025-06-30', value: 45, source: 'HR register' }],
      })
      .expect(201);
    assert.match(first.body.data.achievementsHtml, /<strong>trained<\/strong>/);
    plan = (await w.editor.get(`/api/plans/${plan.id}`).expect(200)).body.data;
    assert.equal(plan.status, 'in-implementation');
    await w.editor
      .post(`/api/plans/${plan.id}/reports`, {
        rev: plan.rev, periodStart: '2025-07-01', periodEnd: '2025-12-31', overallStatus: 'at-risk', difficulties: 'Laptops arrive late.',
        actionUpdates: [{ actionId: laptops!.id, status: 'delayed', note: 'Supplier', reason: 'The tender was repeated' }],
        indicatorValues: [{ indicatorId, date: '2025-12-31', value: '92' }],
      })
      .expect(201);
    const reports = (await w.advisor.get(`/api/plans/${plan.id}/reports`).expect(200)).body.data as { id: string }[];
    assert.equal(reports.length, 2);
    const feedback = await w.advisor.post(`/api/plans/${plan.id}/reports/${reports[0]!.id}/feedback`, { body: 'Ask the supplier for a **date**.' }).expect(201);
    assert.equal(feedback.body.data.feedback.length, 1);
    await w.editor.post(`/api/plans/${plan.id}/reports/${reports[0]!.id}/feedback`, { body: 'Self-praise' }).expect(403);
    const history = (await w.editor.get(`/api/plans/${plan.id}/history`).expect(200)).body.data as { rev: number; changedFields: string[] }[];
    assert.deepEqual(history.map((h) => h.rev), [8, 7, 6, 5, 4, 3, 2, 1].slice(0, history.length));
    assert.ok(history.length >= 7);
    assert.ok(history[0]!.changedFields.includes('indicators'));
    const stored = (await w.editor.get(`/api/plans/${plan.id}`).expect(200)).body.data as PlanBody & { overallStatus: string };
    assert.equal(stored.overallStatus, 'at-risk');
    assert.deepEqual(stored.indicators[0]!.measurements.map((m) => m.value), [45, 92]);
  });

  it('answers bad input with a stable code and writes nothing', async () => {
    const plan = await create();
    const before = (await w.editor.get(`/api/plans/${plan.id}`)).body.data as PlanBody;
    const reversed = await w.editor.patch(`/api/plans/${plan.id}`, { rev: plan.rev, periodEnd: '2020-01-01' }).expect(400);
    assert.equal(reversed.body.error.code, 'dates_out_of_order');
    const badDue = await w.editor.post(`/api/plans/${plan.id}/goals`, { rev: plan.rev, title: { en: 'G' } }).expect(201);
    const goalId = badDue.body.data.goals[0].id as string;
    const rev = badDue.body.data.rev as number;
    assert.equal((await w.editor.post(`/api/plans/${plan.id}/actions`, { rev, goalId, description: 'x', start: '2025-05-01', due: '2025-01-01' }).expect(400)).body.error.code, 'dates_out_of_order');
    assert.equal((await w.editor.post(`/api/plans/${plan.id}/actions`, { rev, goalId, description: 'x', status: 'dropped' }).expect(400)).body.error.code, 'reason_required');
    assert.equal((await w.editor.post(`/api/plans/${plan.id}/actions`, { rev, goalId: '0123456789abcdef01234567', description: 'x' }).expect(400)).body.error.code, 'unknown_goal');
    const notNumber = await w.editor.post(`/api/plans/${plan.id}/indicators`, { rev, goalId, name: { en: 'I' }, unit: 'n', baselineValue: 'many', baselineDate: '2025-01-01', targetValue: 3, targetDate: '2026-01-01' }).expect(400);
    assert.match(JSON.stringify(notNumber.body.error.details), /baselineValue.*must be a number/);
    const missing = await w.editor.post(`/api/plans/${plan.id}/measurements`, { rev, values: [{ indicatorId: '0123456789abcdef01234567', date: '2025-01-01', value: 1 }] }).expect(400);
    assert.equal(missing.body.error.code, 'unknown_indicator');
    const stale = await w.editor.post(`/api/plans/${plan.id}/goals`, { rev: plan.rev, title: { en: 'Late' } }).expect(409);
    assert.equal(stale.body.error.code, 'stale_revision');
    assert.equal(stale.body.error.details.currentRev, rev);
    const draftReport = await w.editor.post(`/api/plans/${plan.id}/reports`, { rev, periodStart: '2025-01-01', periodEnd: '2025-02-01', overallStatus: 'on-track' }).expect(409);
    assert.equal(draftReport.body.error.code, 'plan_not_adopted');
    const after = (await w.editor.get(`/api/plans/${plan.id}`)).body.data as PlanBody;
    assert.equal(after.rev, before.rev + 1);
    assert.equal(after.actions.length, 0);
    let current = after;
    for (const status of ['adopted', 'in-implementation', 'completed']) current = (await w.editor.post(`/api/plans/${plan.id}/status`, { rev: current.rev, status }).expect(200)).body.data;
    const closed = await w.editor.post(`/api/plans/${plan.id}/reports`, { rev: current.rev, periodStart: '2025-01-01', periodEnd: '2025-02-01', overallStatus: 'on-track' }).expect(409);
    assert.equal(closed.body.error.code, 'plan_closed');
    assert.equal((await w.editor.post(`/api/plans/${plan.id}/status`, { rev: current.rev, status: 'draft' }).expect(409)).body.error.code, 'invalid_transition');
    assert.equal((await t.ctx.models.PlanReport.countDocuments({ planId: plan.id })), 0);
  });

  it('shows each state to the right readers only', async () => {
    const other = await planWorld(t, 'Kommun Övrigt');
    const stranger = (await clientWithRoles(t, ['member'])).client;
    const anonymous = t.client();
    const readers = { anonymous, stranger, otherAdvisor: other.advisor, advisor: w.advisor, editor: w.editor };
    const seen = async (id: string) =>
      Object.fromEntries(await Promise.all(Object.entries(readers).map(async ([name, client]) => [name, (await client.get(`/api/plans/${id}`)).status === 200])));
    let plan = await create({ title: { en: 'Visibility' } });
    assert.deepEqual(await seen(plan.id), { anonymous: false, stranger: false, otherAdvisor: false, advisor: false, editor: true });
    plan = (await w.editor.patch(`/api/plans/${plan.id}`, { rev: plan.rev, visibility: 'public' }).expect(200)).body.data;
    assert.deepEqual(await seen(plan.id), { anonymous: false, stranger: false, otherAdvisor: false, advisor: false, editor: true }, 'a draft stays private even when marked public');
    plan = (await w.editor.post(`/api/plans/${plan.id}/status`, { rev: plan.rev, status: 'adopted' }).expect(200)).body.data;
    assert.deepEqual(await seen(plan.id), { anonymous: true, stranger: true, otherAdvisor: true, advisor: true, editor: true });
    plan = (await w.editor.patch(`/api/plans/${plan.id}`, { rev: plan.rev, visibility: 'programme' }).expect(200)).body.data;
    assert.deepEqual(await seen(plan.id), { anonymous: false, stranger: false, otherAdvisor: false, advisor: true, editor: true });
    plan = (await w.editor.patch(`/api/plans/${plan.id}`, { rev: plan.rev, visibility: 'organisation' }).expect(200)).body.data;
    assert.deepEqual(await seen(plan.id), { anonymous: false, stranger: false, otherAdvisor: false, advisor: false, editor: true });
    await stranger.patch(`/api/plans/${plan.id}`, { rev: plan.rev, visibility: 'public' }).expect(404);
    await w.advisor.get(`/api/programmes/${w.programmeId}/dashboard`).expect(200);
    await other.advisor.get(`/api/programmes/${w.programmeId}/dashboard`).expect(403);
    await anonymous.get(`/api/programmes/${w.programmeId}/dashboard`).expect(401);
    const listed = (await anonymous.get(`/api/plans?organisationId=${w.organisationId}`).expect(200)).body.data as { id: string }[];
    assert.ok(!listed.some((p) => p.id === plan.id));
  });

  it('counts the dashboard in the database and exports it', async () => {
    const world = await planWorld(t, 'Gmina Dashboard');
    const make = async (status: string[], due: string) => {
      let plan = (await world.editor.post('/api/plans', { organisationId: world.organisationId, programmeId: world.programmeId, kind: 'local-plan', title: { en: `P ${due}` }, periodStart: '2024-01-01', periodEnd: '2028-01-01' }).expect(201)).body.data as PlanBody;
      plan = (await world.editor.post(`/api/plans/${plan.id}/goals`, { rev: plan.rev, title: { en: 'G' } }).expect(201)).body.data;
      const goalId = plan.goals[0]!.id;
      plan = (await world.editor.post(`/api/plans/${plan.id}/actions`, { rev: plan.rev, goalId, description: 'done', status: 'done' }).expect(201)).body.data;
      plan = (await world.editor.post(`/api/plans/${plan.id}/actions`, { rev: plan.rev, goalId, description: 'late', due }).expect(201)).body.data;
      plan = (await world.editor.post(`/api/plans/${plan.id}/indicators`, { rev: plan.rev, goalId, name: { en: 'I' }, unit: 'n', baselineValue: 0, baselineDate: '2024-01-01', targetValue: 10, targetDate: '2027-01-01' }).expect(201)).body.data;
      plan = (await world.editor.post(`/api/plans/${plan.id}/measurements`, { rev: plan.rev, values: [{ indicatorId: plan.indicators[0]!.id, date: '2025-01-01', value: 12 }] }).expect(200)).body.data;
      for (const next of status) plan = (await world.editor.post(`/api/plans/${plan.id}/status`, { rev: plan.rev, status: next }).expect(200)).body.data;
      if (status.length > 0) await world.editor.patch(`/api/plans/${plan.id}`, { rev: plan.rev, visibility: 'programme' }).expect(200);
      return plan;
    };
    await make([], '2020-01-01');
    await make(['adopted'], '2020-01-01');
    await make(['adopted', 'in-implementation'], '2999-01-01');
    const dashboard = (await world.advisor.get(`/api/programmes/${world.programmeId}/dashboard?sort=actionsLate&order=desc`).expect(200)).body.data;
    assert.deepEqual(dashboard.byStatus, { draft: 1, adopted: 1, 'in-implementation': 1, completed: 0, discontinued: 0 });
    assert.equal(dashboard.totals.plans, 3);
    assert.equal(dashboard.totals.actionsDone, 3);
    assert.equal(dashboard.totals.actionsLate, 2);
    assert.equal(dashboard.totals.indicatorsAtTarget, 3);
    assert.equal(dashboard.rows.length, 2, 'the draft is counted but not listed to an advisor');
    assert.deepEqual(dashboard.rows.map((r: { actionsLate: number }) => r.actionsLate), [1, 0]);
    await world.editor.patch(`/api/organisations/${world.organisationId}`, { name: 'Gmina Dashboard Nowa' }).expect(200);
    const renamed = (await world.advisor.get(`/api/programmes/${world.programmeId}/dashboard`).expect(200)).body.data;
    assert.ok(renamed.rows.every((r: { organisation: { name: string } }) => r.organisation.name === 'Gmina Dashboard Nowa'), 'the plans take the organisation’s new name');
    const csv = await world.advisor.get(`/api/programmes/${world.programmeId}/dashboard.csv`).expect(200).expect('content-type', /text\/csv/);
    assert.equal(parseCsv(csv.text.replace(/^\uFEFF/, '')).length, 3);
  });

  it('exports indicators as CSV and imports values all or nothing, naming every bad row', async () => {
    let plan = await create();
    plan = (await w.editor.post(`/api/plans/${plan.id}/goals`, { rev: plan.rev, title: { en: 'G' } }).expect(201)).body.data;
    plan = (await w.editor.post(`/api/plans/${plan.id}/indicators`, { rev: plan.rev, goalId: plan.goals[0]!.id, name: { en: 'Devices, per pupil' }, unit: 'ratio', baselineValue: 0.2, baselineDate: '2025-01-01', targetValue: 1, targetDate: '2027-01-01' }).expect(201)).body.data;
    const indicatorId = plan.indicators[0]!.id;
    const bad = `indicatorId,date,value,source,note\r\n${indicatorId},2025-03-01,0.4,census,\r\n${indicatorId},2025-13-01,0.5,,\r\n0123456789abcdef01234567,2025-04-01,0.5,,\r\n${indicatorId},2025-05-01,lots,,\r\n`;
    const refused = await w.editor.post(`/api/plans/${plan.id}/measurements/import`, { rev: plan.rev, csv: bad }).expect(400);
    assert.equal(refused.body.error.code, 'csv_rows_invalid');
    assert.deepEqual(refused.body.error.details.map((d: { line: number; field: string }) => [d.line, d.field]), [[3, 'date'], [4, 'indicatorId'], [5, 'value']]);
    assert.equal((await w.editor.get(`/api/plans/${plan.id}`)).body.data.indicators[0].measurements.length, 0);
    const good = `indicatorId,date,value,source,note\n${indicatorId},2025-03-01,0.4,census,"first, partial"\n${indicatorId},2025-09-01,"0,7",census,\n`;
    const imported = await w.editor.post(`/api/plans/${plan.id}/measurements/import`, { rev: plan.rev, csv: good }).expect(200);
    assert.equal(imported.body.data.imported, 2);
    const exported = await w.editor.get(`/api/plans/${plan.id}/indicators.csv`).expect(200);
    const rows = parseCsv(exported.text.replace(/^\uFEFF/, ''));
    assert.deepEqual(rows.slice(1).map((r) => [r[7], r[8], r[10]]), [['2025-03-01', '0.4', 'first, partial'], ['2025-09-01', '0.7', '']]);
    const actions = await w.editor.get(`/api/plans/${plan.id}/actions.csv`).expect(200);
    assert.match(actions.text, /actionId,goal,parentActionId/);
  });
});
