// OAI-PMH 2.0 requests answered from the practices (protocol §3–4): the arguments checked per verb, records paged
// on (updatedAt, _id) with a resumption token whose `until` is frozen at the first page (so a record written during
// a harvest is neither sent twice nor makes another one skip), and practices that were once published but no
// longer are (unpublished, archived, deleted) answered as deleted records.
import { Types, type QueryFilter } from 'mongoose';
import { anonymous, type AppContext } from '../../context.js';
import type { Practice } from '../../models/practice.js';
import { can } from '../../policies/index.js';
import { accessOf } from '../practices/loadPractice.js';
import { termIds } from '../../vocab/index.js';
import {
  oaiArgumentsSchema,
  oaiDatestampSchema,
  oaiResumptionTokenSchema,
  oaiVerbs,
  type OaiResumptionToken,
  type OaiVerb,
} from './schemas.js';

export const oaiErrorCodes = [
  'badArgument',
  'badResumptionToken',
  'badVerb',
  'cannotDisseminateFormat',
  'idDoesNotExist',
  'noRecordsMatch',
  'noMetadataFormats',
  'noSetHierarchy',
] as const;
export type OaiErrorCode = (typeof oaiErrorCodes)[number];

export interface OaiError {
  readonly code: OaiErrorCode;
  readonly message: string;
}

export const oaiMetadataPrefixes = ['oai_dc', 'praxis'] as const;
export type OaiMetadataPrefix = (typeof oaiMetadataPrefixes)[number];

/** Set families: `type:<practice type>`, `sector:<sector>`, `country:<ISO code>`, each with its parent set. */
export const oaiSetFamilies = { type: 'practiceTypes', sector: 'sectors', country: 'countries' } as const;
export type OaiSetFamily = keyof typeof oaiSetFamilies;
const setFields: Record<OaiSetFamily, 'practiceType' | 'sector' | 'country'> = { type: 'practiceType', sector: 'sector', country: 'country' };

export interface OaiRecord {
  readonly practice: Practice;
  readonly deleted: boolean;
  readonly setSpecs: readonly string[];
}

export interface OaiPage {
  readonly records: readonly OaiRecord[];
  /** The token for the next page; `''` on the last page of a list that had a token (§3.5); null when it fit one page. */
  readonly resumptionToken: { readonly token: string; readonly cursor: number; readonly completeListSize: number } | null;
}

export type OaiAnswer =
  | { readonly verb: 'Identify'; readonly earliest: Date }
  | { readonly verb: 'ListMetadataFormats' }
  | { readonly verb: 'ListSets' }
  | { readonly verb: 'GetRecord'; readonly metadataPrefix: OaiMetadataPrefix; readonly record: OaiRecord }
  | ({ readonly verb: 'ListIdentifiers' | 'ListRecords'; readonly metadataPrefix: OaiMetadataPrefix } & OaiPage);

export interface OaiResponse {
  /** The arguments echoed in <request>: only when the request was free of badVerb/badArgument errors (§3.6). */
  readonly request: Readonly<Record<string, string>>;
  readonly answer: OaiAnswer | null;
  readonly errors: readonly OaiError[];
}

const allowedArguments: Record<OaiVerb, { required: readonly string[]; optional: readonly string[]; exclusive?: string }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: ['resumptionToken'], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
  ListIdentifiers: { required: ['metadataPrefix'], optional: ['from', 'until', 'set', 'resumptionToken'], exclusive: 'resumptionToken' },
  ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set', 'resumptionToken'], exclusive: 'resumptionToken' },
};

const oaiError = (code: OaiErrorCode, message: string): OaiError => ({ code, message });

/** The identifier of a practice's record: `oai:<host of the public URL>:practices/<id>`. */
export function oaiIdentifier(publicUrl: string, id: Types.ObjectId | string): string {
  return `oai:${new URL(publicUrl).hostname}:practices/${String(id)}`;
}

function practiceIdOf(publicUrl: string, identifier: string): string | null {
  const prefix = oaiIdentifier(publicUrl, '');
  if (!identifier.startsWith(prefix)) return null;
  const id = identifier.slice(prefix.length);
  return /^[0-9a-f]{24}$/.test(id) ? id : null;
}

/** Every set the repository offers, parents first: `type`, then `type:training`, … */
export function oaiSets(): { spec: string; family: OaiSetFamily; term: string | null }[] {
  return (Object.keys(oaiSetFamilies) as OaiSetFamily[]).flatMap((family) => [
    { spec: family, family, term: null },
    ...termIds(oaiSetFamilies[family]).map((term) => ({ spec: `${family}:${term}`, family, term: String(term) })),
  ]);
}

function setFilter(spec: string): QueryFilter<Practice> | null {
  const found = oaiSets().find((set) => set.spec === spec);
  if (!found) return null;
  const field = setFields[found.family];
  return found.term === null ? { [field]: { $nin: [null, ''] } } : { [field]: found.term };
}

