// Collection sections (a conference's tracks) through HTTP: the API stores titled, ordered sections and the section of
// each item, refusing unknown or repeated sections and writing nothing; the public page shows each section under its
// heading in order, with a list of them; the editor adds, renames, reorders and removes sections and puts items in them
// with plain forms (items of a removed section stay in the collection).
import { strict as assert } from 'node:assert';
import type { Practice } from '../../server/models/practice.js';
import type { Resource } from '../../server/models/resource.js';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import { contentActors, linkResource, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';
import { syncAllPending } from '../../server/search/syncPending.js';

interface SectionedBody {
  id: string;
  slug: string;
  rev: number;
  sections: Array<{ id: string; title: Record<string, string> }>;
  items: Array<{ id: string; title: string; section: string | null }>;
}

describe('collection sections', () => {
  let t: TestApp;
  let organiser: TestClient;
  let first: Practice;
  let second: Practice;
  let hidden: Practice;
  let guide: Resource;

  before(async () => {
    t = await startTestApp();
    organiser = (await clientWithRoles(t, ['member', 'organiser'], 'Anna Lindqvist')).client;
    const actors = await contentActors(t.ctx);
    first = await publishedPractice(t.ctx, actors, practiceInput('Mentorji v zbornici'));
    second = await publishedPractice(t.ctx, actors, practiceInput('Šolski načrt digitalizacije'));
    hidden = await createPractice(t.ctx, actors.author, practiceInput('Osnutek prakse'));
    guide = await linkResource(t.ctx, actors, 'Priročnik za šolske time');
  });
  after(async () => t.close());

  const item = (doc: Practice | Resource, type: 'practice' | 'resource', section?: string) => ({ type, id: String(doc._id), ...(section ? { section } : {}) });
  const tracks = [
    { id: 'track-a', title: { sl: 'Sklop A: vodenje', en: 'Track A: leadership' } },
    { id: 'track-b', title: { sl: 'Sklop B: poučevanje' } },
  ];
  const create = async (title: string): Promise<SectionedBody> => {
    const response = await organiser.post('/api/collections', {
      title: { sl: title },
      sections: tracks,
      items: [item(guide, 'resource'), item(second, 'practice', 'track-b'), item(first, 'practice', 'track-a'), item(hidden, 'practice', 'track-a')],
    });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body.data as SectionedBody;
  };

  it('stores titled sections in order and the section of each item, through the API', async () => {
    const collection = await create('Konferenca po sklopih');
    assert.deepEqual(collection.sections, tracks);
    assert.deepEqual(
      collection.items.map((i) => [i.title, i.section]),
      [['Priročnik za šolske time', null], ['Šolski načrt digitalizacije', 'track-b'], ['Mentorji v zbornici', 'track-a'], ['Osnutek prakse', 'track-a']],
    );
    const moved = await organiser.patch(`/api/collections/${collection.id}`, { rev: collection.rev, changes: { sections: [...tracks].reverse() } });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.deepEqual((moved.body.data as SectionedBody).sections.map((s) => s.id), ['track-b', 'track-a']);
  });

  it('refuses an item in an unknown section, a repeated section id and a malformed one, writing nothing', async () => {
    const collection = await create('Zavrnjeni sklopi');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ items: [item(first, 'practice', 'track-z')] }, 'unknown_section'],
      [{ sections: [tracks[0], tracks[0]] }, 'validation_failed'],
      [{ sections: [{ id: 'Track A!', title: { sl: 'A' } }] }, 'validation_failed'],
      [{ sections: [{ id: 'track-c', title: {} }] }, 'validation_failed'],
      [{ sections: [tracks[1]] }, 'unknown_section'],
    ];
    for (const [changes, code] of cases) {
      const response = await organiser.patch(`/api/collections/${collection.id}`, { rev: collection.rev, changes });
      assert.equal(response.status, 400, JSON.stringify(changes));
      assert.equal(response.body.error.code, code, JSON.stringify(response.body));
    }
    const stored = await t.ctx.models.Collection.findById(collection.id).lean();
    assert.equal(stored?.rev, collection.rev, 'nothing was written');
    assert.deepEqual(stored?.sections.map((s) => s.id), ['track-a', 'track-b']);
  });

  it('shows each section under its heading, in order, with a list of the sections; a reader never sees a draft', async () => {
    const collection = await create('Objavljena konferenca po sklopih');
    await organiser.post(`/api/collections/${collection.id}/publish`, {}).expect(200);
    const page = await (await t.client().init()).get(`/collections/${collection.slug}?lang=en`).expect(200);
    const html = page.text;
    assert.match(html, /<nav class="collection-sections" aria-label="Sections"><ul class="inline-list"><li><a href="#section-track-a" lang="en">Track A: leadership<\/a><\/li><li><a href="#section-track-b" lang="sl">Sklop B: poučevanje<\/a>/);
    const order = ['Priročnik za šolske time', 'id="section-track-a"', 'Mentorji v zbornici', 'id="section-track-b"', 'Šolski načrt digitalizacije'].map((text) => html.indexOf(text));
    assert.ok(order.every((position) => position > 0), `all parts are on the page: ${order.join(', ')}`);
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'unsectioned items first, then the sections in order, each with its items');
    assert.match(html, /<h3 id="section-track-a-title" lang="en">Track A: leadership<\/h3>\s*<ol class="collection-items"><li><article class="card card-practice" lang="sl">\s*<h4 class="card-title">/);
    assert.doesNotMatch(html, /Osnutek prakse/);
  });

  it('exports the items section by section as on the page, each CSV and JSON row naming its section in the reader’s language', async () => {
    const collection = await create('Izvoz po sklopih');
    await organiser.post(`/api/collections/${collection.id}/publish`, {}).expect(200);
    const reader = await t.client().init();
    const csv = await reader.get(`/collections/${collection.slug}/export.csv?lang=en`).expect(200);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.match(lines[0] ?? '', /^section,type,title,url,/);
    assert.deepEqual(lines.slice(1).map((line) => line.split(',').slice(0, 3)), [
      ['', 'resource', 'Priročnik za šolske time'],
      ['Track A: leadership', 'practice', 'Mentorji v zbornici'],
      ['Sklop B: poučevanje', 'practice', 'Šolski načrt digitalizacije'],
    ], 'unsectioned first, then each section in order; a section without an English title keeps its Slovenian one; no draft');
    const json = await reader.get(`/collections/${collection.slug}/export.json?lang=sl`).expect(200);
    assert.deepEqual((json.body.data as Array<{ section: string; title: string }>).map((row) => [row.section, row.title]), [
      ['', 'Priročnik za šolske time'],
      ['Sklop A: vodenje', 'Mentorji v zbornici'],
      ['Sklop B: poučevanje', 'Šolski načrt digitalizacije'],
    ]);
  });

  it('lets the organiser add, rename, reorder and remove sections and put items into them in the editor', async () => {
    const created = await organiser.post('/api/collections', { title: { sl: 'Urejanje sklopov' }, items: [item(first, 'practice'), item(second, 'practice'), item(guide, 'resource')] }).expect(201);
    const id = created.body.data.id as string;
    const stored = async () => (await t.ctx.models.Collection.findById(id).lean())!;
    const form = async (path: string, fields: Record<string, string>): Promise<void> => {
      const response = await organiser.agent.post(path).type('form').send({ _csrf: organiser.csrfToken, rev: String((await stored()).rev), ...fields });
      assert.equal(response.status, 303, response.text.slice(0, 400));
    };
    const editor = await organiser.get(`/collections/${id}/edit?lang=sl`).expect(200);
    assert.match(editor.text, /<label for="new-section-title">Naslov novega razdelka<\/label>/);
    assert.doesNotMatch(editor.text, /Razdelek za /, 'no section choice before there are sections');

    await form(`/collections/${id}/sections`, { op: 'add', title: 'Dan 1' });
    await form(`/collections/${id}/sections`, { op: 'add', title: 'Dan 2' });
    const [day1, day2] = (await stored()).sections;
    assert.ok(day1 && day2);
    assert.deepEqual([day1.title, day2.title], [{ sl: 'Dan 1' }, { sl: 'Dan 2' }]);
    assert.match(day1.id, /^[a-z0-9][a-z0-9-]*$/);

    await form(`/collections/${id}/items`, { op: 'section', index: '0', section: day2.id });
    await form(`/collections/${id}/items`, { op: 'section', index: '0', section: day2.id });
    await form(`/collections/${id}/items`, { op: 'section', index: '0', section: day1.id });
    const placed = await stored();
    assert.deepEqual(placed.items.map((i) => [String(i.id), i.section]), [
      [String(first._id), day2.id],
      [String(second._id), day2.id],
      [String(guide._id), day1.id],
    ]);
    await form(`/collections/${id}/items`, { op: 'down', index: '0' });
    assert.deepEqual((await stored()).items.map((i) => String(i.id)), [String(second._id), String(first._id), String(guide._id)], 'moved within its section');

    await form(`/collections/${id}/sections`, { op: 'rename', sectionId: day1.id, title: 'Prvi dan' });
    await form(`/collections/${id}/sections`, { op: 'down', sectionId: day1.id });
    assert.deepEqual((await stored()).sections.map((s) => [s.id, s.title.sl]), [[day2.id, 'Dan 2'], [day1.id, 'Prvi dan']]);

    const page = await organiser.get(`/collections/${id}/edit?lang=en`).expect(200);
    assert.match(page.text, /<h3 id="sec-[a-z0-9]+">Dan 2<\/h3>/);
    assert.match(page.text, />Move up<span class="visually-hidden">: Prvi dan<\/span><\/button>/, 'the second section moves up, named after the visible label');
    assert.match(page.text, /<label for="it0-section">Section of Šolski načrt digitalizacije<\/label>/);
    assert.match(page.text, />Move up<span class="visually-hidden">: Mentorji v zbornici<\/span><\/button>/, 'the second item of its section moves up');

    await form(`/collections/${id}/sections`, { op: 'remove', sectionId: day2.id });
    const removed = await stored();
    assert.deepEqual(removed.sections.map((s) => s.id), [day1.id]);
    assert.equal(removed.items.length, 3, 'the removed section’s items stay');
    assert.deepEqual(removed.items.map((i) => i.section ?? null), [null, null, day1.id]);
  });

  it('adds a search result straight into the chosen section, keeping the search and the section for the next one', async () => {
    const created = await organiser.post('/api/collections', { title: { sl: 'Dodajanje v sklope' }, sections: tracks }).expect(201);
    const id = created.body.data.id as string;
    await syncAllPending(t.ctx);
    const results = await organiser.get(`/collections/${id}/edit?lang=en&q=${encodeURIComponent('Mentorji v zbornici')}`).expect(200);
    assert.match(results.text, /<label for="add0-section">Section for Mentorji v zbornici<\/label>/);
    assert.match(results.text, /<option value="track-b">Sklop B: poučevanje<\/option>/);
    const added = await organiser.agent.post(`/collections/${id}/items`).type('form')
      .send({ _csrf: organiser.csrfToken, rev: String(created.body.data.rev), op: 'add', index: '0', type: 'practice', itemId: String(first._id), q: 'Mentorji', section: 'track-b' });
    assert.equal(added.status, 303, added.text.slice(0, 400));
    assert.equal(added.headers.location, `/collections/${id}/edit?saved=1&q=Mentorji&section=track-b`);
    const stored = await t.ctx.models.Collection.findById(id).lean();
    assert.deepEqual(stored?.items.map((i) => [String(i.id), i.section]), [[String(first._id), 'track-b']]);
    const next = await organiser.get(`${added.headers.location}&lang=en`).expect(200);
    assert.match(next.text, /<option value="track-b" selected>Sklop B: poučevanje<\/option>/, 'the chosen section is offered again');
    const unknown = await organiser.agent.post(`/collections/${id}/items`).type('form')
      .send({ _csrf: organiser.csrfToken, rev: String(stored?.rev), op: 'add', index: '1', type: 'practice', itemId: String(second._id), section: 'track-z' });
    assert.equal(unknown.status, 400);
    assert.equal((await t.ctx.models.Collection.findById(id).lean())?.items.length, 1, 'an unknown section adds nothing');
  });

  it('keeps the typed title and says why when a section title is empty or the page is stale', async () => {
    const created = await organiser.post('/api/collections', { title: { sl: 'Napake sklopov' } }).expect(201);
    const id = created.body.data.id as string;
    const empty = await organiser.agent.post(`/collections/${id}/sections`).type('form').send({ _csrf: organiser.csrfToken, rev: String(created.body.data.rev), op: 'add', title: '' });
    assert.equal(empty.status, 400);
    assert.match(empty.text, /<li><a href="#new-section-title">Give the section a title of 1–200 characters.<\/a><\/li>/, 'the summary links to the field');
    assert.match(empty.text, /<p class="error-message" id="new-section-title-error">Give the section a title of 1–200 characters.<\/p>/);
    const sl = await organiser.agent.post(`/collections/${id}/sections?lang=sl`).type('form').send({ _csrf: organiser.csrfToken, rev: String(created.body.data.rev), op: 'add', title: ' ' });
    assert.match(sl.text, /Dajte razdelku naslov z 1–200 znaki/, 'in the reader’s language');
    await organiser.patch(`/api/collections/${id}`, { rev: created.body.data.rev, changes: { title: { sl: 'Napake sklopov (2)' } } }).expect(200);
    const stale = await organiser.agent.post(`/collections/${id}/sections`).type('form').send({ _csrf: organiser.csrfToken, rev: String(created.body.data.rev), op: 'add', title: 'Dan 3' });
    assert.equal(stale.status, 409);
    assert.match(stale.text, /value="Dan 3"/, 'the typed title is kept');
    assert.doesNotMatch(stale.text, /Give the section a title/, 'a stale page is not blamed on the title');
    assert.match(stale.text, /Someone changed this collection after you opened it/);
    assert.equal((await t.ctx.models.Collection.findById(id).lean())?.sections.length, 0);
  });
});
