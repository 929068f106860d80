// Feeds and JSON-LD through HTTP: RSS 2.0 and Atom of newly published practices (all, per sector, per competence
// area), parsed as XML with hostile titles escaped and absolute links; the practice JSON-LD parsed as JSON.
import { strict as assert } from 'node:assert';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import type { Practice } from '../../server/models/practice.js';
import { contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const publicUrl = 'https://praxis.example.eu';
const hostile = 'Šola & <script>alert("x")</script> \'quoted\' \u0001end';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name) });

interface RssItem {
  title: string;
  link: string[];
  guid: { '#text': string };
  pubDate: string;
  description: string;
  category?: string[];
}

describe('feeds and JSON-LD', () => {
  let t: TestApp;
  let school: Practice;
  let municipality: Practice;
  let draft: Practice;

  const parse = (xml: string): Record<string, unknown> => {
    assert.equal(XMLValidator.validate(xml), true, 'well-formed XML');
    return parser.parse(xml) as Record<string, unknown>;
  };
  const rssItems = async (query = ''): Promise<RssItem[]> => {
    const response = await t.client().get(`/feeds/practices.rss${query}`).expect(200);
    assert.match(response.headers['content-type'], /^application\/rss\+xml/);
    const channel = (parse(response.text).rss as { channel: { item?: RssItem[] } }).channel;
    return channel.item ?? [];
  };

  before(async () => {
    t = await startTestApp({ PUBLIC_URL: publicUrl });
    const actors = await contentActors(t.ctx);
    school = await publishedPractice(t.ctx, actors, practiceInput(hostile, { sector: 'school', digCompEdu: ['2.1'], digComp: [] }));
    municipality = await publishedPractice(
      t.ctx,
      actors,
      practiceInput('Občinski načrt digitalizacije', { sector: 'local-government', digCompEdu: ['1.2'], digComp: ['5.3'] }),
    );
    draft = await createPractice(t.ctx, actors.author, practiceInput('Draft never in feeds', { sector: 'school' }));
  });
  after(async () => t.close());

  it('serves RSS 2.0 of published practices, newest first, escaped, with absolute links', async () => {
    const response = await t.client().get('/feeds/practices.rss').expect(200);
    const rss = parse(response.text).rss as { '@version': string; channel: { title: string; link: string[]; item: RssItem[] } };
    assert.equal(rss['@version'], '2.0');
    const items = rss.channel.item;
    assert.deepEqual(items.map((item) => item.link[0]), [`${publicUrl}/practices/${municipality.slug}`, `${publicUrl}/practices/${school.slug}`]);
    assert.equal(items[1]?.title, hostile.replace('\u0001', ''));
    assert.doesNotMatch(response.text, /<script>/);
    assert.equal(items[1]?.guid['#text'], `${publicUrl}/api/practices/${String(school._id)}`);
    assert.ok(!Number.isNaN(Date.parse(items[0]?.pubDate ?? '')));
    assert.ok(items[1]?.category?.some((c) => c.startsWith('DigCompEdu 2.1')));
    assert.ok(!response.text.includes(draft.slug));
  });

  it('filters by sector and by DigCompEdu or DigComp area', async () => {
    assert.deepEqual((await rssItems('?sector=school')).map((item) => item.title), [hostile.replace('\u0001', '')]);
    assert.deepEqual((await rssItems('?area=digCompEdu:1')).map((item) => item.title), ['Občinski načrt digitalizacije']);
    assert.deepEqual((await rssItems('?area=digComp:5&sector=local-government')).map((item) => item.title), ['Občinski načrt digitalizacije']);
    assert.deepEqual(await rssItems('?area=digCompEdu:6'), []);
    for (const query of ['?area=digCompEdu:7', '?area=digComp:6', '?area=other:1', '?sector=moon', '?unknown=1']) {
      await t.client().get(`/feeds/practices.rss${query}`).expect(400);
    }
  });

  it('serves Atom 1.0 with ids, self link and the filter in its title', async () => {
    const response = await t.client().get('/feeds/practices.atom?area=digCompEdu:2').expect(200);
    assert.match(response.headers['content-type'], /^application\/atom\+xml/);
    const feed = parse(response.text).feed as {
      '@xmlns': string;
      title: string;
      link: Array<{ '@rel': string; '@href': string }>;
      entry: Array<{ id: string; title: string; link: Array<{ '@href': string }>; updated: string }>;
    };
    assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
    assert.match(feed.title, /DigCompEdu area 2: Digital resources/);
    assert.equal(feed.link.find((link) => link['@rel'] === 'self')?.['@href'], `${publicUrl}/feeds/practices.atom?area=digCompEdu%3A2`);
    assert.equal(feed.entry.length, 1);
    assert.equal(feed.entry[0]?.id, `${publicUrl}/api/practices/${String(school._id)}`);
    assert.equal(feed.entry[0]?.link[0]?.['@href'], `${publicUrl}/practices/${school.slug}`);
    assert.ok(!Number.isNaN(Date.parse(feed.entry[0]?.updated ?? '')));
  });

  it('serves JSON-LD of a published practice with LRMI properties, and 404 for drafts', async () => {
    await t.client().get(`/api/practices/${String(draft._id)}/jsonld`).expect(404);
    await t.client().get('/api/practices/not-an-id/jsonld').expect(404);
    const response = await t.client().get(`/api/practices/${String(municipality._id)}/jsonld`).expect(200);
    assert.match(response.headers['content-type'], /^application\/ld\+json/);
    const data = JSON.parse(response.text) as Record<string, unknown>;
    assert.deepEqual(data['@type'], ['CreativeWork', 'LearningResource']);
    assert.equal(data.url, `${publicUrl}/practices/${municipality.slug}`);
    assert.equal(data.name, 'Občinski načrt digitalizacije');
    assert.equal(data.inLanguage, 'sl');
    assert.equal(data.license, 'https://creativecommons.org/licenses/by/4.0/');
    assert.equal(data.learningResourceType, 'Digital strategy or plan');
    const levels = data.educationalLevel as Array<{ termCode: string }>;
    assert.deepEqual(levels.map((level) => level.termCode), ['isced-1', 'isced-2']);
    const teaches = data.teaches as Array<{ termCode: string; inDefinedTermSet: { name: string; url: string } }>;
    assert.deepEqual(teaches.map((term) => `${term.inDefinedTermSet.name} ${term.termCode}`), ['DigCompEdu 1.2', 'DigComp 2.2 5.3']);
    assert.ok(teaches.every((term) => term.inDefinedTermSet.url.startsWith('https://')));
    const audience = data.audience as Array<{ '@type': string; educationalRole: string }>;
    assert.equal(audience[0]?.['@type'], 'EducationalAudience');
    assert.equal((data.workTranslation as Array<{ inLanguage: string }>)[0]?.inLanguage, 'en');
  });
});
