// The OAI-PMH 2.0 endpoint through HTTP: every answer validated with xmllint against the protocol's schemas (the
// hand-written ones in test/fixtures/oai plus the served praxis.xsd), a paged harvest returning each published
// practice exactly once (also with ties on the datestamp and a write in the middle), deleted records, sets, and
// the protocol's error elements for bad verbs, arguments and tokens, with nothing written.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import { unpublishPractice } from '../../server/commands/practices/unpublishPractice.js';
import { featurePractice } from '../../server/commands/practices/featurePractice.js';
import type { Practice } from '../../server/models/practice.js';
import { contentActors, practiceInput, publishedPractice, type ContentActors } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const publicUrl = 'https://praxis.example.eu';
const fixtures = new URL('../fixtures/oai/', import.meta.url);
const schemaFiles = ['OAI-PMH.xsd', 'oai_dc.xsd', 'dc.xsd', 'xml.xsd', 'oai-identifier.xsd'];
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, attributeNamePrefix: '@', isArray: (name) => ['record', 'header', 'setSpec', 'set', 'error', 'metadataFormat', 'dc:title', 'praxis:text', 'praxis:term'].includes(name) });

type Json = Record<string, unknown>;
interface Header { identifier: string; datestamp: string; setSpec?: string[]; '@status'?: string }
interface Token { '#text'?: string; '@cursor': string; '@completeListSize': string }

/** The same practice written in Polish first: the Slovenian texts become the Polish original. */
function polishOriginal(input: Record<string, unknown>): Record<string, unknown> {
  const texts = input.texts as Record<string, Record<string, unknown>>;
  return { ...input, originalLanguage: 'pl', texts: { pl: { ...texts.sl, title: 'Gminna strategia cyfrowa: łączność, ścieżki, ąę', summary: 'Gmina & szkoły <razem>.' } } };
}

const headerOf = (record: Json): Header => (record.header as Header[])[0] as Header;

