// The exact statistics rollup: whoever records or withdraws participations, or saves feedback, moves the counter
// documents (models/statisticsRollup.ts) by $inc right after that write, and only for documents that write really
// inserted or removed, so a retried command never counts twice. Each scope (the site `*` or a programme) is kept for
// all time and per calendar year (`*@2026`: every dimension but the month, whose all-time cells already say it), so
// a statistics read for one year is as small as one without a period. Each person's per-cell tallies are changed
// with one atomic findOneAndUpdate that returns the tallies before it, which says exactly which cells gained or lost
// a person; a bulk write (an import) reads the tallies before and after one bulk $inc and says when another write
// came between. Ratings are kept per training too, so a year's satisfaction is that of the trainings it held.
import type { AnyBulkWriteOperation } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { Participation } from '../../models/participation.js';
import type { RollupDimension, StatisticsCell, StatisticsPerson } from '../../models/statisticsRollup.js';
import { findByIds } from '../shared/bulkStore.js';

export const allScope = '*';
/** How many people's tallies are changed at the same time. */
const parallelPeople = 16;

export type Counted = Pick<Participation, 'userId' | 'programmeId' | 'trainingId' | 'month' | 'format' | 'competences' | 'region' | 'organisationType' | 'organisationId' | 'hours'>;

interface CellChange {
  participations: number;
  participants: number;
  hours: number;
}

export const scopesOf = (programmeId: Participation['programmeId']): string[] => (programmeId ? [allScope, String(programmeId)] : [allScope]);

/** The scope of one calendar year of a scope, e.g. `*@2026`. */
export const yearScope = (scope: string, year: string): string => `${scope}@${year}`;

function cellsOf(p: Counted): Array<[RollupDimension, string]> {
  const cells: Array<[RollupDimension, string]> = [['total', ''], ['month', p.month], ['training', String(p.trainingId)], ['format', p.format]];
  for (const competence of new Set(p.competences)) cells.push(['competence', competence]);
  if (p.region) cells.push(['region', p.region]);
  if (p.organisationType) cells.push(['organisationType', p.organisationType]);
  if (p.organisationId) cells.push(['organisation', String(p.organisationId)]);
  return cells;
}

const escapeKey = (key: string): string => key.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/\$/g, '%24');

/** A person's tally field for a cell (`@2026|…` for a year's cell): dots and dollars cannot be in a field name. */
export const tallyField = (dimension: RollupDimension, key: string, year = ''): string => `${year ? `@${year}|` : ''}${dimension}|${escapeKey(key)}`;

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

export interface PersonCell {
  /** The person's tally field for this cell. */
  field: string;
  change: CellChange;
}

/** Per scope and person (`scope|userId`), per cell id: how many participations and hours `sign` moves there. */
export function tallyByPerson(participations: readonly Counted[], sign: 1 | -1): Map<string, Map<string, PersonCell>> {
  const byPerson = new Map<string, Map<string, PersonCell>>();
  // The same few hundred cells recur on thousands of rows: their ids and tally fields are worked out once each.
  const addresses = new Map<string, Array<[cellId: string, field: string]>>();
  const addressesOf = (scope: string, year: string, dimension: RollupDimension, key: string): Array<[string, string]> => {
    const id = `${scope}|${year}|${dimension}|${key}`;
    let found = addresses.get(id);
    if (!found) {
      found = [[`${scope}|${dimension}|${key}`, tallyField(dimension, key)]];
      if (dimension !== 'month') found.push([`${yearScope(scope, year)}|${dimension}|${key}`, tallyField(dimension, key, year)]);
      addresses.set(id, found);
    }
    return found;
  };
  for (const p of participations) {
    const year = p.month.slice(0, 4);
    const cellList = cellsOf(p);
    for (const scope of scopesOf(p.programmeId)) {
      const personId = `${scope}|${String(p.userId)}`;
      let cells = byPerson.get(personId);
      if (!cells) byPerson.set(personId, (cells = new Map<string, PersonCell>()));
      for (const [dimension, key] of cellList) {
        for (const [cellId, field] of addressesOf(scope, year, dimension, key)) {
          let cell = cells.get(cellId);
          if (!cell) cells.set(cellId, (cell = { field, change: { participations: 0, participants: 0, hours: 0 } }));
          cell.change.participations += sign;
          cell.change.hours += sign * p.hours;
        }
      }
    }
  }
  return byPerson;
}

/** The cell document's fixed fields from its id. */
export function cellAddress(cellId: string): Pick<StatisticsCell, 'scope' | 'dimension' | 'key'> {
  const [scope = allScope, dimension = 'total', ...key] = cellId.split('|');
  return { scope, dimension: dimension as RollupDimension, key: key.join('|') };
}

type Tallies = Record<string, number | undefined>;
type TallyChanges = Array<[personId: string, inc: Record<string, number>]>;

