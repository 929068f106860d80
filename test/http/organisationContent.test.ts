// The practices and resources that belong to an organisation: its plan editors add what they wrote by address (by
// form and API), the page lists what each reader may see in their language, and bad addresses, other people's
// items and items held by another organisation are refused without writing anything.
import { strict as assert } from 'node:assert';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import type { Actor } from '../../server/context.js';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { contentActors, linkResource, practiceInput, publishedPractice, type ContentActors } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';

const form = (client: TestClient, path: string, fields: Record<string, string> = {}) => client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

describe('organisation content', () => {
  let t: TestApp;
  let w: PlanWorld;
  let slug: string;
  let actors: ContentActors;
  let editorActor: Actor;

  before(async () => {
    t = await startTestApp();
    w = await planWorld(t, 'Osnovna šola Vič');
    slug = (await w.editor.get(`/api/organisations/${w.organisationId}`).expect(200)).body.data.slug;
    actors = await contentActors(t.ctx);
    editorActor = { userId: w.editorUser.id, roles: ['member'], displayName: 'Urednica' };
  });
  after(async () => t.close());

  const organisationIdOf = async (kind: 'practice' | 'resource', id: unknown) =>
    String((kind === 'practice' ? await t.ctx.models.Practice.findById(id).lean() : await t.ctx.models.Resource.findById(id).lean())?.organisationId ?? null);

  it('adds the editors’ own practices and resources by address and lists them on the organisation page', async () => {
    const practice = await publishedPractice(t.ctx, { ...actors, author: editorActor }, practiceInput('Digitalni kotički v razredu'));
    const resource = await linkResource(t.ctx, { ...actors, author: editorActor }, 'Priročnik za digitalno strategijo šole');
    const empty = await t.client().get(`/organisations/${slug}?lang=sl`).expect(200);
    assert.match(empty.text, /Ta organizacija še nima nobene prakse/);
    assert.doesNotMatch(empty.text, /Dodajte prakso ali gradivo/, 'a reader sees no add form');

    const editorPage = await w.editor.get(`/organisations/${slug}?lang=sl`).expect(200);
    assert.match(editorPage.text, /Dodajte prakso ali gradivo/);
    await form(w.editor, `/organisations/${slug}/content`, { address: `https://praxis.example/practices/${practice.slug}` }).expect(303);
    const added = await w.editor.post(`/api/organisations/${w.organisationId}/content`, { address: `/resources/${resource.slug}` }).expect(200);
    assert.deepEqual(added.body.data.practices.map((item: { slug: string }) => item.slug), [practice.slug]);
    assert.deepEqual(added.body.data.resources.map((item: { slug: string }) => item.slug), [resource.slug]);

    const page = await t.client().get(`/organisations/${slug}?lang=sl`).expect(200);
    assert.match(page.text, new RegExp(`href="/practices/${practice.slug}"`));
    assert.match(page.text, new RegExp(`href="/resources/${resource.slug}"`));
    assert.match(page.text, /<h2 id="practices-heading">Prakse<\/h2>/);
    for (const [lang, heading] of [['pl', 'Praktyki'], ['sv', 'Praktiker'], ['en', 'Practices']]) {
      assert.match((await t.client().get(`/organisations/${slug}?lang=${lang}`).expect(200)).text, new RegExp(`<h2 id="practices-heading">${heading}</h2>`));
    }

    const practicePage = await t.client().get(`/practices/${practice.slug}?lang=sl`).expect(200);
    assert.match(practicePage.text, new RegExp(`<dd><a href="/organisations/${slug}">Osnovna šola Vič</a>, Občina`), 'the practice links to its organisation');
    assert.match((await t.client().get(`/resources/${resource.slug}?lang=en`).expect(200)).text, new RegExp(`<dd><a href="/organisations/${slug}">Osnovna šola Vič</a>, Municipality`));

    await form(w.editor, `/organisations/${slug}/content/remove`, { type: 'resource', id: String(resource._id) }).expect(303);
    assert.equal(await organisationIdOf('resource', resource._id), 'null');
    assert.equal(await organisationIdOf('practice', practice._id), w.organisationId);
    assert.doesNotMatch((await t.client().get(`/resources/${resource.slug}?lang=en`).expect(200)).text, new RegExp(`href="/organisations/${slug}"`), 'taken off, no longer linked');
  });

  it('refuses unknown addresses, other people’s items and items of another organisation, writing nothing', async () => {
    const others = await publishedPractice(t.ctx, actors, practiceInput('Tuja praksa'));
    const own = await publishedPractice(t.ctx, { ...actors, author: editorActor }, practiceInput('Moja praksa'));
    const unknown = await w.editor.post(`/api/organisations/${w.organisationId}/content`, { address: '/practices/ni-je' }).expect(400);
    assert.equal(unknown.body.error.code, 'unknown_item');
    const refused = await form(w.editor, `/organisations/${slug}/content?lang=sl`, { address: '/practices/ni-je' }).expect(400);
    assert.match(refused.text, /role="alert"/);
    await w.editor.post(`/api/organisations/${w.organisationId}/content`, { address: `/practices/${others.slug}` }).expect(403);
    await w.editor.post(`/api/organisations/${w.organisationId}/content`, {}).expect(400);
    await w.advisor.post(`/api/organisations/${w.organisationId}/content`, { address: `/practices/${own.slug}` }).expect(403);
    assert.equal(await organisationIdOf('practice', others._id), 'null');

    const second = (await w.editor.post('/api/organisations', { name: 'Gimnazija Vič', type: 'school', country: 'SI' }).expect(201)).body.data as { id: string };
    await w.editor.post(`/api/organisations/${w.organisationId}/content`, { address: `/practices/${own.slug}` }).expect(200);
    const held = await w.editor.post(`/api/organisations/${second.id}/content`, { address: `/practices/${own.slug}` }).expect(409);
    assert.equal(held.body.error.code, 'in_other_organisation');
    assert.equal(await organisationIdOf('practice', own._id), w.organisationId);
    await w.advisor.post(`/api/organisations/${w.organisationId}/content/remove`, { type: 'practice', id: String(own._id) }).expect(403);
  });

  it('lists a draft only to those who may read it', async () => {
    const draft = await createPractice(t.ctx, editorActor, practiceInput('Osnutek prakse'));
    await w.editor.post(`/api/organisations/${w.organisationId}/content`, { address: `/practices/${draft.slug}` }).expect(200);
    const anonymous = (await t.client().get(`/api/organisations/${w.organisationId}/content`).expect(200)).body.data as { practices: { slug: string }[] };
    assert.ok(!anonymous.practices.some((item) => item.slug === draft.slug));
    const author = (await w.editor.get(`/api/organisations/${w.organisationId}/content`).expect(200)).body.data as { practices: { slug: string }[] };
    assert.ok(author.practices.some((item) => item.slug === draft.slug));
  });
});
