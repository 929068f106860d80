// Reuse through HTTP: the practice page's cite/share/PDF panel, the PDF itself (DejaVu embedded so č, ł, å render,
// labels in the reader's language), CSV/JSON exports of a browse result and a collection, sitemap.xml with hreflang
// alternates, robots.txt, and feeds linked from the pages they follow with <link rel="alternate">.
import { strict as assert } from 'node:assert';
import { inflateSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Response } from 'superagent';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import type { Practice } from '../../server/models/practice.js';
import { conferenceCollection, contentActors, linkResource, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const publicUrl = 'https://praxis.example.eu';
type Json = Record<string, unknown>;

/** The text of every Flate stream of a PDF, inflated: the page content and the fonts' ToUnicode maps. */
function pdfStreams(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (an embedded font program or an image): nothing to read as text.
    }
  }
  return out.join('\n');
}

const binaryParser = (res: Response, callback: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('reuse: cite, share, PDF, exports, sitemap and feed links', () => {
  let t: TestApp;
  let practice: Practice;
  let formula: Practice;
  let draft: Practice;

  before(async () => {
    t = await startTestApp({ PUBLIC_URL: publicUrl });
    const actors = await contentActors(t.ctx);
    practice = await publishedPractice(t.ctx, actors, practiceInput('Šolska strategija: čšž, łąę in åäö', { sector: 'school' }));
    formula = await publishedPractice(t.ctx, actors, practiceInput('=HYPERLINK("http://evil.example","klik")', { sector: 'local-government' }));
    draft = await createPractice(t.ctx, actors.author, practiceInput('Osnutek brez PDF'));
    const resource = await linkResource(t.ctx, actors, 'Priročnik za digitalno strategijo');
    await conferenceCollection(t.ctx, actors, 'Spring conference 2025', [
      { type: 'practice', id: String(practice._id) },
      { type: 'resource', id: String(resource._id) },
      { type: 'practice', id: String(draft._id) },
    ]);
  });
  after(async () => t.close());

  it('offers PDF, share links, the licence and citations as text, BibTeX and CSL-JSON on the practice page, in the reader’s language', async () => {
    const response = await t.client().get(`/practices/${practice.slug}?lang=sl`).expect(200);
    const page = response.text;
    assert.match(page, /<h2 id="reuse-heading">Uporabite in delite to prakso<\/h2>/);
    assert.match(page, new RegExp(`href="/practices/${practice.slug}/pdf\\?text=sl"`));
    assert.match(page, /href="mailto:\?subject=/);
    assert.match(page, /https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?url=https%3A%2F%2Fpraxis\.example\.eu%2Fpractices%2F/);
    assert.match(page, /rel="license" href="https:\/\/creativecommons.org\/licenses\/by\/4.0\/"/);
    const year = practice.publishedAt?.getUTCFullYear();
    assert.match(page, new RegExp(`Mojca Novak \\(${year}\\)\\. Šolska strategija: čšž, łąę in åäö\\. Praxis\\. ${publicUrl}/practices/${practice.slug}`));
    assert.match(page, /@misc\{praxis\d{4}[a-z0-9]+,\n {2}author = \{Mojca Novak\},\n {2}title = \{Šolska strategija: čšž, łąę in åäö\}/);
    const csl = /<h3 id="cite-csl">CSL-JSON<\/h3>\s*<pre[^>]*>([^<]+)<\/pre>/.exec(page)?.[1] ?? '';
    const parsed = JSON.parse(csl.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')) as Json[];
    assert.equal(parsed[0]?.type, 'webpage');
    assert.equal(parsed[0]?.URL, `${publicUrl}/practices/${practice.slug}`);
    assert.deepEqual(parsed[0]?.author, [{ literal: 'Mojca Novak' }]);
  });

  it('renders the practice as a PDF with an embedded DejaVu font covering č š ž ł ą ę å ä ö, headings in the reader’s language', async () => {
    const response = await t.client().get(`/practices/${practice.slug}/pdf?text=sl&lang=pl`).buffer(true).parse(binaryParser).expect(200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    const pdf = response.body as Buffer;
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const raw = pdf.toString('latin1');
    assert.match(raw, /\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    assert.match(raw, /\/Lang \(sl\)/);
    const streams = pdfStreams(pdf).toLowerCase();
    for (const char of 'čšžłąęåäöŚ'.toLowerCase()) {
      assert.ok(streams.includes(`<${char.codePointAt(0)?.toString(16).padStart(4, '0')}>`), `the font maps ${char}`);
    }
    const anonymousDraft = await t.client().get(`/practices/${draft.slug}/pdf`);
    assert.equal(anonymousDraft.status, 404);
  });

  it('exports the browse result as CSV (UTF-8 BOM, formulas defused) and JSON with the same filters', async () => {
    const csv = await t.client().get('/practices/export.csv?lang=en').expect(200);
    assert.match(csv.headers['content-type'], /^text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="praxis-practices.csv"/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'type,title,url,language,category,sector,country,educationLevels,digCompEdu,evidenceLevel,licence,published,summary');
    assert.equal(lines.length, 3);
    assert.ok(lines.some((line) => line.startsWith(`practice,"'=HYPERLINK(""http://evil.example"",""klik"")"`)), 'a formula is prefixed with a quote');
    assert.ok(lines.some((line) => line.includes('Šolska strategija: čšž') && line.includes(',School,Slovenia,')));
    const json = await t.client().get('/practices/export.json?sector=local-government').expect(200);
    const body = json.body as { data: Json[] };
    assert.deepEqual(body.data.map((row) => row.url), [`${publicUrl}/practices/${formula.slug}`]);
    const bad = await t.client().get('/practices/export.xlsx').set('Accept', 'application/json').expect(400);
    assert.equal((bad.body as { error: { code: string } }).error.code, 'unknown_format');
  });

  it('exports a collection’s visible items, leaving out what the reader may not see', async () => {
    const collection = await t.ctx.models.Collection.findOne().lean();
    const json = await t.client().get(`/collections/${collection?.slug}/export.json`).expect(200);
    const rows = (json.body as { data: Json[] }).data;
    assert.deepEqual(rows.map((row) => [row.type, row.title]), [['practice', 'Šolska strategija: čšž, łąę in åäö'], ['resource', 'Priročnik za digitalno strategijo']]);
    const page = await t.client().get(`/collections/${collection?.slug}`).expect(200);
    assert.match(page.text, new RegExp(`href="/collections/${collection?.slug}/export.csv"`));
    await t.client().get('/collections/no-such-collection/export.csv').expect(404);
  });

  it('lists every public page in sitemap.xml with hreflang alternates, and robots.txt names it', async () => {
    const response = await t.client().get('/sitemap.xml').expect(200);
    assert.equal(XMLValidator.validate(response.text), true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'xhtml:link'].includes(name) }).parse(response.text) as { urlset: { url: Json[] } };
    const urls = parsed.urlset.url;
    const practiceUrl = urls.find((url) => url.loc === `${publicUrl}/practices/${practice.slug}`);
    assert.ok(practiceUrl, 'the published practice is listed');
    assert.deepEqual((practiceUrl['xhtml:link'] as Json[]).map((link) => [link['@hreflang'], link['@href']]), [
      ['sl', `${publicUrl}/practices/${practice.slug}?lang=sl`],
      ['pl', `${publicUrl}/practices/${practice.slug}?lang=pl`],
      ['sv', `${publicUrl}/practices/${practice.slug}?lang=sv`],
      ['en', `${publicUrl}/practices/${practice.slug}?lang=en`],
      ['x-default', `${publicUrl}/practices/${practice.slug}`],
    ]);
    assert.ok(!urls.some((url) => String(url.loc).includes(draft.slug)), 'no draft');
    const resource = await t.ctx.models.Resource.findOne().lean();
    assert.ok(urls.some((url) => url.loc === `${publicUrl}/resources/${resource?.slug}`));
    const robots = await t.client().get('/robots.txt').expect(200);
    assert.match(robots.text, new RegExp(`^Sitemap: ${publicUrl}/sitemap.xml$`, 'm'));
  });

  it('links the RSS and Atom feeds from the home and browse pages, narrowed to the sector being browsed', async () => {
    const home = await t.client().get('/?lang=sv').expect(200);
    assert.match(home.text, /<link rel="alternate" type="application\/rss\+xml" title="Nya praktiker \(RSS\)" href="\/feeds\/practices.rss">/);
    assert.match(home.text, /<link rel="alternate" type="application\/atom\+xml" title="Nya praktiker \(Atom\)" href="\/feeds\/practices.atom">/);
    const browse = await t.client().get('/practices?sector=school').expect(200);
    assert.match(browse.text, /<link rel="alternate" type="application\/rss\+xml"[^>]+href="\/feeds\/practices.rss\?sector=school">/);
    assert.match(browse.text, /href="\/practices\/export.csv\?sector=school"/);
    const feed = await t.client().get('/feeds/practices.rss?sector=school').expect(200);
    assert.match(feed.text, new RegExp(practice.slug));
  });
});
