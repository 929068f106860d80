// Choosing the organisation a practice, resource or plan is written for: the editors offer the organisations where
// the author edits plans (a practice takes the organisation's facts where left empty), the API sets and clears it,
// a move takes it off the old organisation, and a choice the author may not make is refused writing nothing.
import { strict as assert } from 'node:assert';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

const form = (client: TestClient, path: string, fields: Record<string, string> = {}) => client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });
const idIn = (location: string): string => /^\/practices\/([0-9a-f]{24})\/edit/.exec(location)?.[1] ?? '';

describe('organisation picker', () => {
  let t: TestApp;
  let w: PlanWorld;
  let slug: string;
  let otherId: string;

  before(async () => {
    t = await startTestApp();
    w = await planWorld(t, 'Gmina Wąchock');
    slug = (await w.editor.get(`/api/organisations/${w.organisationId}`).expect(200)).body.data.slug;
    const other = (await clientWithRoles(t, ['member'])).client;
    otherId = (await other.post('/api/organisations', { name: 'Szkoła Podstawowa nr 2 w Kielcach', type: 'school', country: 'PL' }).expect(201)).body.data.id;
  });
  after(async () => t.close());

  const organisationOf = async (id: string) => String((await t.ctx.models.Practice.findById(id).lean())?.organisationId ?? null);

  it('offers the author’s organisations in the practice editor and writes the practice for the chosen one', async () => {
    const mine = await w.editor.get('/api/me/organisations').expect(200);
    assert.deepEqual(mine.body.data.map((o: { id: string }) => o.id), [w.organisationId]);
    const blank = await w.editor.get('/practices/new?lang=pl').expect(200);
    assert.match(blank.text, /<label for="f-organisationId">Napisane dla organizacji/);
    assert.match(blank.text, /<option value="" selected>Bez organizacji \(tylko ja\)<\/option>/);
    const chosen = await w.editor.get(`/practices/new?lang=pl&organisation=${slug}`).expect(200);
    assert.match(chosen.text, new RegExp(`<option value="${w.organisationId}" selected>Gmina Wąchock`));
    const page = await w.editor.get(`/organisations/${slug}?lang=pl`).expect(200);
    assert.match(page.text, new RegExp(`href="/practices/new\\?organisation=${slug}"`));

    const created = await form(w.editor, '/practices/new', { originalLanguage: 'pl', title: 'Cyfrowe pracownie w gminie', organisationId: w.organisationId, go: 'stay' }).expect(303);
    const id = idIn(created.headers.location);
    const stored = await t.ctx.models.Practice.findById(id).lean();
    assert.equal(String(stored?.organisationId), w.organisationId);
    assert.equal(stored?.organisation?.name, 'Gmina Wąchock', 'the organisation’s facts fill what the author left empty');
    assert.equal(stored?.organisation?.ownerType, 'municipality');
    assert.equal(stored?.country, 'PL');
    const basics = await w.editor.get(`/practices/${id}/edit?step=basics&lang=sv`).expect(200);
    assert.match(basics.text, new RegExp(`<option value="${w.organisationId}" selected>Gmina Wąchock`));
    assert.match(basics.text, /Skriven för organisationen/);
    const listed = await w.editor.get(`/api/organisations/${w.organisationId}/content`).expect(200);
    assert.deepEqual(listed.body.data.practices.map((item: { id: string }) => item.id), [id]);
  });

  it('refuses an organisation the author does not edit plans for, writing nothing', async () => {
    const before = await t.ctx.models.Practice.countDocuments();
    const refused = await form(w.editor, '/practices/new?lang=sl', { originalLanguage: 'sl', title: 'Tuja šola', organisationId: otherId }).expect(403);
    assert.match(refused.text, /role="alert"/);
    assert.match(refused.text, /id="f-organisationId-error"/);
    assert.equal(await t.ctx.models.Practice.countDocuments(), before);
    const api = await w.editor.post('/api/practices', { originalLanguage: 'pl', texts: { pl: { title: 'Obca szkoła', provenance: 'original', reviewed: true } }, organisationId: otherId }).expect(403);
    assert.equal(api.body.error.code, 'forbidden');
    const bad = await w.editor.post('/api/practices', { originalLanguage: 'pl', texts: { pl: { title: 'Zła', provenance: 'original', reviewed: true } }, organisationId: 'nie-id' }).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    assert.equal(await t.ctx.models.Practice.countDocuments(), before);
  });

  it('changes and clears the organisation from the basics step, audited', async () => {
    const created = await form(w.editor, '/practices/new', { originalLanguage: 'sl', title: 'Mentorji v občini', organisationId: w.organisationId, go: 'stay' }).expect(303);
    const id = idIn(created.headers.location);
    const refused = await form(w.editor, `/practices/${id}/edit?lang=en`, { step: 'basics', rev: '1', title: 'Mentorji v občini', organisationId: otherId }).expect(403);
    assert.match(refused.text, /id="f-organisationId-error"/);
    assert.equal(await organisationOf(id), w.organisationId);
    await form(w.editor, `/practices/${id}/edit`, { step: 'basics', rev: '1', title: 'Mentorji v občini', organisationId: '', go: 'stay' }).expect(303);
    assert.equal(await organisationOf(id), 'null');
    const audit = await t.ctx.models.Audit.findOne({ action: 'organisation.content.remove', subjectId: id }).lean();
    assert.equal(audit?.data?.organisationId, w.organisationId);
  });

  it('sets, moves and clears a resource’s organisation through the API', async () => {
    const created = await w.editor.post('/api/resources', { title: 'Priročnik za lokalni načrt', kind: 'handbook', language: 'pl', licence: 'cc-by-4.0', url: 'https://example.org/podrecznik', organisationId: w.organisationId }).expect(201);
    const id = created.body.data.id as string;
    assert.equal(created.body.data.organisationId, w.organisationId);
    const second = (await w.editor.post('/api/organisations', { name: 'Powiat Starachowicki', type: 'county-region', country: 'PL' }).expect(201)).body.data.id as string;
    const moved = await w.editor.put(`/api/resources/${id}/organisation`, { organisationId: second }).expect(200);
    assert.equal(moved.body.data.organisationId, second);
    await w.editor.put(`/api/resources/${id}/organisation`, { organisationId: otherId }).expect(403);
    const stranger = (await clientWithRoles(t, ['member'])).client;
    await stranger.put(`/api/resources/${id}/organisation`, { organisationId: null }).expect(403);
    await w.editor.put(`/api/resources/${id}/organisation`, { organisationId: 'x' }).expect(400);
    await w.editor.put(`/api/resources/${id}/organisation`, {}).expect(400);
    await w.editor.put('/api/resources/0123456789abcdef01234567/organisation', { organisationId: null }).expect(404);
    const cleared = await w.editor.put(`/api/resources/${id}/organisation`, { organisationId: null }).expect(200);
    assert.equal(cleared.body.data.organisationId, null);
    const audit = await t.ctx.models.Audit.findOne({ action: 'organisation.content.add', subjectId: id, 'data.from': w.organisationId }).lean();
    assert.equal(audit?.data?.organisationId, second, 'the move names both organisations');
  });

  it('starts a plan for the only organisation, asks among several and explains when there is none', async () => {
    const { client: single } = await clientWithRoles(t, ['member']);
    const own = (await single.post('/api/organisations', { name: 'Osnovna šola Trnovo', type: 'school', country: 'SI' }).expect(201)).body.data as { slug: string };
    const only = await single.get('/plans/new').expect(303);
    assert.equal(only.headers.location, `/plans/new?organisation=${own.slug}`);
    const none = (await clientWithRoles(t, ['member'])).client;
    const explained = await none.get('/plans/new?lang=sl').expect(200);
    assert.match(explained.text, /Še ne urejate načrtov za nobeno organizacijo/);
    const { client: several } = await clientWithRoles(t, ['member']);
    const first = (await several.post('/api/organisations', { name: 'Kommun Alfa', type: 'municipality', country: 'SE' }).expect(201)).body.data as { id: string; slug: string };
    await several.post('/api/organisations', { name: 'Skola Beta', type: 'school', country: 'SE' }).expect(201);
    const choice = await several.get('/plans/new?lang=sv').expect(200);
    assert.match(choice.text, /<form method="get" action="\/plans\/new"/);
    assert.match(choice.text, /Kommun Alfa/);
    assert.match(choice.text, /Skola Beta/);
    const chosen = await several.get(`/plans/new?organisationId=${first.id}&lang=sv`).expect(200);
    assert.match(chosen.text, new RegExp(`name="organisationId" value="${first.id}"`));
  });
});
