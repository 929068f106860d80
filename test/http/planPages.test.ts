// Plan and organisation pages without JavaScript: the plan page in Slovenian with its goals, indicator charts and
// tables, a progress report and advisor feedback sent by form, visibility of the page, the organisation page with
// joining by request approved by form, and the programme's monitoring dashboard with its sortable table.
import { strict as assert } from 'node:assert';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

interface PlanBody {
  id: string;
  slug: string;
  rev: number;
  goals: { id: string }[];
  actions: { id: string }[];
  indicators: { id: string }[];
}

const form = (client: TestClient, path: string, fields: Record<string, string> = {}) => client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

describe('plan pages', () => {
  let t: TestApp;
  let w: PlanWorld;
  let plan: PlanBody;
  let organisationSlug: string;

  before(async () => {
    t = await startTestApp();
    w = await planWorld(t, 'Osnovna šola Tabor');
    organisationSlug = (await w.editor.get(`/api/organisations/${w.organisationId}`).expect(200)).body.data.slug;
    plan = (await w.editor.post('/api/plans', { organisationId: w.organisationId, programmeId: w.programmeId, kind: 'school-strategy', title: { sl: 'Digitalna strategija OŠ Tabor' }, vision: { sl: 'Vsak učenec varno uporablja digitalna orodja.' }, periodStart: '2025-09-01', periodEnd: '2028-08-31' }).expect(201)).body.data;
    plan = (await w.editor.post(`/api/plans/${plan.id}/goals`, { rev: plan.rev, title: { sl: 'Digitalno kompetentni učitelji' } }).expect(201)).body.data;
    const goalId = plan.goals[0]!.id;
    plan = (await w.editor.post(`/api/plans/${plan.id}/actions`, { rev: plan.rev, goalId, description: 'Usposabljanje za vse učitelje', owner: 'Ravnateljica', due: '2026-06-30' }).expect(201)).body.data;
    plan = (await w.editor.post(`/api/plans/${plan.id}/indicators`, { rev: plan.rev, goalId, name: { sl: 'Delež usposobljenih učiteljev' }, unit: '%', baselineValue: 20, baselineDate: '2025-09-01', targetValue: 90, targetDate: '2028-06-30' }).expect(201)).body.data;
  });
  after(async () => t.close());

  it('keeps a draft to its organisation and shows the plan page in Slovenian once adopted and public', async () => {
    await t.client().get(`/plans/${plan.slug}`).expect(404);
    const draft = await w.editor.get(`/plans/${plan.slug}?lang=sl`).expect(200);
    assert.match(draft.text, /Ta načrt je osnutek/);
    assert.match(draft.text, /<meta name="robots" content="noindex">/);
    plan = (await w.editor.post(`/api/plans/${plan.id}/status`, { rev: plan.rev, status: 'adopted' }).expect(200)).body.data;
    plan = (await w.editor.patch(`/api/plans/${plan.id}`, { rev: plan.rev, visibility: 'public' }).expect(200)).body.data;
    const page = await t.client().get(`/plans/${plan.slug}`).set('Accept-Language', 'sl').expect(200);
    assert.match(page.text, /<h1 id="plan-title" lang="sl">Digitalna strategija OŠ Tabor<\/h1>/);
    assert.match(page.text, /Digitalna strategija šole/);
    assert.match(page.text, /<span class="state state-planStatus-adopted">Sprejet<\/span>/);
    assert.match(page.text, /Usposabljanje za vse učitelje/);
    assert.match(page.text, /<svg role="img"/);
    assert.match(page.text, /Delež usposobljenih učiteljev \(%\)/);
    assert.match(page.text, /Naslednje poročilo o napredku je treba oddati/);
    assert.doesNotMatch(page.text, /Napiši poročilo o napredku/, 'an anonymous reader gets no report link');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.text)![1]!) as Record<string, unknown>;
    assert.equal(ld['@type'], 'CreativeWork');
    assert.equal(ld.temporalCoverage, '2025-09-01/2028-08-31');
  });

  it('takes a progress report and advisor feedback by form, refusing a reversed period without writing', async () => {
    const reversed = await form(w.editor, `/plans/${plan.slug}/report?lang=sl`, { rev: String(plan.rev), periodStart: '2026-01-31', periodEnd: '2026-01-01', overallStatus: 'on-track' }).expect(400);
    assert.match(reversed.text, /error-summary/);
    assert.equal(await t.ctx.models.PlanReport.countDocuments({ planId: plan.id }), 0);
    const fields = {
      rev: String(plan.rev), periodStart: '2025-09-01', periodEnd: '2026-01-31', overallStatus: 'at-risk', achievements: 'Usposobili smo **40** učiteljev.',
      [`action-${plan.actions[0]!.id}-status`]: 'delayed', [`action-${plan.actions[0]!.id}-note`]: 'Izvajalec je odpovedal',
      [`indicator-${plan.indicators[0]!.id}-value`]: '45,5', [`indicator-${plan.indicators[0]!.id}-date`]: '2026-01-31',
    };
    const sent = await form(w.editor, `/plans/${plan.slug}/report`, fields).expect(303);
    assert.match(sent.headers.location ?? '', /\?done=report#report-/);
    const page = await w.editor.get(`/plans/${plan.slug}?lang=sl`).expect(200);
    assert.match(page.text, /<strong>40<\/strong>/);
    assert.match(page.text, /45,5/);
    assert.match(page.text, /Izvajalec je odpovedal/);
    const report = await t.ctx.models.PlanReport.findOne({ planId: plan.id }).lean();
    await form(w.editor, `/plans/${plan.slug}/reports/${String(report!._id)}/feedback`, { body: 'Self' }).expect(403);
    await form(w.advisor, `/plans/${plan.slug}/reports/${String(report!._id)}/feedback`, { body: 'Poiščite drugega **izvajalca**.' }).expect(303);
    const withFeedback = await w.advisor.get(`/plans/${plan.slug}?lang=sl`).expect(200);
    assert.match(withFeedback.text, /Poiščite drugega <strong>izvajalca<\/strong>/);
    assert.match(withFeedback.text, /Povratna informacija svetovalca/);
  });

  it('lists the organisation’s plans and lets a person ask to join, approved by its administrator', async () => {
    const list = await t.client().get('/organisations?country=PL').set('Accept-Language', 'sl').expect(200);
    assert.match(list.text, /Osnovna šola Tabor/);
    const orgPage = await t.client().get(`/organisations/${organisationSlug}`).set('Accept-Language', 'sl').expect(200);
    assert.match(orgPage.text, /Digitalna strategija OŠ Tabor/);
    const teacher = await clientWithRoles(t, ['member'], 'Učiteljica Nina');
    await form(teacher.client, `/organisations/${organisationSlug}/join`).expect(303);
    assert.match((await teacher.client.get(`/organisations/${organisationSlug}?lang=sl`).expect(200)).text, /Zaprosili ste za članstvo/);
    const adminView = await w.editor.get(`/organisations/${organisationSlug}?lang=sl`).expect(200);
    assert.match(adminView.text, /Prošnje za članstvo/);
    assert.match(adminView.text, /Učiteljica Nina/);
    await form(teacher.client, `/organisations/${organisationSlug}/members/${teacher.user.id}/approve`).expect(403);
    await form(w.editor, `/organisations/${organisationSlug}/members/${teacher.user.id}/approve`).expect(303);
    assert.match((await teacher.client.get(`/organisations/${organisationSlug}?lang=sl`).expect(200)).text, /Ste član \(član\)/);
  });

  it('founds an organisation by form and refuses a missing name', async () => {
    const person = (await clientWithRoles(t, ['member'])).client;
    const bad = await form(person, '/organisations/new?lang=pl', { name: '', type: 'municipality', country: 'PL' }).expect(400);
    assert.match(bad.text, /error-summary/);
    const made = await form(person, '/organisations/new', { name: 'Gmina Nowa', type: 'municipality', country: 'PL', region: 'mazowieckie' }).expect(303);
    assert.match((await person.get(made.headers.location!).expect(200)).text, /Gmina Nowa/);
  });

  it('shows the programme dashboard to its advisors with charts and a sortable table, and to no one else', async () => {
    const programmeSlug = (await w.advisor.get(`/api/programmes/${w.programmeId}`).expect(200)).body.data.slug as string;
    await t.client().get(`/programmes/${programmeSlug}/dashboard`).expect(303).expect('location', /sign-in/);
    const stranger = (await clientWithRoles(t, ['member'])).client;
    await stranger.get(`/programmes/${programmeSlug}/dashboard`).expect(403);
    const page = await w.advisor.get(`/programmes/${programmeSlug}/dashboard?sort=actionsLate&order=desc&lang=pl`).expect(200);
    assert.match(page.text, /Monitorowanie planów/);
    assert.equal((page.text.match(/<figure class="chart/g) ?? []).length, 3);
    assert.match(page.text, /aria-sort="descending"/);
    assert.match(page.text, /Digitalna strategija OŠ Tabor/);
    assert.match(page.text, /Plany zagrożone/);
    assert.match(page.text, /dashboard\.csv/);
  });
});
