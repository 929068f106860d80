// OAI-PMH 2.0 responses as XML: the envelope (responseDate, request, errors), the verbs' payloads, and two metadata
// formats — oai_dc (Dublin Core) and `praxis`, which carries the practice's own fields and every public text.
import { oaiIdentifier, oaiSets, type OaiAnswer, type OaiRecord, type OaiResponse } from '../commands/oai/oaiRepository.js';
import type { Practice } from '../models/practice.js';
import { practiceMarkdownFields } from '../models/practice.js';
import { getTerm, termLabel, vocabularies, type VocabularyId } from '../vocab/index.js';
import { publicLanguages } from './publicTexts.js';
import { escapeXml } from './feeds.js';

export const oaiNamespace = 'http://www.openarchives.org/OAI/2.0/';
export const oaiDcNamespace = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
export const dcNamespace = 'http://purl.org/dc/elements/1.1/';
export const praxisNamespace = 'urn:x-praxis:practice:1';

const datestamp = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;
const element = (name: string, value: string | number | null | undefined, attributes = ''): string =>
  value === null || value === undefined || value === '' ? '' : `<${name}${attributes}>${escapeXml(String(value))}</${name}>`;

export interface OaiContext {
  readonly publicUrl: string;
  readonly repositoryName: string;
  readonly adminEmail: string;
  readonly authorNames: ReadonlyMap<string, string>;
}

