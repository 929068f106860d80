// Practices through HTTP: vocabularies, create/read/edit, Markdown safety, slugs and redirects, 409 on stale edits,
// revisions, lists with filters and paging, visibility of drafts, and bad input on every endpoint.
import { strict as assert } from 'node:assert';
import { practiceInput } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

interface PracticeBody {
  id: string;
  slug: string;
  rev: number;
  state: string;
  [key: string]: unknown;
}

describe('practices API', () => {
  let t: TestApp;
  let author: TestClient;
  let other: TestClient;
  let organiser: TestClient;
  let authorId: string;

  const create = async (client: TestClient, body: object): Promise<PracticeBody> =>
    (await client.post('/api/practices', body).expect(201)).body.data as PracticeBody;
  const publish = async (id: string): Promise<void> => {
    await author.post(`/api/practices/${id}/submit`).expect(200);
    await organiser.post(`/api/practices/${id}/start-review`).expect(200);
    await organiser.post(`/api/practices/${id}/publish`, {}).expect(200);
  };

  before(async () => {
    t = await startTestApp();
    const a = await clientWithRoles(t, ['member'], 'Mojca Novak');
    author = a.client;
    authorId = a.user.id;
    other = (await clientWithRoles(t, ['member'])).client;
    organiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
  });
  after(async () => t.close());

  describe('GET /api/vocab', () => {
    it('serves every vocabulary, multilingual or in one locale', async () => {
      const all = await t.client().get('/api/vocab').expect(200);
      assert.equal(all.body.data.sectors.terms.find((term: { id: string }) => term.id === 'school').labels.sl, 'Šola');
      assert.equal(all.body.data.digCompEdu.terms.length, 22);
      const sl = await t.client().get('/api/vocab?locale=sl').expect(200);
      assert.equal(typeof sl.body.data.practiceTypes.label, 'string');
      assert.equal(typeof sl.body.data.practiceTypes.terms[0].label, 'string');
      const bad = await t.client().get('/api/vocab?locale=xx').expect(400);
      assert.equal(bad.body.error.code, 'validation_failed');
    });
  });

  describe('create and read', () => {
    it('creates a draft with only a title, with a transliterated slug and revision 1', async () => {
      const draft = await create(author, { originalLanguage: 'pl', texts: { pl: { title: 'Żółta łódź: Åsa i čevapčiči' } } });
      assert.equal(draft.state, 'draft');
      assert.equal(draft.slug, 'zolta-lodz-asa-i-cevapcici');
      assert.equal(draft.rev, 1);
      assert.equal(draft.licence, 'cc-by-4.0');
      assert.deepEqual((draft.author as { id: string }).id, authorId);
      const texts = draft.texts as Record<string, { provenance: string; reviewed: boolean }>;
      assert.deepEqual({ provenance: texts.pl.provenance, reviewed: texts.pl.reviewed }, { provenance: 'original', reviewed: false });
      const revisions = await author.get(`/api/practices/${draft.id}/revisions`).expect(200);
      assert.equal(revisions.body.data.length, 1);
      assert.equal(revisions.body.data[0].rev, 1);
    });

    it('renders Markdown to safe HTML beside each field, with an excerpt', async () => {
      const input = practiceInput('Varna vsebina', {});
      const texts = input.texts as Record<string, Record<string, string>>;
      texts.sl.description = 'Hello <script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror="alert(3)"> **bold** [ok](https://example.org)';
      const practice = await create(author, input);
      const sl = (practice.texts as Record<string, Record<string, string>>).sl;
      assert.doesNotMatch(sl.descriptionHtml, /<script|javascript:|onerror|alert\(1\)/i);
      assert.match(sl.descriptionHtml, /<strong>bold<\/strong>/);
      assert.match(sl.descriptionHtml, /<a href="https:\/\/example.org" rel="nofollow ugc noopener">ok<\/a>/);
      assert.equal(sl.description, texts.sl.description, 'the Markdown source is kept as written');
      assert.match(sl.excerpt, /^Šole so skupaj/);
    });

    it('gives a second practice with the same title a numbered slug', async () => {
      const first = await create(author, practiceInput('Dvojni naslov'));
      const second = await create(author, practiceInput('Dvojni naslov'));
      assert.equal(first.slug, 'dvojni-naslov');
      assert.equal(second.slug, 'dvojni-naslov-2');
    });

    it('shows the contact only to signed-in readers', async () => {
      const practice = await create(author, practiceInput('Kontakt za člane'));
      await publish(practice.id);
      const anonymous = await t.client().get(`/api/practices/${practice.id}`).expect(200);
      assert.equal(anonymous.body.data.contact, null);
      assert.deepEqual(anonymous.body.data.reviewComments, []);
      const member = await other.get(`/api/practices/${practice.id}`).expect(200);
      assert.equal(member.body.data.contact.email, 'mojca@example.si');
    });
  });

  describe('edits', () => {
    it('updates with the current revision, keeps revisions, and refuses a stale one with 409', async () => {
      const draft = await create(author, practiceInput('Urejanje'));
      const changed = await author
        .patch(`/api/practices/${draft.id}`, { rev: draft.rev, changes: { region: 'Gorenjska', texts: { sl: { lessons: 'Nove *lekcije*' } } } })
        .expect(200);
      assert.equal(changed.body.data.rev, draft.rev + 1);
      assert.equal(changed.body.data.region, 'Gorenjska');
      assert.equal(changed.body.data.texts.sl.lessonsHtml, '<p>Nove <em>lekcije</em></p>\n');
      assert.equal(changed.body.data.texts.sl.title, 'Urejanje', 'other text fields are kept');
      const stale = await author.patch(`/api/practices/${draft.id}`, { rev: draft.rev, changes: { region: 'Koroška' } }).expect(409);
      assert.equal(stale.body.error.code, 'stale_revision');
      assert.equal(stale.body.error.details.currentRev, draft.rev + 1);
      const stored = await t.ctx.models.Practice.findById(draft.id).lean();
      assert.equal(stored?.region, 'Gorenjska');
      const revisions = await author.get(`/api/practices/${draft.id}/revisions`).expect(200);
      assert.deepEqual(revisions.body.data.map((r: { rev: number }) => r.rev), [2, 1]);
      assert.deepEqual(revisions.body.data[0].changedFields, ['region', 'texts.sl.lessons']);
      assert.equal(revisions.body.data[0].author.id, authorId);
      const rev2 = await author.get(`/api/practices/${draft.id}/revisions/2`).expect(200);
      assert.equal(rev2.body.data.snapshot.region, 'Gorenjska');
      await author.get(`/api/practices/${draft.id}/revisions/99`).expect(404);
      await author.get(`/api/practices/${draft.id}/revisions/abc`).expect(404);
    });

    it('removes a translation with null and clears an optional field', async () => {
      const draft = await create(author, practiceInput('Prevod', { endDate: '2024-06-30' }));
      const changed = await author.patch(`/api/practices/${draft.id}`, { rev: draft.rev, changes: { texts: { en: null }, endDate: null } }).expect(200);
      assert.deepEqual(changed.body.data.languages, ['sl']);
      assert.equal(changed.body.data.endDate, null);
    });

    it('moves the slug on a title change; the old slug answers 301 to the new one', async () => {
      const practice = await create(author, practiceInput('Stari naslov'));
      await publish(practice.id);
      const current = (await author.get(`/api/practices/${practice.id}`).expect(200)).body.data as PracticeBody;
      assert.equal(current.state, 'published');
      const admin = (await clientWithRoles(t, ['admin'])).client;
      await admin.patch(`/api/practices/${practice.id}`, { rev: current.rev, changes: { texts: { sl: { title: 'Nov naslov ščž' } } } }).expect(200);
      assert.equal((await t.client().get(`/api/practices/${practice.id}`).expect(200)).body.data.slug, 'stari-naslov', 'a pending change keeps the slug');
      await admin.post(`/api/practices/${practice.id}/changes/record/submit`, { note: 'Nov naslov' }).expect(200);
      const renamed = await admin.post(`/api/practices/${practice.id}/changes/record/publish`, {}).expect(200);
      assert.equal(renamed.body.data.slug, 'nov-naslov-scz');
      assert.deepEqual(renamed.body.data.previousSlugs, ['stari-naslov']);
      const redirect = await t.client().get('/api/practices/by-slug/stari-naslov').expect(301);
      assert.equal(redirect.headers.location, '/api/practices/by-slug/nov-naslov-scz');
      const found = await t.client().get('/api/practices/by-slug/nov-naslov-scz').expect(200);
      assert.equal(found.body.data.id, practice.id);
      const taken = await create(author, practiceInput('Stari naslov'));
      assert.equal(taken.slug, 'stari-naslov-2', 'an old slug is never given to another practice');
      await t.client().get('/api/practices/by-slug/no-such-slug').expect(404);
      await t.client().get('/api/practices/by-slug/Bad%20Slug!').expect(404);
    });
  });

  describe('visibility', () => {
    it('hides a draft (404) from anonymous readers and other members, shows it to the author and organisers', async () => {
      const draft = await create(author, practiceInput('Skrit osnutek'));
      const anonymous = await t.client().get(`/api/practices/${draft.id}`).expect(404);
      assert.equal(anonymous.body.error.code, 'not_found');
      await other.get(`/api/practices/${draft.id}`).expect(404);
      await t.client().get(`/api/practices/by-slug/${draft.slug}`).expect(404);
      await author.get(`/api/practices/${draft.id}`).expect(200);
      await organiser.get(`/api/practices/${draft.id}`).expect(200);
      await other.get(`/api/practices/${draft.id}/revisions`).expect(404);
      await other.get(`/api/practices/${draft.id}/audit`).expect(404);
    });

    it('lets the author delete a never-published draft (soft), and nobody else', async () => {
      const draft = await create(author, practiceInput('Za brisanje'));
      await other.delete(`/api/practices/${draft.id}`).expect(404);
      const refused = await organiser.delete(`/api/practices/${draft.id}`).expect(403);
      assert.equal(refused.body.error.code, 'forbidden');
      await author.delete(`/api/practices/${draft.id}`).expect(204);
      await author.get(`/api/practices/${draft.id}`).expect(404);
      const stored = await t.ctx.models.Practice.findById(draft.id).lean();
      assert.ok(stored?.deletedAt, 'soft-deleted');
      const published = await create(author, practiceInput('Objavljeno ne brišemo'));
      await publish(published.id);
      await author.delete(`/api/practices/${published.id}`).expect(403);
    });
  });

  describe('lists', () => {
    let listAuthor: TestClient;
    let listAuthorId: string;
    before(async () => {
      const a = await clientWithRoles(t, ['member']);
      listAuthor = a.client;
      listAuthorId = a.user.id;
      const make = async (title: string, overrides: Record<string, unknown>, publishIt: boolean): Promise<void> => {
        const p = (await listAuthor.post('/api/practices', practiceInput(title, overrides)).expect(201)).body.data as PracticeBody;
        if (!publishIt) return;
        await listAuthor.post(`/api/practices/${p.id}/submit`).expect(200);
        await organiser.post(`/api/practices/${p.id}/start-review`).expect(200);
        await organiser.post(`/api/practices/${p.id}/publish`).expect(200);
      };
      await make('Alfa mentorstvo', { practiceType: 'mentoring', country: 'PL', digCompEdu: ['6.1'] }, true);
      await make('Beta orodje', { practiceType: 'tool', sector: 'vet', educationLevels: ['isced-3'] }, true);
      await make('Gama osnutek', { practiceType: 'tool' }, false);
    });

    const ofAuthor = (extra: string) => `/api/practices?author=${listAuthorId}${extra}`;
    const titles = (body: { data: Array<{ texts: { sl: { title: string } } }> }) => body.data.map((p) => p.texts.sl.title);

    it('lists published practices with filters, the page envelope and sorting', async () => {
      const all = await t.client().get(ofAuthor('&sort=title')).expect(200);
      assert.deepEqual(titles(all.body), ['Alfa mentorstvo', 'Beta orodje']);
      assert.deepEqual(all.body.page, { offset: 0, limit: 20, total: 2 });
      assert.equal(all.body.data[0].contact, undefined, 'summaries carry no contact');
      assert.deepEqual(titles((await t.client().get(ofAuthor('&type=tool')).expect(200)).body), ['Beta orodje']);
      assert.deepEqual(titles((await t.client().get(ofAuthor('&country=PL')).expect(200)).body), ['Alfa mentorstvo']);
      assert.deepEqual(titles((await t.client().get(ofAuthor('&sector=vet')).expect(200)).body), ['Beta orodje']);
      assert.deepEqual(titles((await t.client().get(ofAuthor('&level=isced-3')).expect(200)).body), ['Beta orodje']);
      assert.deepEqual(titles((await t.client().get(ofAuthor('&competence=digCompEdu:6.1')).expect(200)).body), ['Alfa mentorstvo']);
      assert.deepEqual(titles((await t.client().get(ofAuthor('&competence=digComp:1.1&sort=title')).expect(200)).body), ['Alfa mentorstvo', 'Beta orodje']);
      assert.equal((await t.client().get(ofAuthor('&language=en')).expect(200)).body.page.total, 0, 'unreviewed translations are not public');
      assert.equal((await t.client().get(ofAuthor('&language=sl')).expect(200)).body.page.total, 2);
      assert.equal((await t.client().get(ofAuthor('&language=sv')).expect(200)).body.page.total, 0);
      const second = await t.client().get(ofAuthor('&sort=title&offset=1&limit=1')).expect(200);
      assert.deepEqual(titles(second.body), ['Beta orodje']);
      assert.deepEqual(second.body.page, { offset: 1, limit: 1, total: 2 });
    });

    it('shows drafts only to their author (mine=true) and to organisers', async () => {
      assert.equal((await t.client().get(ofAuthor('&state=draft')).expect(200)).body.page.total, 0);
      assert.equal((await other.get(ofAuthor('&state=draft')).expect(200)).body.page.total, 0);
      assert.deepEqual(titles((await listAuthor.get('/api/practices?state=draft').expect(200)).body), ['Gama osnutek']);
      assert.equal((await listAuthor.get('/api/practices?mine=true').expect(200)).body.page.total, 3);
      assert.deepEqual(titles((await organiser.get(ofAuthor('&state=draft')).expect(200)).body), ['Gama osnutek']);
      const anonymousMine = await t.client().get('/api/practices?mine=true').expect(401);
      assert.equal(anonymousMine.body.error.code, 'unauthenticated');
    });

    const badQueries: Array<[string, string]> = [
      ['type=nope', 'type'],
      ['sector=nope', 'sector'],
      ['country=XX', 'country'],
      ['language=xx', 'language'],
      ['competence=digCompEdu:9.9', 'competence'],
      ['competence=foo', 'competence'],
      ['level=isced-99', 'level'],
      ['community=123', 'community'],
      ['author=nope', 'author'],
      ['state=gone', 'state'],
      ['sort=random', 'sort'],
      ['limit=101', 'limit'],
      ['offset=-1', 'offset'],
      ['unknown=1', ''],
      ['type=tool&type=mentoring', 'type'],
    ];
    for (const [query, field] of badQueries) {
      it(`answers 400 naming the field for ?${query}`, async () => {
        const response = await t.client().get(`/api/practices?${query}`).expect(400);
        assert.equal(response.body.error.code, 'validation_failed');
        assert.equal(response.body.error.details[0].path, field);
      });
    }
  });

  describe('bad input is a 4xx with a stable code and writes nothing', () => {
    const counts = async () => ({
      practices: await t.ctx.models.Practice.countDocuments(),
      revisions: await t.ctx.models.PracticeRevision.countDocuments(),
      audit: await t.ctx.models.Audit.countDocuments(),
    });

    const createCases: Array<{ name: string; body: unknown; path: string; message?: RegExp }> = [
      { name: 'no body', body: {}, path: 'originalLanguage' },
      { name: 'no title', body: { originalLanguage: 'sl', texts: { sl: { summary: 'x' } } }, path: 'texts.sl.title' },
      { name: 'title only in another language', body: { originalLanguage: 'sl', texts: { en: { title: 'x' } } }, path: 'texts.sl.title' },
      { name: 'unknown sector', body: practiceInput('X', { sector: 'spaceport' }), path: 'sector', message: /"spaceport" is not a known sector/ },
      { name: 'unknown competence', body: practiceInput('X', { digCompEdu: ['2.1', '9.9'] }), path: 'digCompEdu.1', message: /"9\.9" is not a known DigCompEdu competence/ },
      { name: 'unknown language key', body: { originalLanguage: 'sl', texts: { sl: { title: 'x' }, xx: { title: 'y' } } }, path: 'texts.xx', message: /"xx" is not a known language/ },
      { name: 'unknown field', body: practiceInput('X', { state: 'published' }), path: '' },
      { name: 'unknown text field', body: { originalLanguage: 'sl', texts: { sl: { title: 'x', html: '<b>' } } }, path: 'texts.sl' },
      { name: 'wrong provenance', body: { originalLanguage: 'sl', texts: { sl: { title: 'x', provenance: 'ai' } } }, path: 'texts.sl.provenance' },
      { name: 'bad date', body: practiceInput('X', { startDate: '2023-02-30' }), path: 'startDate' },
      { name: 'end before start', body: practiceInput('X', { endDate: '2020-01-01' }), path: 'endDate' },
      { name: 'negative scale', body: practiceInput('X', { scale: { schools: -1 } }), path: 'scale.schools' },
      { name: 'bad contact e-mail', body: practiceInput('X', { contact: { email: 'nope' } }), path: 'contact.email' },
      { name: 'bad community id', body: practiceInput('X', { communityId: 'abc' }), path: 'communityId' },
      { name: 'too long title', body: { originalLanguage: 'sl', texts: { sl: { title: 'x'.repeat(201) } } }, path: 'texts.sl.title' },
      { name: 'wrong types', body: { originalLanguage: 5, texts: [] }, path: 'originalLanguage' },
      { name: 'operator key', body: { originalLanguage: 'sl', texts: { sl: { title: 'x' } }, $set: { state: 'published' } }, path: '$set' },
      { name: 'dotted key', body: { originalLanguage: 'sl', texts: { 'sl.title': 'x' } }, path: 'texts.sl.title' },
      { name: 'NUL character', body: { originalLanguage: 'sl', texts: { sl: { title: 'x\u0000' } } }, path: 'texts.sl.title' },
    ];
    for (const c of createCases) {
      it(`POST /api/practices with ${c.name} → 400`, async () => {
        const before = await counts();
        const response = await author.post('/api/practices', c.body as object).expect(400);
        assert.equal(response.body.error.code, 'validation_failed');
        assert.equal(response.body.error.details[0].path, c.path);
        if (c.message) assert.match(response.body.error.message, c.message);
        assert.deepEqual(await counts(), before);
      });
    }

    it('refuses an anonymous create with 401', async () => {
      const response = await (await t.client().init()).post('/api/practices', practiceInput('Anonimno')).expect(401);
      assert.equal(response.body.error.code, 'unauthenticated');
    });

    it('refuses bad edits, transitions and ids without writing', async () => {
      const draft = await create(author, practiceInput('Slab vnos'));
      const before = await counts();
      const stored = await t.ctx.models.Practice.findById(draft.id).lean();
      const cases: Array<[() => ReturnType<TestClient['get']>, number, string]> = [
        [() => author.patch(`/api/practices/${draft.id}`, { changes: { region: 'x' } }), 400, 'validation_failed'],
        [() => author.patch(`/api/practices/${draft.id}`, { rev: draft.rev, changes: {} }), 400, 'validation_failed'],
        [() => author.patch(`/api/practices/${draft.id}`, { rev: draft.rev, changes: { sector: 'moon' } }), 400, 'validation_failed'],
        [() => author.patch(`/api/practices/${draft.id}`, { rev: draft.rev, changes: { texts: { sl: null } } }), 400, 'validation_failed'],
        [() => author.patch(`/api/practices/${draft.id}`, { rev: draft.rev, changes: { texts: { sl: { title: '' } } } }), 400, 'validation_failed'],
        [() => author.patch(`/api/practices/${draft.id}`, { rev: draft.rev, changes: { slug: 'mine' } }), 400, 'validation_failed'],
        [() => author.patch(`/api/practices/${draft.id}`, { rev: draft.rev, changes: { originalLanguage: 'sv' } }), 400, 'validation_failed'],
        [() => author.patch('/api/practices/not-an-id', { rev: 1, changes: { region: 'x' } }), 404, 'not_found'],
        [() => author.patch('/api/practices/0123456789abcdef01234567', { rev: 1, changes: { region: 'x' } }), 404, 'not_found'],
        [() => author.post('/api/practices/not-an-id/submit'), 404, 'not_found'],
        [() => author.post('/api/practices', '{"originalLanguage": ').set('Content-Type', 'application/json'), 400, 'invalid_json'],
        [() => author.post('/api/practices').set('Content-Type', 'text/plain').send('title=x'), 415, 'unsupported_media_type'],
        [() => organiser.post(`/api/practices/${draft.id}/feature`, { featured: 'yes' }), 400, 'validation_failed'],
        [() => organiser.post(`/api/practices/${draft.id}/feature`, {}), 400, 'validation_failed'],
        [() => organiser.post(`/api/practices/${draft.id}/publish`, { publishAt: 'tomorrow' }), 400, 'validation_failed'],
        [() => organiser.post(`/api/practices/${draft.id}/request-changes`, {}), 400, 'validation_failed'],
        [() => organiser.post(`/api/practices/${draft.id}/request-changes`, { comment: 'x', fieldComments: { nonsense: 'y' } }), 400, 'validation_failed'],
        [() => organiser.post(`/api/practices/${draft.id}/archive`, { reason: 5 }), 400, 'validation_failed'],
        [() => organiser.post(`/api/practices/${draft.id}/unpublish`, { extra: true }), 400, 'validation_failed'],
        [() => organiser.post(`/api/practices/${draft.id}/restore`, { reason: '' }), 400, 'validation_failed'],
        [() => author.get(`/api/practices/${draft.id}/revisions/0`), 404, 'not_found'],
      ];
      for (const [send, status, code] of cases) {
        const response = await send().expect(status);
        assert.equal(response.body.error.code, code, JSON.stringify(response.body));
      }
      assert.deepEqual(await counts(), before);
      assert.deepEqual(await t.ctx.models.Practice.findById(draft.id).lean(), stored);
    });
  });
});
