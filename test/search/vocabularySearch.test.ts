// Search through the field's vocabulary, over HTTP against the real Meilisearch: a term's name in any interface
// language finds the practices it describes, a query naming a term offers it as a filter, DigComp, SELFIE and target
// group facets count, empty facet values are hidden, and the results page puts results first on a phone.
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { indexEverything, insertPractice } from './searchTestKit.js';

interface SearchBody {
  data: { id: string; title: string }[];
  facets: Record<string, Record<string, number>>;
  suggestedFilters: { filter: string; value: string; label: string }[];
}

describe('vocabulary-aware search', function () {
  let app: TestApp;
  const ids: Record<string, string> = {};

  const search = async (query: Record<string, string>, cookie?: string): Promise<SearchBody> => {
    const request = app.client().get('/api/search').query(query);
    return (await (cookie ? request.set('Cookie', cookie) : request).expect(200)).body as SearchBody;
  };

  before(async function () {
    app = await startTestApp();
    ids.gmina = await insertPractice(app.ctx, { language: 'pl', title: 'Cyfrowy urząd dla mieszkańców', summary: 'Urzędnicy uczą się obsługi e-usług.', sector: 'local-government', practiceType: 'training', digComp: ['1.1', '2.3'], selfieAreas: ['leadership'], targetGroups: ['local-government-staff'] });
    ids.kommun = await insertPractice(app.ctx, { language: 'sv', title: 'E-tjänster för invånare', summary: 'Handläggare lär sig nya verktyg.', sector: 'local-government', practiceType: 'advisory', digComp: ['2.3'] });
    ids.school = await insertPractice(app.ctx, { language: 'sl', title: 'Tablice pri pouku fizike', summary: 'Učenci merijo s senzorji.', sector: 'school', practiceType: 'mentoring', educationLevels: ['isced-2'], selfieAreas: ['leadership'] });
    await indexEverything(app.ctx);
  });
  after(async () => app?.close());

  for (const [locale, q] of [['pl', 'samorząd'], ['sv', 'kommun'], ['sl', 'občina'], ['en', 'municipality']] as const) {
    it(`"${q}" (${locale}) finds the local-government practices in every language and offers the sector as a filter`, async function () {
      const body = await search({ q, locale });
      const found = body.data.map((hit) => hit.id);
      assert.ok(found.includes(ids.gmina ?? '') && found.includes(ids.kommun ?? ''), `both local-government practices for ${q}`);
      assert.ok(!found.includes(ids.school ?? ''), 'the school practice is not about local government');
      assert.deepEqual(body.suggestedFilters.map(({ filter, value }) => `${filter}=${value}`), ['sector=local-government']);
    });
  }

  it('tolerates a typo in a vocabulary term and names the term in the reader’s language', async function () {
    const body = await search({ q: 'mentorig', locale: 'sl' });
    assert.deepEqual(body.data.map((hit) => hit.id), [ids.school]);
    assert.deepEqual(body.suggestedFilters, [{ filter: 'practiceType', value: 'mentoring', label: 'Mentorstvo' }]);
  });

  it('finds an education level by its ISCED code', async function () {
    assert.deepEqual((await search({ q: 'ISCED 2', locale: 'en' })).data.map((hit) => hit.id), [ids.school]);
  });

  it('offers no filter for a word that is not a term, nor one already ticked', async function () {
    assert.deepEqual((await search({ q: 'senzorji', locale: 'sl' })).suggestedFilters, []);
    assert.deepEqual((await search({ q: 'kommun', locale: 'sv', sector: 'local-government' })).suggestedFilters, []);
  });

  it('counts and filters DigComp, SELFIE and target-group values', async function () {
    const body = await search({ q: '', facets: 'digComp,selfieArea,targetGroup' });
    assert.deepEqual(body.facets.digComp, { '2.3': 2, '1.1': 1 });
    assert.deepEqual(body.facets.selfieArea, { leadership: 2 });
    assert.deepEqual(body.facets.targetGroup, { 'local-government-staff': 1 });
    assert.deepEqual((await search({ q: '', digComp: '1.1' })).data.map((hit) => hit.id), [ids.gmina]);
    assert.deepEqual((await search({ q: '', selfieArea: 'leadership', sector: 'school' })).data.map((hit) => hit.id), [ids.school]);
  });

  it('searches in the language the reader chose when the query names none', async function () {
    const body = await search({ q: 'mentorig' }, 'praxis_locale=pl');
    assert.equal(body.suggestedFilters[0]?.label, 'Mentoring');
    const swedish = await search({ q: 'kommun' }, 'praxis_locale=sv');
    assert.equal(swedish.suggestedFilters[0]?.label, 'Kommun och region');
  });

  describe('the results page', function () {
    it('links a named term as a filter chip, and the chip’s search keeps the other filters', async function () {
      const response = await app.client().get('/search').query({ q: 'samorząd', lang: 'pl', type: 'practice' }).expect(200);
      const chip = /<a class="badge chip" href="([^"]+)">([^<]+)<\/a>/.exec(response.text);
      assert.ok(chip, 'a chip is shown');
      assert.equal(chip[2], 'Sektor: Samorząd terytorialny (JST: gmina, powiat)');
      const params = new URLSearchParams(chip[1]?.replace('/search?', '').replace(/&amp;/g, '&'));
      assert.deepEqual([...params.entries()], [['lang', 'pl'], ['type', 'practice'], ['sector', 'local-government']]);
    });

    it('shows the shared vocabulary in the reader’s language with its other names and counts linked to the search', async function () {
      const page = (await app.client().get('/vocabulary').query({ lang: 'pl' }).expect(200)).text;
      assert.match(page, /<h1>Wspólne słownictwo<\/h1>/);
      const row = /<tr><th scope="row"><a href="\/search\?sector=local-government">Samorząd terytorialny \(JST: gmina, powiat\)<\/a><\/th>([\s\S]*?)<\/tr>/.exec(page);
      assert.ok(row, 'the local-government term links to the search filtered by it');
      assert.match(row[1] ?? '', /<span lang="sl">[^<]*[Oo]bčin/);
      assert.match(row[1] ?? '', /<span lang="sv">Kommun och region<\/span>/);
      assert.match(row[1] ?? '', /<td class="numeric">2<\/td>/, 'two local-government practices');
      assert.match(page, /<th scope="row"><a href="\/search\?practiceType=advisory">/, 'a practice type with one practice links to it');
      assert.match(page, /<th scope="row">Przedszkole<\/th>/, 'a sector nothing is described with is listed without a link');
      const english = (await app.client().get('/vocabulary').query({ lang: 'en' }).expect(200)).text;
      assert.match(english, /<h1>The shared vocabulary<\/h1>/);
      assert.match((await app.client().get('/search').query({ lang: 'sv' }).expect(200)).text, /<a href="\/vocabulary">Bläddra i det gemensamma ordförrådet<\/a>/);
    });

    it('hides facet values with nothing left, except ticked ones', async function () {
      const page = (await app.client().get('/search').query({ q: 'kommun', lang: 'en', practiceType: 'mentoring' }).expect(200)).text;
      assert.match(page, /id="f-practiceType-mentoring"[^>]*checked/);
      assert.match(page, /id="f-practiceType-training"/);
      assert.equal(page.match(/<span class="count">\(0\)<\/span>/g)?.length, 1, 'only the ticked value shows a zero');
    });

    it('orders the facet groups by usefulness: one that cannot narrow moves to the end unless a value of it is ticked', async function () {
      const order = (page: string): string[] => [...page.matchAll(/<fieldset class="facet" data-facet="([^"]+)"/g)].map((match) => match[1] ?? '');
      const plain = order((await app.client().get('/search').query({ q: 'samorząd', lang: 'en' }).expect(200)).text);
      assert.ok(plain.indexOf('digComp') < plain.indexOf('sector'), `two DigComp values come before the one sector: ${plain.join(', ')}`);
      assert.ok(plain.indexOf('practiceType') < plain.indexOf('type'), `two practice types come before the one content type: ${plain.join(', ')}`);
      const ticked = order((await app.client().get('/search').query({ q: 'samorząd', lang: 'en', sector: 'local-government' }).expect(200)).text);
      assert.ok(ticked.indexOf('sector') < ticked.indexOf('digComp'), `a ticked sector keeps its place: ${ticked.join(', ')}`);
    });

    it('pages through the results in the address, keeping the query and the filters, also in the live fragment', async function () {
      for (let i = 1; i <= 23; i += 1) await insertPractice(app.ctx, { language: 'en', title: `Robotics club ${i}`, sector: 'school', practiceType: 'mentoring' });
      await indexEverything(app.ctx);
      const next = (page: string): URLSearchParams => {
        const href = /<a rel="next" href="([^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&') ?? '';
        assert.match(href, /^\/search\?/, 'the next page is a /search address');
        return new URLSearchParams(href.slice('/search?'.length));
      };
      const first = (await app.client().get('/search').query({ q: 'robotics', lang: 'en', practiceType: 'mentoring' }).expect(200)).text;
      assert.match(first, /1–20 of 23/);
      assert.deepEqual([...next(first).entries()], [['q', 'robotics'], ['lang', 'en'], ['practiceType', 'mentoring'], ['offset', '20']]);
      const second = (await app.client().get('/search').query(Object.fromEntries(next(first))).expect(200)).text;
      assert.match(second, /21–23 of 23/);
      assert.match(second, /<a rel="prev" href="\/search\?q=robotics&amp;lang=en&amp;practiceType=mentoring"/);
      const live = (await app.client().get('/search/fragment').query({ q: 'robotics', practiceType: 'mentoring', typing: '1', lang: 'en' }).expect(200)).text;
      assert.deepEqual([...next(live).entries()], [['q', 'robotics'], ['practiceType', 'mentoring'], ['lang', 'en'], ['offset', '20']], 'the fragment links to the page, not to itself, without the typing mark');
    });

    it('puts the results before the filters on a phone: a skip link, and a "Filters (n)" control counting the ticked values', async function () {
      const page = (await app.client().get('/search').query({ q: 'kommun', lang: 'en', sector: 'local-government', digComp: '2.3' }).expect(200)).text;
      assert.match(page, /<a class="skip-to-results" href="#results-heading">Skip to results<\/a>/);
      assert.match(page, /<a class="filters-jump" href="#search-filters"[^>]*>Filters \(2\)<\/a>/);
      assert.match(page, /<button type="button" class="filters-button" aria-expanded="false" aria-controls="search-filters"[^>]*hidden>Filters \(2\)<\/button>/);
      const fragment = (await app.client().get('/search/fragment').query({ q: 'kommun', lang: 'en', sector: 'local-government' }).expect(200)).text;
      assert.match(fragment, /<p data-part="filters-button">Filters \(1\)<\/p>/);
      assert.match(fragment, /<div data-part="facets">.*data-facet="digComp"/s);
    });
  });
});
