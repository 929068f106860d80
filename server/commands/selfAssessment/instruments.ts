// Instruments as versioned data: saving a new version as a draft or publishing it (organisers; the number is the
// next one of its key), publishing a draft, retiring an instrument (no new attempt or round; results stay readable),
// the current version of each instrument, and one version by key and number. Past attempts keep their version.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, isDuplicateKeyError, notFound } from '../../errors.js';
import type { Instrument, InstrumentState } from '../../models/instrument.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { instrumentInputSchema, instrumentKeySchema, instrumentVersionQuerySchema } from './schemas.js';

export const stateOf = (instrument: Pick<Instrument, 'state'>): InstrumentState => instrument.state ?? 'published';
const notDraft = { state: { $ne: 'draft' as const } };

export async function publishInstrument(ctx: AppContext, actor: Actor, input: unknown, state: 'draft' | 'published' = 'published'): Promise<Instrument> {
  authorize(actor, 'instrument.publish');
  const data = parseInput(instrumentInputSchema, input, 'instrument');
  const latest = await ctx.models.Instrument.findOne({ key: data.key }, { version: 1, framework: 1, audience: 1 }).sort({ version: -1 }).lean<Pick<Instrument, 'version' | 'framework' | 'audience'>>();
  if (latest && (latest.framework !== data.framework || latest.audience !== data.audience)) {
    throw conflict('instrument_kind_changed', 'A new version keeps the framework and audience of the instrument; publish a different instrument instead.');
  }
  try {
    const created = await ctx.models.Instrument.create({ ...data, state, version: (latest?.version ?? 0) + 1, publishedBy: new Types.ObjectId(actor.userId ?? undefined) });
    await recordAudit(ctx, actor, { action: state === 'draft' ? 'instrument.draft' : 'instrument.publish', subjectType: 'instrument', subjectId: String(created._id), data: { key: data.key, version: created.version } });
    return created.toObject();
  } catch (error) {
    if (isDuplicateKeyError(error)) throw conflict('instrument_version_taken', 'Another version of this instrument was published at the same moment; try again.');
    throw error;
  }
}

/** Publishes a draft version; 409 unless it is a draft. */
export async function publishDraft(ctx: AppContext, actor: Actor, key: unknown, query: unknown): Promise<Instrument> {
  authorize(actor, 'instrument.publish');
  const draft = await loadInstrument(ctx, key, query, true);
  const published = await ctx.models.Instrument.findOneAndUpdate({ _id: draft._id, state: 'draft' }, { $set: { state: 'published' } }, { returnDocument: 'after' }).lean<Instrument>();
  if (!published) throw conflict('instrument_not_draft', 'Only a draft version can be published; this one is published or retired already.');
  await recordAudit(ctx, actor, { action: 'instrument.publish', subjectType: 'instrument', subjectId: String(draft._id), data: { key: draft.key, version: draft.version } });
  return published;
}

/** Retires every published version of an instrument: nobody starts it or opens a round of it again. */
export async function retireInstrument(ctx: AppContext, actor: Actor, key: unknown): Promise<Instrument> {
  authorize(actor, 'instrument.publish');
  const current = await loadInstrument(ctx, key);
  if (stateOf(current) === 'retired') throw conflict('instrument_retired', 'This instrument is retired: it takes no new answers or rounds.');
  await ctx.models.Instrument.updateMany({ key: current.key, ...notDraft }, { $set: { state: 'retired' } });
  await recordAudit(ctx, actor, { action: 'instrument.retire', subjectType: 'instrument', subjectId: String(current._id), data: { key: current.key } });
  return { ...current, state: 'retired' };
}

export function assertNotRetired(instrument: Pick<Instrument, 'state'>): void {
  if (stateOf(instrument) === 'retired') throw conflict('instrument_retired', 'This instrument is retired: it takes no new answers or rounds.');
}

/** The newest version of every instrument that is not a draft, ordered by key; retired ones only with `withRetired`. */
export async function listCurrentInstruments(ctx: AppContext, withRetired = false): Promise<Instrument[]> {
  const all = await ctx.models.Instrument.find(notDraft).sort({ key: 1, version: -1 }).lean<Instrument[]>();
  const newest = new Map<string, Instrument>();
  for (const instrument of all) if (!newest.has(instrument.key)) newest.set(instrument.key, instrument);
  return [...newest.values()].filter((instrument) => withRetired || stateOf(instrument) !== 'retired');
}

/** Every version of every instrument, drafts included, newest first within a key (the organisers' page). */
export async function listAllInstrumentVersions(ctx: AppContext, actor: Actor): Promise<Instrument[]> {
  authorize(actor, 'instrument.publish');
  return ctx.models.Instrument.find({}, { items: 0 }).sort({ key: 1, version: -1 }).lean<Instrument[]>();
}

/** A version of an instrument by key (the newest that is not a draft unless `version` is given; a draft by its
 * number only with `draft`); 404 when there is none. */
export async function loadInstrument(ctx: AppContext, key: unknown, query: unknown = {}, draft = false): Promise<Instrument> {
  const parsedKey = instrumentKeySchema.safeParse(key);
  if (!parsedKey.success) throw notFound('The instrument');
  const { version } = parseInput(instrumentVersionQuerySchema, query, 'query');
  const filter = version === undefined ? { key: parsedKey.data, ...notDraft } : { key: parsedKey.data, version, ...(draft ? {} : notDraft) };
  const instrument = await ctx.models.Instrument.findOne(filter).sort({ version: -1 }).lean<Instrument>();
  if (!instrument) throw notFound('The instrument');
  return instrument;
}

/** A published version never changes, so each context keeps the versions it has read (a handful in all). */
const versionsRead = new WeakMap<AppContext, Map<string, Readonly<Instrument>>>();
const keptVersions = 50;

export async function loadInstrumentById(ctx: AppContext, id: Types.ObjectId): Promise<Instrument> {
  const kept = versionsRead.get(ctx) ?? new Map<string, Readonly<Instrument>>();
  versionsRead.set(ctx, kept);
  const known = kept.get(String(id));
  if (known) return known;
  const instrument = await ctx.models.Instrument.findById(id).lean<Instrument>();
  if (!instrument) throw notFound('The instrument');
  if (kept.size >= keptVersions) kept.clear();
  kept.set(String(id), Object.freeze(instrument));
  return instrument;
}

/** The items a respondent in `role` is asked (every item of an individual instrument). */
export function itemsFor(instrument: Pick<Instrument, 'items' | 'audience'>, role: string | null): Instrument['items'] {
  if (instrument.audience === 'individual' || role === null) return instrument.items;
  return instrument.items.filter((item) => (item.roles as string[]).includes(role));
}