describe('OAI-PMH endpoint', () => {
  let t: TestApp;
  let actors: ContentActors;
  let published: Practice[];
  let withdrawn: Practice;
  let schemas: { fileName: string; contents: string }[];

  const identifierOf = (practice: Practice): string => `oai:praxis.example.eu:practices/${String(practice._id)}`;

  const validate = async (xml: string): Promise<void> => {
    const result = await validateXML({ xml: { fileName: 'answer.xml', contents: xml }, schema: { fileName: 'harvest.xsd', contents: await readFile(new URL('harvest.xsd', fixtures), 'utf8') }, preload: schemas });
    assert.ok(result.valid, `valid against the OAI-PMH schema: ${result.errors.map((error) => error.message).join('; ')}\n${xml.slice(0, 600)}`);
  };
  const oai = async (query: string): Promise<Json> => {
    const response = await t.client().get(`/oai?${query}`).expect(200);
    assert.match(response.headers['content-type'], /^text\/xml/);
    await validate(response.text);
    return parser.parse(response.text)['OAI-PMH'] as Json;
  };
  const errorCodes = (answer: Json): string[] => ((answer.error ?? []) as Json[]).map((error) => String(error['@code']));

  const harvest = async (verb: 'ListRecords' | 'ListIdentifiers', first: string, between?: (page: number) => Promise<void>): Promise<{ headers: Header[]; records: Json[]; pages: number }> => {
    const headers: Header[] = [];
    const records: Json[] = [];
    let query = `verb=${verb}&${first}`;
    for (let page = 1; ; page += 1) {
      const answer = (await oai(query))[verb] as Json;
      const pageRecords = verb === 'ListRecords' ? ((answer.record ?? []) as Json[]) : [];
      records.push(...pageRecords);
      headers.push(...(verb === 'ListRecords' ? pageRecords.map(headerOf) : ((answer.header ?? []) as Header[])));
      const token = answer.resumptionToken as Token | undefined;
      if (!token?.['#text']) return { headers, records, pages: page };
      await between?.(page);
      query = `verb=${verb}&resumptionToken=${encodeURIComponent(token['#text'])}`;
    }
  };

  before(async () => {
    t = await startTestApp({ PUBLIC_URL: publicUrl, OAI_PAGE_SIZE: '2' });
    actors = await contentActors(t.ctx);
    schemas = await Promise.all(schemaFiles.map(async (fileName) => ({ fileName, contents: await readFile(new URL(fileName, fixtures), 'utf8') })));
    const praxisXsd = await t.client().get('/oai/praxis.xsd').expect(200);
    schemas.push({ fileName: 'praxis.xsd', contents: praxisXsd.text });
    published = [];
    const variants: Record<string, unknown>[] = [
      { sector: 'school', practiceType: 'training', country: 'SI' },
      { sector: 'local-government', practiceType: 'digital-strategy', country: 'PL' },
      { sector: 'school', practiceType: 'mentoring', country: 'SE' },
      { sector: 'central-administration', practiceType: 'training', country: 'SI' },
      { sector: 'school', practiceType: 'training', country: 'PL' },
    ];
    for (const [index, variant] of variants.entries()) {
      const input = practiceInput(`Dobra praksa št. ${index + 1}: čšž`, variant);
      published.push(await publishedPractice(t.ctx, actors, index === 1 ? polishOriginal(input) : input));
    }
    withdrawn = await publishedPractice(t.ctx, actors, practiceInput('Umaknjena praksa', { sector: 'school' }));
    withdrawn = await unpublishPractice(t.ctx, actors.reviewer, String(withdrawn._id), { reason: 'Outdated figures' });
    await createPractice(t.ctx, actors.author, practiceInput('Osnutek, ki ga nihče ne vidi'));
    // Two records written in the same millisecond: the cursor must still tell them apart.
    const tie = new Date(Date.now() - 60_000);
    await t.ctx.models.Practice.collection.updateMany({ _id: { $in: [published[1]?._id, published[2]?._id, published[3]?._id] } }, { $set: { updatedAt: tie } });
  });
  after(async () => t.close());

  it('identifies the repository: base URL, granularity, persistent deletes, an oai-identifier description', async () => {
    const identify = (await oai('verb=Identify')).Identify as Json;
    assert.equal(identify.baseURL, `${publicUrl}/oai`);
    assert.equal(String(identify.protocolVersion), '2.0');
    assert.equal(identify.deletedRecord, 'persistent');
    assert.equal(identify.granularity, 'YYYY-MM-DDThh:mm:ssZ');
    assert.match(String(identify.earliestDatestamp), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('lists the oai_dc and praxis formats, and the sets by type, sector and country', async () => {
    const formats = ((await oai('verb=ListMetadataFormats')).ListMetadataFormats as { metadataFormat: Json[] }).metadataFormat;
    assert.deepEqual(formats.map((format) => format.metadataPrefix), ['oai_dc', 'praxis']);
    assert.equal(formats[1]?.schema, `${publicUrl}/oai/praxis.xsd`);
    const sets = ((await oai('verb=ListSets')).ListSets as { set: Json[] }).set.map((set) => String(set.setSpec));
    for (const spec of ['type', 'type:training', 'sector', 'sector:local-government', 'country', 'country:SI']) assert.ok(sets.includes(spec), spec);
    await oai(`verb=ListMetadataFormats&identifier=${encodeURIComponent(identifierOf(published[0] as Practice))}`);
  });

  it('harvests every published practice exactly once over resumption tokens, and the withdrawn one as deleted', async () => {
    const { headers, records, pages } = await harvest('ListRecords', 'metadataPrefix=oai_dc');
    assert.equal(pages, 3);
    const live = headers.filter((header) => !header['@status']).map((header) => header.identifier);
    assert.deepEqual([...live].sort(), published.map(identifierOf).sort());
    assert.equal(new Set(headers.map((header) => header.identifier)).size, headers.length, 'no record twice');
    const deleted = headers.filter((header) => header['@status'] === 'deleted');
    assert.deepEqual(deleted.map((header) => header.identifier), [identifierOf(withdrawn)]);
    const deletedRecord = records.find((record) => headerOf(record)['@status'] === 'deleted');
    assert.equal(deletedRecord?.metadata, undefined, 'a deleted record carries no metadata');
    const polish = records.find((record) => headerOf(record).identifier === identifierOf(published[1] as Practice));
    const dc = (polish?.metadata as Json)['oai_dc:dc'] as Json;
    assert.deepEqual((dc['dc:title'] as Json[]).map((title) => [title['@xml:lang'], title['#text']]), [['pl', 'Gminna strategia cyfrowa: łączność, ścieżki, ąę']]);
    assert.equal(dc['dc:rights'], 'https://creativecommons.org/licenses/by/4.0/');
    assert.equal(dc['dc:identifier'], `${publicUrl}/practices/${published[1]?.slug}`);
  });

  it('keeps a harvest exact when a record is written between two pages', async () => {
    const { headers } = await harvest('ListIdentifiers', 'metadataPrefix=praxis', async (page) => {
      if (page === 1) await featurePractice(t.ctx, actors.reviewer, String(published[4]?._id), { featured: true });
    });
    const ids = headers.map((header) => header.identifier);
    assert.equal(new Set(ids).size, ids.length, 'no record twice');
    const untouched = published.filter((practice) => practice !== published[4]).map(identifierOf);
    for (const id of untouched) assert.ok(ids.includes(id), `${id} harvested`);
    const again = await harvest('ListIdentifiers', 'metadataPrefix=praxis');
    assert.ok(again.headers.some((header) => header.identifier === identifierOf(published[4] as Practice)), 'the written record is in the next harvest');
  });

  it('answers GetRecord in the praxis format with the practice’s fields and only public texts', async () => {
    const answer = await oai(`verb=GetRecord&metadataPrefix=praxis&identifier=${encodeURIComponent(identifierOf(published[0] as Practice))}`);
    const record = ((answer.GetRecord as Json).record as Json[])[0] as Json;
    const practice = (record.metadata as Json)['praxis:practice'] as Json;
    assert.equal((practice['praxis:sector'] as Json)['@id'], 'school');
    assert.equal((practice['praxis:country'] as Json)['@id'], 'SI');
    assert.deepEqual(((practice['praxis:digCompEdu'] as Json)['praxis:term'] as Json[]).map((term) => term['@id']), ['2.1', '3.1']);
    assert.deepEqual((practice['praxis:text'] as Json[]).map((text) => text['@lang']), ['sl'], 'the unreviewed machine translation is left out');
    assert.equal(practice['praxis:contact'], undefined, 'no contact person');
    assert.deepEqual((headerOf(record).setSpec ?? []).sort(), ['country', 'country:SI', 'sector', 'sector:school', 'type', 'type:training']);
  });

  it('limits a list to a set, and to a from/until window', async () => {
    const { headers } = await harvest('ListIdentifiers', 'metadataPrefix=oai_dc&set=type:training');
    assert.deepEqual(headers.map((header) => header.identifier).sort(), [published[0], published[3], published[4]].map((p) => identifierOf(p as Practice)).sort());
    assert.deepEqual(errorCodes(await oai('verb=ListRecords&metadataPrefix=oai_dc&from=2001-01-01&until=2001-12-31')), ['noRecordsMatch']);
    const recent = await harvest('ListIdentifiers', `metadataPrefix=oai_dc&from=${new Date(Date.now() - 3_600_000).toISOString().slice(0, 19)}Z`);
    assert.equal(recent.headers.length, published.length + 1);
  });

  it('answers POST requests like GET ones, without a session or CSRF token', async () => {
    const response = await t.client().agent.post('/oai').type('form').send({ verb: 'Identify' }).expect(200);
    await validate(response.text);
    assert.match(response.text, /<Identify>/);
  });

  it('answers bad verbs, arguments, tokens and identifiers with the protocol’s error element, writing nothing', async () => {
    const before = await t.ctx.models.Practice.find().sort({ _id: 1 }).lean();
    const cases: [string, string][] = [
      ['', 'badVerb'],
      ['verb=Harvest', 'badVerb'],
      ['verb=Identify&verb=ListSets', 'badVerb'],
      ['verb=Identify&extra=1', 'badArgument'],
      ['verb=ListRecords', 'badArgument'],
      ['verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=praxis', 'badArgument'],
      ['verb=ListRecords&metadataPrefix=oai_dc&from=yesterday', 'badArgument'],
      ['verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-01-01T00:00:00Z', 'badArgument'],
      ['verb=ListRecords&metadataPrefix=oai_dc&set=colour:blue', 'badArgument'],
      ['verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc', 'badArgument'],
      ['verb=ListRecords&resumptionToken=not-a-token', 'badResumptionToken'],
      [`verb=ListRecords&resumptionToken=${Buffer.from('{"p":"oai_dc"}').toString('base64url')}`, 'badResumptionToken'],
      ['verb=ListSets&resumptionToken=x', 'badResumptionToken'],
      ['verb=ListRecords&metadataPrefix=marc21', 'cannotDisseminateFormat'],
      ['verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:praxis.example.eu:practices/000000000000000000000000', 'idDoesNotExist'],
      ['verb=GetRecord&metadataPrefix=oai_dc&identifier=%24where', 'idDoesNotExist'],
    ];
    for (const [query, code] of cases) {
      const answer = await oai(query);
      assert.deepEqual(errorCodes(answer), [code], query);
      if (code === 'badVerb' || code === 'badArgument') assert.equal((answer.request as Json)['@verb'], undefined, `${query}: no echoed arguments`);
    }
    const draft = await t.ctx.models.Practice.findOne({ publishedAt: null }).lean();
    assert.deepEqual(errorCodes(await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(`oai:praxis.example.eu:practices/${String(draft?._id)}`)}`)), ['idDoesNotExist'], 'a never-published draft does not exist');
    assert.deepEqual(await t.ctx.models.Practice.find().sort({ _id: 1 }).lean(), before);
  });
});
