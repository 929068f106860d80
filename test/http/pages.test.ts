// The public pages over HTTP: each page type renders with its content, hidden items are a 404 page, hostile text
// is escaped, the interface language follows ?lang and Accept-Language, old slugs redirect, and no inline script.
import { strict as assert } from 'node:assert';
import type { Practice } from '../../server/models/practice.js';
import { communityWithThread, conferenceCollection, contentActors, linkResource, practiceInput, publishedPractice, renamedPractice, type ContentActors } from '../support/publicContent.js';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import type { Collection } from '../../server/models/collection.js';
import type { Resource } from '../../server/models/resource.js';
import { syncAllPending } from '../../server/search/syncPending.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { clientWithRoles } from '../support/users.js';

const hostile = `<script>alert("x")</script> & <img src=x onerror=alert(1)>`;

function assertNoInlineScript(body: string): void {
  const scripts = [...body.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1] ?? '');
  for (const attributes of scripts) {
    assert.ok(/\bsrc=/.test(attributes) || /type="application\/ld\+json"/.test(attributes), `inline script: <script${attributes}>`);
  }
  assert.doesNotMatch(body, /\son[a-z]+="/i, 'no inline event handlers');
}

describe('public pages', () => {
  let t: TestApp;
  let actors: ContentActors;
  let strategy: Practice;
  let renamed: Practice;
  let draft: Practice;
  let evil: Practice;
  let openCommunity: { slug: string; threadId: string };
  let closedCommunity: { slug: string; threadId: string };
  let handbook: Resource;
  let draftResource: Resource;
  let conference: Collection;
  let draftCollection: Collection;

  before(async () => {
    t = await startTestApp();
    actors = await contentActors(t.ctx);
    strategy = await publishedPractice(t.ctx, actors, practiceInput('Digitalna strategija šole'), 'Teachers at the kick-off workshop');
    await publishedPractice(t.ctx, actors, practiceInput('Mentorstvo za učitelje', { practiceType: 'mentoring', sector: 'local-government', country: 'PL', digCompEdu: ['2.1'] }));
    evil = await publishedPractice(t.ctx, actors, practiceInput(hostile, { practiceType: 'tool' }));
    renamed = await renamedPractice(t.ctx, actors, 'Stari naslov prakse', 'Nov naslov prakse');
    draft = await createPractice(t.ctx, actors.author, practiceInput('Skrivni osnutek'));
    const open = await communityWithThread(t.ctx, actors.organiser, { name: 'Digital school leaders', visibility: 'public', threadTitle: 'How do you plan SELFIE?', body: 'We start in **October**.' });
    const closed = await communityWithThread(t.ctx, actors.organiser, { name: 'Municipal ICT officers', visibility: 'members-only', threadTitle: 'Budget talk', body: 'Confidential numbers.' });
    openCommunity = { slug: open.community.slug, threadId: open.threadId };
    closedCommunity = { slug: closed.community.slug, threadId: closed.threadId };
    handbook = await linkResource(t.ctx, actors, 'Priročnik za digitalno strategijo', { relatedPracticeIds: [String(strategy._id)] });
    draftResource = await linkResource(t.ctx, actors, 'Nedokončan priročnik', {}, false);
    conference = await conferenceCollection(t.ctx, actors, 'Spring conference write-ups', [
      { type: 'resource', id: String(handbook._id) },
      { type: 'practice', id: String(draft._id) },
      { type: 'practice', id: String(strategy._id) },
    ]);
    draftCollection = await conferenceCollection(t.ctx, actors, 'Unfinished collection', [], false);
    await syncAllPending(t.ctx);
  });
  after(async () => t.close());

  it('renders the home page with counts, new practices and communities', async () => {
    const res = await t.client().get('/').expect(200).expect('Content-Type', /html/);
    assert.match(res.text, /<h1[^>]*>Praxis<\/h1>/);
    assert.match(res.text, /<strong>4<\/strong> published practices/);
    assert.match(res.text, /Digitalna strategija šole/);
    assert.match(res.text, /<p class="card-excerpt">Šole so skupaj pripravile digitalno strategijo/, 'a practice card shows its excerpt');
    assert.doesNotMatch(res.text, /Digitalna strategija šole \(EN\)/, 'a card never shows an unreviewed machine translation');
    assert.match(res.text, /Osrednjeslovenska/);
    assert.match(res.text, /Digital school leaders/);
    assert.match(res.text, /An exchange group for Digital school leaders\./, 'a community card shows its description as text, not Markdown');
    assert.match(res.text, /action="\/search"/);
    assertNoInlineScript(res.text);
  });

  it('browses practices with facets (checkboxes with counts) and filters without JavaScript', async () => {
    const all = await t.client().get('/practices').expect(200);
    assert.match(all.text, /Showing 1–4 of 4/);
    assert.match(all.text, /<article class="card card-practice" lang="sl">\s*<h3 class="card-title"><a href="\/practices\/[^"]+">Mentorstvo za učitelje<\/a>/);
    assert.match(all.text, /<p class="card-excerpt">Šole so skupaj/);
    assert.match(all.text, /<input type="checkbox" id="f-type-mentoring" name="type" value="mentoring">/);
    assert.match(all.text, /Mentoring <span class="count">\(1\)<\/span>/);
    const filtered = await t.client().get('/practices?type=mentoring&type=tool').expect(200);
    assert.match(filtered.text, /Showing 1–2 of 2/);
    assert.match(filtered.text, /id="f-type-mentoring" name="type" value="mentoring" checked/);
    assert.doesNotMatch(filtered.text, /Digitalna strategija šole/);
    // Counts of the other values of a selected group stay visible (disjunctive facets).
    assert.match(filtered.text, /value="digital-strategy">\s*<label for="f-type-digital-strategy">[^<]+<span class="count">\(2\)<\/span>/);
    const byCountry = await t.client().get('/practices?country=PL').expect(200);
    assert.match(byCountry.text, /Showing 1–1 of 1/);
    assert.match(byCountry.text, /Mentorstvo za učitelje/);
    await t.client().get('/practices?type=not-a-type&offset=-5').expect(200);
  });

  it('paginates long lists with links that keep the filters', async () => {
    const res = await t.client().get('/practices?sort=title&offset=2').expect(200);
    assert.match(res.text, /Showing 3–4 of 4/);
    assert.doesNotMatch(res.text, /class="pagination"/, 'one page of 20 needs no pagination');
  });

  it('shows every section, the facts, badges and JSON-LD of a practice', async () => {
    const res = await t.client().get(`/practices/${strategy.slug}?text=sl`).expect(200);
    const text = res.text;
    assert.match(text, /<h1 id="practice-title" lang="sl">Digitalna strategija šole<\/h1>/);
    for (const heading of ['The challenge', 'What was done', 'How it was implemented', 'Resources needed', 'Outcomes and evidence', 'Difficulties and what failed', 'Conditions for transfer', 'Lessons learned']) {
      assert.ok(text.includes(`>${heading}</h2>`), `section ${heading}`);
    }
    assert.match(text, /Prvo leto ni uspelo/);
    assert.match(text, /<span class="badge-code">2\.1<\/span>/);
    assert.match(text, /Slovenia, Osrednjeslovenska/);
    assert.match(text, /1,450 participants/);
    assert.match(text, /rel="license" href="https:\/\/creativecommons.org\/licenses\/by\/4.0\/"/);
    assert.match(text, /Sign in to see the contact person/);
    assert.doesNotMatch(text, /mojca@example\.si/);
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(text);
    assert.ok(jsonLd?.[1], 'JSON-LD present');
    const data = JSON.parse(jsonLd[1]) as Record<string, unknown>;
    assert.equal(data.name, 'Digitalna strategija šole');
    assert.equal(data.inLanguage, 'sl');
    assert.deepEqual(data['@type'], ['CreativeWork', 'LearningResource']);
    assert.match(text, /<img src="\/files\/[0-9a-f]{24}\/w320" alt="Teachers at the kick-off workshop" loading="lazy" width="320" height="200">/);
    const image = /<img src="(\/files\/[0-9a-f]{24}\/w320)"/.exec(text)?.[1] ?? '';
    await t.client().get(image).expect(200).expect('Content-Type', 'image/webp');
    assert.match(text, /Related practices/);
    assert.match(text, /Mentorstvo za učitelje/);
    assertNoInlineScript(text);
  });

  it('shows the contact person to signed-in members', async () => {
    const { client } = await clientWithRoles(t, ['member']);
    const res = await client.get(`/practices/${strategy.slug}`).expect(200);
    assert.match(res.text, /href="mailto:mojca@example\.si"/);
  });

  it("shows readers only reviewed translations; the reviewers also see an unreviewed machine translation, marked so", async () => {
    const res = await t.client().get(`/practices/${strategy.slug}?text=en`).expect(200);
    assert.match(res.text, /<h1 id="practice-title" lang="sl">Digitalna strategija šole<\/h1>/);
    assert.doesNotMatch(res.text, /\(EN\)/);
    const { client: reviewer } = await clientWithRoles(t, ['member', 'organiser']);
    const seen = await reviewer.get(`/practices/${strategy.slug}`).expect(200);
    assert.match(seen.text, /<h1 id="practice-title" lang="en">Digitalna strategija šole \(EN\)<\/h1>/);
    assert.match(seen.text, /translated by machine from Slovenian and has not been reviewed/);
    assert.match(seen.text, /This translation has not been reviewed yet: readers do not see it/);
    assert.match(seen.text, />The challenge<\/h2>\s*<p class="hint" lang="en">Not translated yet; shown in the original language \(Slovenian\)/);
    assert.match(seen.text, /<div class="prose" lang="sl"><p><strong>Izziv<\/strong>/);
    assert.match(seen.text, /href="\?text=sl" hreflang="sl"/);
    const original = await reviewer.get(`/practices/${strategy.slug}?text=sl`).expect(200);
    assert.match(original.text, /<h1 id="practice-title" lang="sl">Digitalna strategija šole<\/h1>/);
    assert.doesNotMatch(original.text, /translated by machine/);
    const slovenian = await t.client().get(`/practices/${strategy.slug}?lang=sl`).expect(200);
    assert.match(slovenian.text, /lang="sl">Digitalna strategija šole<\/h1>/);
  });

  it('redirects an old slug with 301 to the current one', async () => {
    assert.ok(renamed.previousSlugs.length > 0);
    const res = await t.client().get(`/practices/${renamed.previousSlugs[0]}?text=en`).expect(301);
    assert.equal(res.headers.location, `/practices/${renamed.slug}?text=en`);
  });

  it('answers a 404 page for a missing practice and for a draft the reader may not see', async () => {
    const missing = await t.client().get('/practices/no-such-practice').expect(404).expect('Content-Type', /html/);
    assert.match(missing.text, /Page not found/);
    const hidden = await t.client().get(`/practices/${draft.slug}`).expect(404);
    assert.doesNotMatch(hidden.text, /Skrivni osnutek/);
    const { client } = await clientWithRoles(t, ['member']);
    await client.get(`/practices/${draft.slug}`).expect(404);
    await t.client().get('/practices/%3Cscript%3E').expect(404);
  });

  it('escapes hostile titles everywhere they appear', async () => {
    for (const path of ['/', '/practices', `/practices/${evil.slug}`]) {
      const res = await t.client().get(path).expect(200);
      assert.ok(!res.text.includes('<script>alert("x")</script>'), `raw script on ${path}`);
      assert.ok(!res.text.includes('<img src=x'), `raw img on ${path}`);
      assert.ok(res.text.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'), `escaped title on ${path}`);
    }
    const page = await t.client().get(`/practices/${evil.slug}`).expect(200);
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.text)?.[1] ?? '';
    assert.ok(!jsonLd.includes('<'), 'JSON-LD cannot close its element');
    assert.equal((JSON.parse(jsonLd) as { name: string }).name, hostile);
  });

  it('chooses the interface language from ?lang, the cookie and Accept-Language, with a switch on every page', async () => {
    const sl = await t.client().get('/practices').set('Accept-Language', 'sl-SI,sl;q=0.9,en;q=0.5').expect(200);
    assert.match(sl.text, /<html lang="sl">/);
    assert.match(sl.text, />Prakse<\/h1>/);
    const pl = await t.client().get(`/practices/${strategy.slug}?lang=pl`).expect(200);
    assert.match(pl.text, /<html lang="pl">/);
    assert.match(pl.text, />Trudności i to, co się nie udało<\/h2>/);
    assert.match(pl.text, /1450 uczestników/);
    const sv = await t.client().get('/communities').set('Accept-Language', 'sv').expect(200);
    assert.match(sv.text, />Gemenskaper<\/h1>/);
    for (const code of ['sl', 'pl', 'sv', 'en']) assert.match(sv.text, new RegExp(`hreflang="${code}" lang="${code}"`));
  });

  it('remembers the language chosen with the switch on the next pages', async () => {
    const reader = t.client();
    await reader.get('/practices?lang=pl').set('Accept-Language', 'en').expect(200);
    const next = await reader.get('/communities').set('Accept-Language', 'en').expect(200);
    assert.match(next.text, /<html lang="pl">/);
    assert.match(next.text, />Społeczności<\/h1>/);
  });

  it('localises dates', async () => {
    const sv = await t.client().get(`/practices/${strategy.slug}?lang=sv`).expect(200);
    assert.match(sv.text, /1 september 2023/);
    assert.match(sv.text, /1\u00a0450 deltagare/);
    const en = await t.client().get(`/practices/${strategy.slug}?lang=en`).expect(200);
    assert.match(en.text, /1 September 2023/);
  });

  it('lists communities and shows a public community with its threads and a thread with its posts', async () => {
    const list = await t.client().get('/communities').expect(200);
    assert.match(list.text, /Digital school leaders/);
    assert.match(list.text, /Municipal ICT officers/);
    const community = await t.client().get(`/communities/${openCommunity.slug}`).expect(200);
    assert.match(community.text, /<h1 id="community-title" lang="en">Digital school leaders<\/h1>/);
    assert.match(community.text, /How do you plan SELFIE\?/);
    const thread = await t.client().get(`/threads/${openCommunity.threadId}`).expect(200);
    assert.match(thread.text, /<h1 lang="en">How do you plan SELFIE\?<\/h1>/);
    assert.match(thread.text, /We start in <strong>October<\/strong>/);
    assert.match(thread.text, /Anna Lindqvist/);
    assertNoInlineScript(thread.text);
  });

  it('shows a members-only community only its description to non-members and hides its threads', async () => {
    const page = await t.client().get(`/communities/${closedCommunity.slug}`).expect(200);
    assert.match(page.text, /An exchange group for/);
    assert.match(page.text, /visible to its members only/);
    assert.doesNotMatch(page.text, /Budget talk/);
    const thread = await t.client().get(`/threads/${closedCommunity.threadId}`).expect(404);
    assert.doesNotMatch(thread.text, /Confidential/);
    await t.client().get('/communities/no-such-group').expect(404);
    await t.client().get('/threads/not-an-id').expect(404);
  });

  it('lists resources with filters and shows a resource with its link, licence and related practices', async () => {
    const list = await t.client().get('/resources').expect(200);
    assert.match(list.text, /Priročnik za digitalno strategijo/);
    assert.doesNotMatch(list.text, /Nedokončan priročnik/);
    const none = await t.client().get('/resources?kind=tool').expect(200);
    assert.doesNotMatch(none.text, /Priročnik za digitalno strategijo/);
    assert.match(none.text, /<option value="tool" selected>/);
    const page = await t.client().get(`/resources/${handbook.slug}`).expect(200);
    assert.match(page.text, /<h1 id="resource-title" lang="sl">Priročnik za digitalno strategijo<\/h1>/);
    assert.match(page.text, /href="https:\/\/example.org\/handbook" rel="noopener nofollow"/);
    assert.match(page.text, /creativecommons.org\/licenses\/by-sa\/4.0/);
    assert.match(page.text, /Practices that use this resource/);
    assert.match(page.text, /Digitalna strategija šole/);
    await t.client().get(`/resources/${draftResource.slug}`).expect(404);
    await t.client().get('/resources/no-such-resource').expect(404);
  });

  it('lists collections and shows a conference collection with its event and visible items in order', async () => {
    const list = await t.client().get('/collections').expect(200);
    assert.match(list.text, /Spring conference write-ups/);
    assert.doesNotMatch(list.text, /Unfinished collection/);
    const home = await t.client().get('/').expect(200);
    assert.match(home.text, /Spring conference write-ups/);
    const page = await t.client().get(`/collections/${conference.slug}`).expect(200);
    assert.match(page.text, /<h1 id="collection-title" lang="en">Spring conference write-ups<\/h1>/);
    assert.match(page.text, /Digital School Days 2025/);
    assert.match(page.text, /10 April 2025/);
    assert.match(page.text, /Ljubljana/);
    assert.match(page.text, /Anna Lindqvist/);
    assert.match(page.text, /spring conference<\/strong>/);
    const resourceAt = page.text.indexOf('Priročnik za digitalno strategijo');
    const practiceAt = page.text.indexOf('/practices/digitalna-strategija-sole');
    assert.ok(resourceAt > 0 && practiceAt > resourceAt, 'items in the organisers\' order');
    assert.doesNotMatch(page.text, /Skrivni osnutek/, 'a draft practice in the collection stays hidden');
    await t.client().get(`/collections/${draftCollection.slug}`).expect(404);
    await t.client().get('/collections/no-such-collection').expect(404);
  });

  it('searches without JavaScript: highlighted hits, facet checkboxes with counts, and the island script', async () => {
    const res = await t.client().get('/search?q=strategija').expect(200);
    assert.match(res.text, /<input id="search-q" type="search" name="q" value="strategija"/);
    assert.match(res.text, /<mark>[^<]*[Ss]trategij/);
    assert.match(res.text, /href="\/practices\/digitalna-strategija-sole"/);
    assert.match(res.text, /<fieldset class="facet" data-facet="type">/);
    assert.match(res.text, /name="type" value="practice"/);
    assert.match(res.text, /<script type="module" src="\/assets\/search-[A-Z0-9]+\.js"><\/script>/);
    assert.match(res.text, /role="status" aria-live="polite"/);
    const onlyResources = await t.client().get('/search?q=strategija&type=resource').expect(200);
    assert.match(onlyResources.text, /Priročnik za digitalno/);
    assert.doesNotMatch(onlyResources.text, /href="\/practices\/digitalna-strategija-sole"/);
    assertNoInlineScript(res.text);
  });

  it('serves the search island the same cards, status and facet counts as a fragment, with links to /search', async () => {
    const page = await t.client().get('/search?q=strategija&lang=sl').expect(200);
    const fragment = await t.client().get('/search/fragment?q=strategija&lang=sl').expect(200).expect('content-type', /html/);
    const between = (text: string, open: string, close: string) => text.slice(text.indexOf(open) + open.length, text.indexOf(close, text.indexOf(open)));
    const cards = between(fragment.text, '<div data-part="results">', '</div><div data-part="pagination">');
    assert.match(cards, /<article class="card search-hit">/);
    assert.equal(cards, between(page.text, '<div class="search-results">', '</div>\n'));
    assert.match(fragment.text, /<p data-part="status">[^<]*1[^<]*<\/p>/);
    assert.match(fragment.text, /<div data-part="facets"><fieldset class="facet" data-facet="type">/);
    assert.doesNotMatch(fragment.text, /<html|\/search\/fragment/);
  });

  it('escapes a hostile search query and ignores invalid filter values', async () => {
    const res = await t.client().get(`/search?q=${encodeURIComponent('"><script>alert(1)</script>')}&sector=nope&type=evil`).expect(200);
    assert.ok(!res.text.includes('<script>alert(1)</script>'));
    assert.match(res.text, /value="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  });

  it('links the bundled stylesheet and sends a CSP without unsafe-inline scripts', async () => {
    const res = await t.client().get('/').expect(200);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const css = /<link rel="stylesheet" href="(\/assets\/site-[A-Z0-9]+\.css)">/.exec(res.text);
    assert.ok(css?.[1], 'hashed stylesheet linked');
    await t.client().get(css[1]).expect(200).expect('Content-Type', /css/);
  });
});
