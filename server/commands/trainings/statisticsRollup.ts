// The exact statistics rollup: whoever records or withdraws participations, or saves feedback, moves the counter
// documents (models/statisticsRollup.ts) by $inc right after that write, and only for documents that write really
// inserted or removed, so a retried command never counts twice. Each person's per-cell tallies are changed with one
// atomic findOneAndUpdate that returns the tallies before it, which says exactly which cells gained or lost a person.
// A statistics read without a period is then a handful of small documents, right at once after any write.
import type { AnyBulkWriteOperation } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { Participation } from '../../models/participation.js';
import type { RollupDimension, StatisticsCell, StatisticsPerson } from '../../models/statisticsRollup.js';

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

function cellsOf(p: Counted): Array<[RollupDimension, string]> {
  const cells: Array<[RollupDimension, string]> = [['total', ''], ['month', p.month], ['training', String(p.trainingId)], ['format', p.format]];
  for (const competence of new Set(p.competences)) cells.push(['competence', competence]);
  if (p.region) cells.push(['region', p.region]);
  if (p.organisationType) cells.push(['organisationType', p.organisationType]);
  if (p.organisationId) cells.push(['organisation', String(p.organisationId)]);
  return cells;
}

/** A person's tally field for a cell: dots and dollars cannot be in a field name. */
export const tallyField = (dimension: RollupDimension, key: string): string => `${dimension}|${key.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/\$/g, '%24')}`;

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

interface PersonCell {
  dimension: RollupDimension;
  key: string;
  change: CellChange;
}

/** Per scope and person (`scope|userId`), per cell id: how many participations and hours `sign` moves there. */
export function tallyByPerson(participations: readonly Counted[], sign: 1 | -1): Map<string, Map<string, PersonCell>> {
  const byPerson = new Map<string, Map<string, PersonCell>>();
  for (const p of participations) {
    for (const scope of scopesOf(p.programmeId)) {
      const personId = `${scope}|${String(p.userId)}`;
      const cells = byPerson.get(personId) ?? new Map<string, PersonCell>();
      byPerson.set(personId, cells);
      for (const [dimension, key] of cellsOf(p)) {
        const cellId = `${scope}|${dimension}|${key}`;
        const cell = cells.get(cellId) ?? { dimension, key, change: { participations: 0, participants: 0, hours: 0 } };
        cell.change.participations += sign;
        cell.change.hours += sign * p.hours;
        cells.set(cellId, cell);
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

/** Adds (sign 1) or takes away (sign -1) participations that were just inserted or removed. */
export async function countParticipations(ctx: AppContext, participations: readonly Counted[], sign: 1 | -1): Promise<void> {
  if (participations.length === 0) return;
  const byPerson = tallyByPerson(participations, sign);
  const cellChanges = new Map<string, CellChange>();
  await inBatches([...byPerson], parallelPeople, async ([personId, cells]) => {
    const inc = Object.fromEntries([...cells.values()].map(({ dimension, key, change }) => [`cells.${tallyField(dimension, key)}`, change.participations]));
    const before = await ctx.models.StatisticsPerson.findOneAndUpdate({ _id: personId }, { $inc: inc }, { upsert: true, returnDocument: 'before' }).lean<StatisticsPerson>();
    for (const [cellId, { dimension, key, change }] of cells) {
      const had = before?.cells?.[tallyField(dimension, key)] ?? 0;
      const has = had + change.participations;
      const total = cellChanges.get(cellId) ?? { participations: 0, participants: 0, hours: 0 };
      total.participations += change.participations;
      total.hours += change.hours;
      total.participants += had <= 0 && has > 0 ? 1 : had > 0 && has <= 0 ? -1 : 0;
      cellChanges.set(cellId, total);
    }
  });
  await ctx.models.StatisticsCell.bulkWrite(
    [...cellChanges].map(([cellId, change]): AnyBulkWriteOperation<StatisticsCell> => ({
      updateOne: { filter: { _id: cellId }, update: { $inc: { ...change }, $setOnInsert: cellAddress(cellId) }, upsert: true },
    })),
    { ordered: false },
  );
}

/** Moves the ratings of a training's scopes: a new rating (count 1), a changed one (count 0) or a removed one (-1). */
export async function countRating(ctx: AppContext, programmeId: Participation['programmeId'], count: number, ratingChange: number): Promise<void> {
  if (count === 0 && ratingChange === 0) return;
  await ctx.models.StatisticsCell.bulkWrite(
    scopesOf(programmeId).map((scope) => ({
      updateOne: { filter: { _id: `${scope}|total|` }, update: { $inc: { ratings: count, ratingSum: ratingChange }, $setOnInsert: { scope, dimension: 'total' as const, key: '' } }, upsert: true },
    })),
    { ordered: false },
  );
}

/** Every kept cell of a scope. */
export async function rolledUpCells(ctx: AppContext, scope: string): Promise<StatisticsCell[]> {
  return ctx.models.StatisticsCell.find({ scope }).lean<StatisticsCell[]>();
}