export function setSpecsOf(practice: Practice): string[] {
  return (Object.keys(setFields) as OaiSetFamily[]).flatMap((family) => {
    const value = practice[setFields[family]];
    return value ? [family, `${family}:${value}`] : [];
  });
}

function toRecord(practice: Practice): OaiRecord {
  const live = practice.state === 'published' && practice.deletedAt === null && can(anonymous, 'practice.view', accessOf(practice));
  return { practice, deleted: !live, setSpecs: setSpecsOf(practice) };
}

/** Every practice that ever was public: the live ones and those to answer as deleted. */
const everPublished: QueryFilter<Practice> = { publishedAt: { $ne: null } };

function parseDatestamp(value: string, end: boolean): number | null {
  if (!oaiDatestampSchema.safeParse(value).success) return null;
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) return null;
  return end ? ms + (value.length === 10 ? 86_399_999 : 999) : ms;
}

export function encodeToken(token: OaiResumptionToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(text: string): OaiResumptionToken | null {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(text)) return null;
  try {
    const parsed = oaiResumptionTokenSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success && (oaiMetadataPrefixes as readonly string[]).includes(parsed.data.p) ? parsed.data : null;
  } catch {
    return null;
  }
}

interface ListScope {
  readonly prefix: OaiMetadataPrefix;
  readonly set: string | null;
  readonly from: number | null;
  readonly until: number;
  readonly after: readonly [number, string] | null;
  readonly cursor: number;
  readonly completeListSize: number | null;
}

function listFilter(scope: ListScope): QueryFilter<Practice> {
  const conditions: QueryFilter<Practice>[] = [everPublished, { updatedAt: { $lte: new Date(scope.until), ...(scope.from === null ? {} : { $gte: new Date(scope.from) }) } }];
  if (scope.set) conditions.push(setFilter(scope.set) ?? { _id: null });
  if (scope.after) {
    const at = new Date(scope.after[0]);
    const id = new Types.ObjectId(scope.after[1]);
    conditions.push({ $or: [{ updatedAt: { $gt: at } }, { updatedAt: at, _id: { $gt: id } }] });
  }
  return { $and: conditions };
}

async function listPage(ctx: AppContext, scope: ListScope): Promise<OaiPage | OaiError> {
  const pageSize = ctx.config.oai.pageSize;
  const filter = listFilter(scope);
  const [practices, counted] = await Promise.all([
    ctx.models.Practice.find(filter, { contact: 0, reviewComments: 0 }).sort({ updatedAt: 1, _id: 1 }).limit(pageSize + 1).lean<Practice[]>(),
    scope.completeListSize === null ? ctx.models.Practice.countDocuments(listFilter({ ...scope, after: null })) : Promise.resolve(scope.completeListSize),
  ]);
  if (practices.length === 0 && scope.after === null) return oaiError('noRecordsMatch', 'No records match the arguments of this request.');
  const page = practices.slice(0, pageSize);
  const last = page.at(-1);
  const more = practices.length > pageSize && last !== undefined;
  const hadToken = scope.after !== null;
  const nextCursor = scope.cursor + page.length;
  const token = more
    ? encodeToken({ p: scope.prefix, s: scope.set, f: scope.from, u: scope.until, a: [last.updatedAt.getTime(), String(last._id)], c: nextCursor, n: counted })
    : '';
  return {
    records: page.map(toRecord),
    resumptionToken: more || hadToken ? { token, cursor: scope.cursor, completeListSize: counted } : null,
  };
}

function checkArguments(verb: OaiVerb, args: Record<string, string>): OaiError | null {
  const rules = allowedArguments[verb];
  const given = Object.keys(args).filter((name) => name !== 'verb');
  const unknown = given.filter((name) => !rules.required.includes(name) && !rules.optional.includes(name));
  if (unknown.length > 0) return oaiError('badArgument', `The argument "${unknown.join('", "')}" is not allowed with ${verb}.`);
  if (rules.exclusive && rules.exclusive in args) {
    return given.length === 1 ? null : oaiError('badArgument', `${rules.exclusive} is an exclusive argument: send it alone with the verb.`);
  }
  const missing = rules.required.filter((name) => !(name in args));
  return missing.length > 0 ? oaiError('badArgument', `${verb} needs the argument "${missing.join('", "')}".`) : null;
}

function checkPrefix(prefix: string): OaiMetadataPrefix | OaiError {
  return (oaiMetadataPrefixes as readonly string[]).includes(prefix)
    ? (prefix as OaiMetadataPrefix)
    : oaiError('cannotDisseminateFormat', `The metadata format "${prefix}" is not offered; use oai_dc or praxis.`);
}

