// Plans in search against the real Meilisearch: only plans their owners made public are found (never a draft or
// an organisation-only plan), by title, vision, goals and the organisation's name; the plans facets (programme,
// organisation type, plan status, country) count and filter; an organisation's edit reaches the index; the search
// page shows a plan card in the reader's language.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { indexEverything } from './searchTestKit.js';

interface Hit { type: string; id: string; url: string | null; title: string; planStatus: string | null; ownerType: string | null; organisationName: string | null }
interface SearchBody { data: Hit[]; facets: Record<string, Record<string, number>> }

const word = (prefix: string): string => `${prefix}${randomBytes(3).toString('hex').replace(/\d/g, 'q')}`;

describe('plans in search', function () {
  let t: TestApp;
  let w: PlanWorld;
  const marker = word('cyfryzacja');
  const goalWord = word('robotyka');
  const plans: Record<string, { id: string; slug: string }> = {};

  const search = async (query: Record<string, string>, path = '/api/search'): Promise<SearchBody> => (await t.client().get(path).query(query).expect(200)).body as SearchBody;
  const rev = async (id: string): Promise<number> => (await w.editor.get(`/api/plans/${id}`).expect(200)).body.data.rev as number;
  const makePlan = async (name: string, status: 'draft' | 'adopted' | 'in-implementation', visibility: 'organisation' | 'programme' | 'public') => {
    const plan = (await w.editor.post('/api/plans', { organisationId: w.organisationId, programmeId: w.programmeId, kind: 'local-plan', title: { pl: `${name} ${marker}` }, vision: { pl: 'Każda szkoła korzysta z technologii mądrze.' }, periodStart: '2025-01-01', periodEnd: '2027-12-31' }).expect(201)).body.data as { id: string; slug: string };
    await w.editor.post(`/api/plans/${plan.id}/goals`, { rev: await rev(plan.id), title: { pl: `Cel ${goalWord}` } }).expect(201);
    if (status !== 'draft') await w.editor.post(`/api/plans/${plan.id}/status`, { rev: await rev(plan.id), status: 'adopted' }).expect(200);
    if (status === 'in-implementation') await w.editor.post(`/api/plans/${plan.id}/status`, { rev: await rev(plan.id), status }).expect(200);
    if (visibility !== 'organisation') await w.editor.patch(`/api/plans/${plan.id}`).send({ rev: await rev(plan.id), visibility }).expect(200);
    plans[name] = plan;
  };

  before(async () => {
    t = await startTestApp();
    w = await planWorld(t, 'Gmina Szukajka');
    await makePlan('Szkic', 'draft', 'public');
    await makePlan('Wewnętrzny', 'adopted', 'organisation');
    await makePlan('Programowy', 'adopted', 'programme');
    await makePlan('Publiczny', 'adopted', 'public');
    await makePlan('Realizowany', 'in-implementation', 'public');
    await indexEverything(t.ctx);
  });
  after(async () => t.close());

  it('finds only the public plans that left the draft, by title, goal and organisation, in the federated search and alone', async () => {
    const federated = await search({ q: marker, locale: 'pl' });
    const found = federated.data.filter((hit) => hit.type === 'plan').map((hit) => hit.id).sort();
    assert.deepEqual(found, [plans.Publiczny!.id, plans.Realizowany!.id].sort());
    const hit = federated.data.find((entry) => entry.id === plans.Publiczny!.id)!;
    assert.equal(hit.url, `/plans/${plans.Publiczny!.slug}`);
    assert.equal(hit.ownerType, 'municipality');
    assert.equal(hit.organisationName, 'Gmina Szukajka');
    assert.equal((await search({ q: goalWord }, '/api/search/plans')).data.length, 2, 'goal titles are searchable');
    assert.ok((await search({ q: 'Szukajka' }, '/api/search/plans')).data.length >= 2, 'so is the organisation’s name');
    assert.equal((await search({ q: marker, type: 'practice' })).data.length, 0);
  });

  it('counts and filters by programme, organisation type, plan status and country', async () => {
    const facets = (await search({ q: marker, facets: 'programme,organisationType,planStatus,country,type' })).facets;
    assert.deepEqual(facets.programme, { [w.programmeId]: 2 });
    assert.deepEqual(facets.organisationType, { municipality: 2 });
    assert.deepEqual(facets.planStatus, { adopted: 1, 'in-implementation': 1 });
    assert.deepEqual(facets.country, { PL: 2 });
    assert.equal(facets.type?.plan, 2);
    const implementing = await search({ q: marker, planStatus: 'in-implementation' }, '/api/search/plans');
    assert.deepEqual(implementing.data.map((entry) => entry.id), [plans.Realizowany!.id]);
    assert.equal((await search({ q: marker, organisationType: 'school' }, '/api/search/plans')).data.length, 0);
    assert.equal((await search({ q: marker, programme: w.programmeId, country: 'PL' }, '/api/search/plans')).data.length, 2);
    const bad = await t.client().get('/api/search/plans').query({ planStatus: 'sideways' }).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    await t.client().get('/api/search').query({ programme: 'not-an-id' }).expect(400);
  });

  it('follows an organisation’s edit and a plan made organisation-only again', async () => {
    await w.editor.patch(`/api/organisations/${w.organisationId}`).send({ name: 'Gmina Odnaleziona' }).expect(200);
    await w.editor.patch(`/api/plans/${plans.Publiczny!.id}`).send({ rev: await rev(plans.Publiczny!.id), visibility: 'organisation' }).expect(200);
    await indexEverything(t.ctx);
    const found = (await search({ q: marker }, '/api/search/plans')).data;
    assert.deepEqual(found.map((hit) => hit.id), [plans.Realizowany!.id]);
    assert.equal(found[0]!.organisationName, 'Gmina Odnaleziona');
  });

  it('shows a plan card on the search page in the reader’s language', async () => {
    const page = await t.client().get('/search').query({ q: marker, lang: 'sl' }).expect(200);
    assert.match(page.text, new RegExp(`href="/plans/${plans.Realizowany!.slug}"`));
    assert.match(page.text, /<p class="hit-type">Načrt<\/p>/);
    assert.match(page.text, /V izvajanju/);
    assert.match(page.text, /Stanje načrta/, 'the plan-status facet is offered');
  });
});