function schemaLocations(ctx: OaiContext): Record<string, { namespace: string; schema: string }> {
  return {
    oai_dc: { namespace: oaiDcNamespace, schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd' },
    praxis: { namespace: praxisNamespace, schema: new URL('/oai/praxis.xsd', ctx.publicUrl).toString() },
  };
}

function header(ctx: OaiContext, record: OaiRecord): string {
  const { practice } = record;
  return `<header${record.deleted ? ' status="deleted"' : ''}><identifier>${escapeXml(oaiIdentifier(ctx.publicUrl, practice._id))}</identifier><datestamp>${datestamp(practice.updatedAt)}</datestamp>${record.setSpecs.map((spec) => `<setSpec>${escapeXml(spec)}</setSpec>`).join('')}</header>`;
}

const pageUrl = (ctx: OaiContext, practice: Practice): string => new URL(`/practices/${practice.slug}`, ctx.publicUrl).toString();

function dublinCore(ctx: OaiContext, practice: Practice): string {
  const languages = publicLanguages(practice);
  const lang = (language: string): string => ` xml:lang="${escapeXml(language)}"`;
  const subjects = [
    ...(practice.digCompEdu ?? []).map((id) => `DigCompEdu ${id} ${termLabel('digCompEdu', id, 'en')}`),
    ...(practice.digComp ?? []).map((id) => `DigComp ${id} ${termLabel('digComp', id, 'en')}`),
    ...(practice.sector ? [termLabel('sectors', practice.sector, 'en')] : []),
    ...(practice.tags ?? []),
  ];
  const author = ctx.authorNames.get(String(practice.authorId));
  const licence = practice.licence ? (getTerm('licences', practice.licence)?.url ?? termLabel('licences', practice.licence, 'en')) : '';
  return [
    `<oai_dc:dc xmlns:oai_dc="${oaiDcNamespace}" xmlns:dc="${dcNamespace}">`,
    ...languages.map((language) => element('dc:title', practice.texts[language]?.title, lang(language))),
    element('dc:creator', author),
    ...(practice.organisation?.name ? [element('dc:contributor', practice.organisation.name)] : []),
    ...subjects.map((subject) => element('dc:subject', subject)),
    ...languages.map((language) => element('dc:description', practice.texts[language]?.summary, lang(language))),
    element('dc:publisher', ctx.repositoryName),
    element('dc:date', practice.publishedAt ? practice.publishedAt.toISOString().slice(0, 10) : null),
    element('dc:type', practice.practiceType ? termLabel('practiceTypes', practice.practiceType, 'en') : null),
    element('dc:identifier', pageUrl(ctx, practice)),
    ...languages.map((language) => element('dc:language', language)),
    element('dc:coverage', practice.country ? termLabel('countries', practice.country, 'en') : null),
    element('dc:rights', licence),
    '</oai_dc:dc>',
  ].join('');
}

function terms(name: string, vocabId: VocabularyId, ids: readonly string[] | undefined): string {
  if (!ids || ids.length === 0) return '';
  const known = new Set(vocabularies[vocabId].terms.map((term) => term.id as string));
  return `<praxis:${name}>${ids.map((id) => `<praxis:term id="${escapeXml(id)}"${known.has(id) ? '' : ' unknown="true"'}>${escapeXml(termLabel(vocabId, id, 'en'))}</praxis:term>`).join('')}</praxis:${name}>`;
}

const term = (name: string, vocabId: VocabularyId, id: string | undefined): string =>
  id ? `<praxis:${name} id="${escapeXml(id)}">${escapeXml(termLabel(vocabId, id, 'en'))}</praxis:${name}>` : '';

function practiceRecord(ctx: OaiContext, practice: Practice): string {
  const texts = publicLanguages(practice).map((language) => {
    const text = practice.texts[language];
    if (!text) return '';
    const fields = practiceMarkdownFields.map((field) => element(`praxis:${field}`, text[field])).join('');
    return `<praxis:text lang="${escapeXml(language)}" provenance="${text.provenance}" reviewed="${String(text.reviewed || text.provenance === 'original')}">${element('praxis:title', text.title)}${fields}</praxis:text>`;
  });
  const scale = practice.scale ?? {};
  const scaleFields = (['schools', 'municipalities', 'participants', 'trainings'] as const).map((field) => element(`praxis:${field}`, scale[field])).join('');
  const licenceUrl = practice.licence ? getTerm('licences', practice.licence)?.url : undefined;
  return [
    `<praxis:practice xmlns:praxis="${praxisNamespace}" xsi:schemaLocation="${praxisNamespace} ${escapeXml(schemaLocations(ctx).praxis.schema)}">`,
    element('praxis:url', pageUrl(ctx, practice)),
    element('praxis:originalLanguage', practice.originalLanguage),
    element('praxis:published', practice.publishedAt?.toISOString()),
    element('praxis:updated', practice.updatedAt.toISOString()),
    element('praxis:author', ctx.authorNames.get(String(practice.authorId))),
    practice.organisation?.name || practice.organisation?.ownerType
      ? `<praxis:organisation>${element('praxis:name', practice.organisation.name)}${term('ownerType', 'ownerTypes', practice.organisation.ownerType)}</praxis:organisation>`
      : '',
    term('country', 'countries', practice.country),
    element('praxis:region', practice.region),
    term('sector', 'sectors', practice.sector),
    term('practiceType', 'practiceTypes', practice.practiceType),
    term('lifecycleStage', 'lifecycleStages', practice.lifecycleStage),
    terms('educationLevels', 'educationLevels', practice.educationLevels),
    terms('targetGroups', 'targetGroups', practice.targetGroups),
    terms('digCompEdu', 'digCompEdu', practice.digCompEdu),
    terms('digComp', 'digComp', practice.digComp),
    terms('selfieAreas', 'selfieAreas', practice.selfieAreas),
    terms('evidenceTypes', 'evidenceTypes', practice.evidenceTypes),
    term('evidenceLevel', 'evidenceLevels', practice.evidenceLevel),
    element('praxis:startDate', practice.startDate),
    element('praxis:endDate', practice.endDate),
    scaleFields ? `<praxis:scale>${scaleFields}</praxis:scale>` : '',
    element('praxis:programme', practice.programme),
    element('praxis:funding', practice.funding),
    practice.licence ? `<praxis:licence id="${escapeXml(practice.licence)}"${licenceUrl ? ` url="${escapeXml(licenceUrl)}"` : ''}>${escapeXml(termLabel('licences', practice.licence, 'en'))}</praxis:licence>` : '',
    ...(practice.tags ?? []).map((tag) => element('praxis:tag', tag)),
    ...texts,
    '</praxis:practice>',
  ].join('');
}

function record(ctx: OaiContext, prefix: string, oaiRecord: OaiRecord): string {
  if (oaiRecord.deleted) return `<record>${header(ctx, oaiRecord)}</record>`;
  const metadata = prefix === 'oai_dc' ? dublinCore(ctx, oaiRecord.practice) : practiceRecord(ctx, oaiRecord.practice);
  return `<record>${header(ctx, oaiRecord)}<metadata>${metadata}</metadata></record>`;
}

function resumption(token: { token: string; cursor: number; completeListSize: number } | null): string {
  return token ? `<resumptionToken completeListSize="${token.completeListSize}" cursor="${token.cursor}">${escapeXml(token.token)}</resumptionToken>` : '';
}

function identify(ctx: OaiContext, earliest: Date): string {
  const host = new URL(ctx.publicUrl).hostname;
  const identifierDescription = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/.test(host)
    ? `<description><oai-identifier xmlns="http://www.openarchives.org/OAI/2.0/oai-identifier"><scheme>oai</scheme><repositoryIdentifier>${escapeXml(host)}</repositoryIdentifier><delimiter>:</delimiter><sampleIdentifier>${escapeXml(oaiIdentifier(ctx.publicUrl, '5f0c8a1b2c3d4e5f60718293'))}</sampleIdentifier></oai-identifier></description>`
    : '';
  return `<Identify><repositoryName>${escapeXml(ctx.repositoryName)}</repositoryName><baseURL>${escapeXml(new URL('/oai', ctx.publicUrl).toString())}</baseURL><protocolVersion>2.0</protocolVersion><adminEmail>${escapeXml(ctx.adminEmail)}</adminEmail><earliestDatestamp>${datestamp(earliest)}</earliestDatestamp><deletedRecord>persistent</deletedRecord><granularity>YYYY-MM-DDThh:mm:ssZ</granularity>${identifierDescription}</Identify>`;
}

function payload(ctx: OaiContext, answer: OaiAnswer): string {
  switch (answer.verb) {
    case 'Identify':
      return identify(ctx, answer.earliest);
    case 'ListMetadataFormats':
      return `<ListMetadataFormats>${Object.entries(schemaLocations(ctx))
        .map(([prefix, format]) => `<metadataFormat><metadataPrefix>${prefix}</metadataPrefix><schema>${escapeXml(format.schema)}</schema><metadataNamespace>${format.namespace}</metadataNamespace></metadataFormat>`)
        .join('')}</ListMetadataFormats>`;
    case 'ListSets':
      return `<ListSets>${oaiSets()
        .map((set) => {
          const vocabulary = { type: 'practiceTypes', sector: 'sectors', country: 'countries' }[set.family] as VocabularyId;
          const name = set.term === null ? vocabularies[vocabulary].labels.en : `${vocabularies[vocabulary].labels.en}: ${termLabel(vocabulary, set.term, 'en')}`;
          return `<set><setSpec>${escapeXml(set.spec)}</setSpec><setName>${escapeXml(name)}</setName></set>`;
        })
        .join('')}</ListSets>`;
    case 'GetRecord':
      return `<GetRecord>${record(ctx, answer.metadataPrefix, answer.record)}</GetRecord>`;
    case 'ListIdentifiers':
      return `<ListIdentifiers>${answer.records.map((item) => header(ctx, item)).join('')}${resumption(answer.resumptionToken)}</ListIdentifiers>`;
    case 'ListRecords':
      return `<ListRecords>${answer.records.map((item) => record(ctx, answer.metadataPrefix, item)).join('')}${resumption(answer.resumptionToken)}</ListRecords>`;
  }
}

export function renderOaiResponse(ctx: OaiContext, response: OaiResponse, now = new Date()): string {
  const attributes = Object.entries(response.request)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  const body = response.answer ? payload(ctx, response.answer) : response.errors.map((error) => `<error code="${error.code}">${escapeXml(error.message)}</error>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="${oaiNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${oaiNamespace} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"><responseDate>${datestamp(now)}</responseDate><request${attributes}>${escapeXml(new URL('/oai', ctx.publicUrl).toString())}</request>${body}</OAI-PMH>`;
}