const isError = (value: unknown): value is OaiError => typeof value === 'object' && value !== null && 'code' in value && 'message' in value;

function listScope(args: Record<string, string>): ListScope | OaiError {
  if (args.resumptionToken !== undefined) {
    const token = decodeToken(args.resumptionToken);
    if (!token) return oaiError('badResumptionToken', 'The resumption token is not one this repository issued.');
    return { prefix: token.p as OaiMetadataPrefix, set: token.s, from: token.f, until: token.u, after: token.a, cursor: token.c, completeListSize: token.n };
  }
  const prefix = checkPrefix(args.metadataPrefix ?? '');
  if (isError(prefix)) return prefix;
  const from = args.from === undefined ? null : parseDatestamp(args.from, false);
  const until = args.until === undefined ? Date.now() : parseDatestamp(args.until, true);
  if ((args.from !== undefined && from === null) || until === null) return oaiError('badArgument', 'from and until must be dates (YYYY-MM-DD) or UTC datestamps (YYYY-MM-DDThh:mm:ssZ).');
  if (args.from && args.until && args.from.length !== args.until.length) return oaiError('badArgument', 'from and until must have the same granularity.');
  if (from !== null && from > until) return oaiError('badArgument', 'from must not be later than until.');
  if (args.set !== undefined && !setFilter(args.set)) return oaiError('badArgument', `The set "${args.set}" does not exist; ListSets names every set.`);
  return { prefix, set: args.set ?? null, from, until, after: null, cursor: 0, completeListSize: null };
}

async function findRecord(ctx: AppContext, identifier: string): Promise<OaiRecord | OaiError> {
  const id = practiceIdOf(ctx.config.publicUrl, identifier);
  const practice = id ? await ctx.models.Practice.findOne({ _id: id, ...everPublished }, { contact: 0, reviewComments: 0 }).lean<Practice>() : null;
  return practice ? toRecord(practice) : oaiError('idDoesNotExist', `The identifier "${identifier}" is unknown or illegal in this repository.`);
}

async function answerVerb(ctx: AppContext, verb: OaiVerb, args: Record<string, string>): Promise<OaiAnswer | OaiError> {
  switch (verb) {
    case 'Identify': {
      const earliest = await ctx.models.Practice.findOne(everPublished, { updatedAt: 1 }).sort({ updatedAt: 1, _id: 1 }).lean<Pick<Practice, 'updatedAt'>>();
      return { verb, earliest: earliest?.updatedAt ?? new Date() };
    }
    case 'ListMetadataFormats': {
      if (args.identifier === undefined) return { verb };
      const record = await findRecord(ctx, args.identifier);
      return isError(record) ? record : { verb };
    }
    case 'ListSets':
      return args.resumptionToken === undefined ? { verb } : oaiError('badResumptionToken', 'The set list fits one answer; this repository issued no token for it.');
    case 'GetRecord': {
      const prefix = checkPrefix(args.metadataPrefix ?? '');
      if (isError(prefix)) return prefix;
      const record = await findRecord(ctx, args.identifier ?? '');
      return isError(record) ? record : { verb, metadataPrefix: prefix, record };
    }
    case 'ListIdentifiers':
    case 'ListRecords': {
      const scope = listScope(args);
      if (isError(scope)) return scope;
      const page = await listPage(ctx, scope);
      return isError(page) ? page : { verb, metadataPrefix: scope.prefix, ...page };
    }
  }
}

/** Answers one OAI-PMH request; protocol errors are part of the answer (HTTP 200), never thrown. */
export async function oaiRequest(ctx: AppContext, input: unknown): Promise<OaiResponse> {
  const parsed = oaiArgumentsSchema.safeParse(input ?? {});
  if (!parsed.success) return { request: {}, answer: null, errors: [oaiError('badArgument', 'The request arguments could not be read.')] };
  const repeated = Object.entries(parsed.data).filter(([, value]) => Array.isArray(value));
  const args = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => typeof value === 'string')) as Record<string, string>;
  const verb = args.verb;
  if (!verb || !(oaiVerbs as readonly string[]).includes(verb)) {
    return { request: {}, answer: null, errors: [oaiError('badVerb', verb ? `"${verb}" is not an OAI-PMH verb.` : 'The request has no verb.')] };
  }
  if (repeated.length > 0) return { request: {}, answer: null, errors: [oaiError('badArgument', `The argument "${repeated.map(([name]) => name).join('", "')}" is repeated.`)] };
  const argumentError = checkArguments(verb as OaiVerb, args);
  if (argumentError) return { request: {}, answer: null, errors: [argumentError] };
  const answer = await answerVerb(ctx, verb as OaiVerb, args);
  if (!isError(answer)) return { request: args, answer, errors: [] };
  return { request: answer.code === 'badArgument' ? {} : args, answer: null, errors: [answer] };
}
