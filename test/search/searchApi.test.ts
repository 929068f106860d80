// The search API over HTTP against the real Meilisearch: publish → searchable, edit, unpublish and delete, facet
// counts, members-only posts never leaking through hits or facets, filter injection, safe snippets, typeahead.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { valueClauses } from '../../server/search/filters.js';
import { runSearch } from '../../server/search/runSearch.js';
import { practiceInput } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';
import { indexEverything, insertPractice } from './searchTestKit.js';

interface Hit {
  type: string;
  id: string;
  title: string;
  titleHtml: string;
  snippetHtml: string;
  communityId: string | null;
  country: string | null;
}
interface SearchBody {
  data: Hit[];
  page: { offset: number; limit: number; total: number };
  facets: Record<string, Record<string, number>>;
}

const word = (prefix: string): string => `${prefix}${randomBytes(3).toString('hex').replace(/\d/g, 'q')}`;

describe('search API', function () {
  let app: TestApp;
  let author: TestClient;
  let reviewer: TestClient;
  let admin: TestClient;
  let anonymous: TestClient;

  const search = async (client: TestClient, query: Record<string, string | number>, path = '/api/search'): Promise<SearchBody> =>
    (await client.get(path).query(query).expect(200)).body as SearchBody;
  const idsFor = async (client: TestClient, q: string): Promise<string[]> => (await search(client, { q })).data.map((hit) => hit.id);

  before(async function () {
    app = await startTestApp();
    author = (await clientWithRoles(app, ['member'])).client;
    reviewer = (await clientWithRoles(app, ['member', 'organiser'])).client;
    admin = (await clientWithRoles(app, ['member', 'admin'])).client;
    anonymous = await app.client().init();
  });
  after(async () => app?.close());

  describe('practices through their workflow', function () {
    let practiceId = '';
    let rev = 0;
    const firstWord = word('zebrafink');

    it('a draft is not searchable; once published it is', async function () {
      const created = (await author.post('/api/practices', practiceInput(`Praksa ${firstWord}`)).expect(201)).body as { data: { id: string } };
      practiceId = created.data.id;
      await indexEverything(app.ctx);
      assert.deepEqual(await idsFor(anonymous, firstWord), []);
      await author.post(`/api/practices/${practiceId}/submit`, {}).expect(200);
      await reviewer.post(`/api/practices/${practiceId}/start-review`, {}).expect(200);
      rev = ((await reviewer.post(`/api/practices/${practiceId}/publish`, {}).expect(200)).body as { data: { rev: number } }).data.rev;
      await indexEverything(app.ctx);
      const body = await search(anonymous, { q: firstWord, locale: 'sl' });
      assert.deepEqual(body.data.map((hit) => [hit.type, hit.id]), [['practice', practiceId]]);
      assert.match(body.data[0]?.titleHtml ?? '', new RegExp(`<mark>${firstWord}</mark>`, 'i'));
    });

    it('a pending change is not searched; once its change is published, the results follow it', async function () {
      const secondWord = word('ocelot');
      const edited = await admin.patch(`/api/practices/${practiceId}`, { rev, changes: { texts: { sl: { title: `Praksa ${secondWord}` }, en: null } } });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      await indexEverything(app.ctx);
      assert.deepEqual(await idsFor(anonymous, secondWord), [], 'the pending change is not public yet');
      assert.deepEqual(await idsFor(anonymous, firstWord), [practiceId], 'the published version stays live');
      await admin.post(`/api/practices/${practiceId}/changes/record/submit`, { note: 'Nov naslov' }).expect(200);
      await admin.post(`/api/practices/${practiceId}/changes/record/publish`, {}).expect(200);
      await indexEverything(app.ctx);
      assert.deepEqual(await idsFor(anonymous, secondWord), [practiceId]);
      assert.deepEqual(await idsFor(anonymous, firstWord), []);
    });

    it('unpublishing removes it', async function () {
      await reviewer.post(`/api/practices/${practiceId}/unpublish`, { reason: 'Out of date' }).expect(200);
      await indexEverything(app.ctx);
      assert.deepEqual((await search(anonymous, { q: 'Praksa', type: 'practice' })).data.filter((hit) => hit.id === practiceId), []);
    });

    it('a soft delete removes it from the index and then purges it', async function () {
      const deletedWord = word('tapir');
      const id = await insertPractice(app.ctx, { language: 'en', title: `Practice ${deletedWord}` });
      await indexEverything(app.ctx);
      assert.deepEqual(await idsFor(anonymous, deletedWord), [id]);
      await app.ctx.models.Practice.updateOne({ _id: id }, { $set: { deletedAt: new Date() }, $inc: { rev: 1 } });
      await indexEverything(app.ctx);
      assert.deepEqual(await idsFor(anonymous, deletedWord), []);
      assert.equal(await app.ctx.models.Practice.countDocuments({ _id: id }), 0);
    });
  });

  describe('facets and filters', function () {
    const topic = word('kolibri');
    before(async function () {
      const seeds = [
        { sector: 'school', country: 'SI' },
        { sector: 'school', country: 'PL' },
        { sector: 'school', country: 'PL' },
        { sector: 'local-government', country: 'SE' },
      ];
      for (const [i, seed] of seeds.entries()) await insertPractice(app.ctx, { language: 'en', title: `${topic} practice ${i}`, ...seed });
      await insertPractice(app.ctx, { language: 'en', title: `${topic} draft`, state: 'draft', sector: 'vet', country: 'SI' });
      await indexEverything(app.ctx);
    });

    it('counts facet values over the matching documents', async function () {
      const body = await search(anonymous, { q: topic, facets: 'sector,country,type', type: 'practice' });
      assert.equal(body.page.total, 4);
      assert.deepEqual(body.facets.sector, { school: 3, 'local-government': 1 });
      assert.deepEqual(body.facets.country, { PL: 2, SI: 1, SE: 1 });
      assert.deepEqual(body.facets.type, { practice: 4 });
    });

    it('searches resources beside practices and counts them by type and kind', async function () {
      const base = { authorId: new Types.ObjectId(), language: 'en', licence: 'cc-by-4.0', description: `A ${topic} handbook for schools.` };
      await app.ctx.models.Resource.create({ ...base, slug: `${topic}-handbook`, title: `${topic} handbook`, kind: 'handbook', state: 'published', publishedAt: new Date() });
      await app.ctx.models.Resource.create({ ...base, slug: `${topic}-draft`, title: `${topic} draft resource`, kind: 'handbook', state: 'draft' });
      await indexEverything(app.ctx);
      const body = await search(anonymous, { q: topic, facets: 'type,resourceKind' });
      assert.deepEqual(body.facets.type, { practice: 4, resource: 1 });
      assert.deepEqual(body.facets.resourceKind, { handbook: 1 });
      const onlyPractices = await search(anonymous, { q: topic, type: 'practice', facets: 'type' });
      assert.equal(onlyPractices.page.total, 4);
      assert.deepEqual(onlyPractices.facets.type, { practice: 4, resource: 1 }, 'the type facet still counts the unticked type');
      const resources = await search(anonymous, { q: topic }, '/api/search/resources');
      assert.deepEqual(resources.data.map((hit) => [hit.type, hit.title]), [['resource', `${topic} handbook`]]);
      await app.ctx.models.Resource.updateOne({ slug: `${topic}-handbook` }, { $set: { deletedAt: new Date() }, $inc: { rev: 1 } });
      await indexEverything(app.ctx);
    });

    it('filters by vocabulary values, OR within a facet and AND across facets', async function () {
      const body = await search(anonymous, { q: topic, sector: 'school', country: 'PL,SE', facets: 'country,sector' }, '/api/search/practices');
      assert.equal(body.page.total, 2);
      assert.deepEqual(body.data.map((hit) => hit.country).sort(), ['PL', 'PL']);
      assert.deepEqual(body.facets.country, { PL: 2, SI: 1 }, 'a ticked group keeps counting its other values (within sector = school)');
      assert.deepEqual(body.facets.sector, { school: 2, 'local-government': 1 }, 'and so does every other ticked group (within country PL or SE)');
    });

    it('refuses filter values outside the vocabularies, so injection attempts never reach the engine', async function () {
      const attempts: Record<string, string>[] = [
        { sector: 'school" OR visibility = "members' },
        { sector: 'school\\' },
        { country: 'SI OR type = post' },
        { community: '" OR 1 = 1' },
        { facets: 'visibility' },
        { filter: 'visibility = members' },
        { type: 'post OR practice' },
      ];
      for (const query of attempts) {
        const response = await anonymous.get('/api/search').query({ q: topic, ...query }).expect(400);
        assert.equal((response.body as { error: { code: string } }).error.code, 'validation_failed');
      }
    });

    it('keeps an escaped value literal inside the engine', async function () {
      const request = { q: topic, types: ['practices'] as const, locale: 'en' as const, facets: [], sort: [], offset: 0, limit: 20, mode: 'full' as const };
      const literal = await runSearch(app.ctx.search, { ...request, filter: valueClauses({ sector: ['school" OR sector = "vet', 'x\\" OR type = "practice'] }) });
      assert.equal(literal.total, 0);
    });

    it('treats quotes, backslashes and OR in the query text as words', async function () {
      for (const q of [`${topic}" OR visibility = "members`, `${topic} \\" OR \\`, `${topic}') OR ('1'='1`]) {
        const body = await search(anonymous, { q, facets: 'type' });
        assert.ok(body.data.every((hit) => hit.type === 'practice'), q);
      }
    });
  });

  describe('members-only community posts', function () {
    const secret = word('narwhal');
    let communityId = '';
    let member: TestClient;
    let outsider: TestClient;
    let owner: TestClient;

    before(async function () {
      owner = (await clientWithRoles(app, ['member', 'organiser'])).client;
      member = (await clientWithRoles(app, ['member'])).client;
      outsider = (await clientWithRoles(app, ['member'])).client;
      const community = (await owner.post('/api/communities', { name: `Closed ${secret}`, language: 'en', visibility: 'members-only', joinPolicy: 'open' }).expect(201))
        .body as { data: { id: string } };
      communityId = community.data.id;
      await member.post(`/api/communities/${communityId}/members/join`, {}).expect((res) => assert.ok(res.status < 300, JSON.stringify(res.body)));
      await owner.post(`/api/communities/${communityId}/threads`, { title: `Thread ${secret}`, body: `Our ${secret} plan for the next term.` }).expect(201);
      const open = (await owner.post('/api/communities', { name: `Open ${secret}`, language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201)).body as { data: { id: string } };
      await owner.post(`/api/communities/${open.data.id}/threads`, { title: `Public ${secret}`, body: `A public ${secret} note.` }).expect(201);
      await indexEverything(app.ctx);
    });

    it('shows a members-only post to active members and administrators only', async function () {
      const seen = async (client: TestClient) => (await search(client, { q: secret, type: 'post' })).data.map((hit) => hit.communityId);
      assert.deepEqual(await seen(anonymous), [await publicCommunityOf(secret)]);
      assert.deepEqual(await seen(outsider), [await publicCommunityOf(secret)]);
      assert.equal((await seen(member)).filter((id) => id === communityId).length, 1);
      assert.equal((await seen(admin)).filter((id) => id === communityId).length, 1);
    });

    it('never counts what a reader may not see in facets', async function () {
      const facetsOf = async (client: TestClient) => (await search(client, { q: secret, facets: 'community,type' })).facets;
      const outsiderFacets = await facetsOf(outsider);
      assert.equal(outsiderFacets.community?.[communityId], undefined);
      assert.deepEqual(outsiderFacets.type, { post: 1 });
      assert.equal((await facetsOf(member)).community?.[communityId], 1);
      const perType = await search(anonymous, { q: secret, community: communityId }, '/api/search/posts');
      assert.deepEqual(perType.data, []);
      assert.equal(perType.page.total, 0);
    });

    it('follows a change of the community to members-only into the index', async function () {
      const open = await publicCommunityOf(secret);
      await owner.patch(`/api/communities/${open}`, { visibility: 'members-only' }).expect(200);
      await indexEverything(app.ctx);
      assert.deepEqual((await search(anonymous, { q: secret, type: 'post' })).data, []);
      await owner.patch(`/api/communities/${open}`, { visibility: 'public' }).expect(200);
      await indexEverything(app.ctx);
      assert.deepEqual((await search(anonymous, { q: secret, type: 'post' })).data.map((hit) => hit.communityId), [open]);
    });

    async function publicCommunityOf(text: string): Promise<string> {
      const community = await app.ctx.models.Community.findOne({ name: `Open ${text}` }).lean();
      return String(community?._id);
    }
  });

  describe('snippets and typeahead', function () {
    const mark = word('marmelada');
    before(async function () {
      await insertPractice(app.ctx, { language: 'en', title: `<script>alert(1)</script> ${mark} & "friends"`, summary: `<img src=x onerror=alert(2)> the ${mark} summary` });
      await indexEverything(app.ctx);
    });

    it('escapes everything and marks only the matches', async function () {
      const [hit] = (await search(anonymous, { q: mark })).data;
      assert.ok(hit);
      assert.equal(hit.titleHtml, `&lt;script&gt;alert(1)&lt;/script&gt; <mark>${mark}</mark> &amp; &quot;friends&quot;`);
      assert.ok(!hit.snippetHtml.includes('<img'), hit.snippetHtml);
      assert.ok(hit.snippetHtml.includes(`<mark>${mark}</mark>`), hit.snippetHtml);
    });

    it('suggests titles for a partial word', async function () {
      const response = await anonymous.get('/api/search/suggest').query({ q: mark.slice(0, 7), locale: 'en' }).expect(200);
      const titles = (response.body as { data: Hit[] }).data.map((hit) => hit.title);
      assert.ok(titles.some((title) => title.includes(mark)), JSON.stringify(titles));
      await anonymous.get('/api/search/suggest').expect(400);
    });
  });
});