const tallyUpdate = (inc: Record<string, number>) => ({ $inc: Object.fromEntries(Object.entries(inc).map(([field, n]) => [`cells.${field}`, n])) });

/** One atomic findOneAndUpdate per person: the tallies each had just before, exactly. */
async function changeEach(ctx: AppContext, changes: TallyChanges): Promise<Map<string, Tallies>> {
  const before = new Map<string, Tallies>();
  await inBatches(changes, parallelPeople, async ([personId, inc]) => {
    const found = await ctx.models.StatisticsPerson.findOneAndUpdate({ _id: personId }, tallyUpdate(inc), { upsert: true, returnDocument: 'before' }).lean<StatisticsPerson>();
    before.set(personId, found?.cells ?? {});
  });
  return before;
}

/**
 * Many people at once: one read, one bulk write, one read after. The tallies read before are exact unless another
 * write changed the same tallies in between, which the read after shows (then `exact` is false).
 */
async function changeInBulk(ctx: AppContext, changes: TallyChanges): Promise<{ before: Map<string, Tallies>; exact: boolean }> {
  const ids = changes.map(([personId]) => personId);
  const read = async (): Promise<Map<string, Tallies>> => new Map((await findByIds<StatisticsPerson, StatisticsPerson>(ctx.models.StatisticsPerson, ids, { cells: 1 })).map((p) => [p._id, p.cells ?? {}]));
  const before = await read();
  await ctx.models.StatisticsPerson.bulkWrite(
    changes.map(([personId, inc]) => ({ updateOne: { filter: { _id: personId }, update: tallyUpdate(inc), upsert: true } })),
    { ordered: false },
  );
  const after = await read();
  const exact = changes.every(([personId, inc]) => Object.entries(inc).every(([field, n]) => (after.get(personId)?.[field] ?? 0) === (before.get(personId)?.[field] ?? 0) + n));
  return { before, exact };
}

const cellUpdate = (cellId: string, inc: Partial<Record<'participations' | 'participants' | 'hours' | 'ratings' | 'ratingSum', number>>): AnyBulkWriteOperation<StatisticsCell> => ({
  updateOne: { filter: { _id: cellId }, update: { $inc: inc, $setOnInsert: cellAddress(cellId) }, upsert: true },
});

/**
 * Adds (sign 1) or takes away (sign -1) participations that were just inserted or removed. Returns false when a
 * concurrent write to the same people's tallies made the counts uncertain: then repair the rollup (statisticsRollupRepair.ts).
 */
export async function countParticipations(ctx: AppContext, participations: readonly Counted[], sign: 1 | -1): Promise<boolean> {
  if (participations.length === 0) return true;
  const byPerson = tallyByPerson(participations, sign);
  const changes: TallyChanges = [...byPerson].map(([personId, cells]) => [personId, Object.fromEntries([...cells.values()].map(({ field, change }) => [field, change.participations]))]);
  const { before, exact } = changes.length > parallelPeople ? await changeInBulk(ctx, changes) : { before: await changeEach(ctx, changes), exact: true };
  const cellChanges = new Map<string, CellChange>();
  for (const [personId, cells] of byPerson) {
    for (const [cellId, { field, change }] of cells) {
      const had = before.get(personId)?.[field] ?? 0;
      const has = had + change.participations;
      const total = cellChanges.get(cellId) ?? { participations: 0, participants: 0, hours: 0 };
      total.participations += change.participations;
      total.hours += change.hours;
      total.participants += had <= 0 && has > 0 ? 1 : had > 0 && has <= 0 ? -1 : 0;
      cellChanges.set(cellId, total);
    }
  }
  await ctx.models.StatisticsCell.bulkWrite([...cellChanges].map(([cellId, change]) => cellUpdate(cellId, { ...change })), { ordered: false });
  return exact;
}

/** The cells a training's rating moves: each scope's total and the training's own cell. */
export const ratingCellsOf = (programmeId: Participation['programmeId'], trainingId: Participation['trainingId']): string[] =>
  scopesOf(programmeId).flatMap((scope) => [`${scope}|total|`, `${scope}|training|${String(trainingId)}`]);

/** Moves the ratings of a training: a new rating (count 1), a changed one (count 0) or a removed one (-1). */
export async function countRating(ctx: AppContext, training: { programmeId: Participation['programmeId']; _id: Participation['trainingId'] }, count: number, ratingChange: number): Promise<void> {
  if (count === 0 && ratingChange === 0) return;
  await ctx.models.StatisticsCell.bulkWrite(
    ratingCellsOf(training.programmeId, training._id).map((cellId) => cellUpdate(cellId, { ratings: count, ratingSum: ratingChange })),
    { ordered: false },
  );
}

/** Every kept cell of a scope. */
export async function rolledUpCells(ctx: AppContext, scope: string): Promise<StatisticsCell[]> {
  return ctx.models.StatisticsCell.find({ scope }).lean<StatisticsCell[]>();
}
