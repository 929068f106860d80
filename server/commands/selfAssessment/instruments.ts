// Instruments as versioned data: publishing a new version (organisers; the number is the next one of its key),
// the current version of each instrument, and one version by key and number. Past attempts keep their version.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, isDuplicateKeyError, notFound } from '../../errors.js';
import type { Instrument } from '../../models/instrument.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { instrumentInputSchema, instrumentKeySchema, instrumentVersionQuerySchema } from './schemas.js';

export async function publishInstrument(ctx: AppContext, actor: Actor, input: unknown): Promise<Instrument> {
  authorize(actor, 'instrument.publish');
  const data = parseInput(instrumentInputSchema, input, 'instrument');
  const latest = await ctx.models.Instrument.findOne({ key: data.key }, { version: 1, framework: 1, audience: 1 }).sort({ version: -1 }).lean<Pick<Instrument, 'version' | 'framework' | 'audience'>>();
  if (latest && (latest.framework !== data.framework || latest.audience !== data.audience)) {
    throw conflict('instrument_kind_changed', 'A new version keeps the framework and audience of the instrument; publish a different instrument instead.');
  }
  try {
    const created = await ctx.models.Instrument.create({ ...data, version: (latest?.version ?? 0) + 1, publishedBy: new Types.ObjectId(actor.userId ?? undefined) });
    await recordAudit(ctx, actor, { action: 'instrument.publish', subjectType: 'instrument', subjectId: String(created._id), data: { key: data.key, version: created.version } });
    return created.toObject();
  } catch (error) {
    if (isDuplicateKeyError(error)) throw conflict('instrument_version_taken', 'Another version of this instrument was published at the same moment; try again.');
    throw error;
  }
}

/** The newest version of every instrument, ordered by key. */
export async function listCurrentInstruments(ctx: AppContext): Promise<Instrument[]> {
  const all = await ctx.models.Instrument.find({}).sort({ key: 1, version: -1 }).lean<Instrument[]>();
  const newest = new Map<string, Instrument>();
  for (const instrument of all) if (!newest.has(instrument.key)) newest.set(instrument.key, instrument);
  return [...newest.values()];
}

/** A version of an instrument by key (the newest unless `version` is given); 404 when there is none. */
export async function loadInstrument(ctx: AppContext, key: unknown, query: unknown = {}): Promise<Instrument> {
  const parsedKey = instrumentKeySchema.safeParse(key);
  if (!parsedKey.success) throw notFound('The instrument');
  const { version } = parseInput(instrumentVersionQuerySchema, query, 'query');
  const filter = version === undefined ? { key: parsedKey.data } : { key: parsedKey.data, version };
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
