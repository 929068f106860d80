// Training statistics: without a period, or for one calendar year, read from the exact rollup the writes keep
// (statisticsRollup.ts); for any other period aggregated in the database (one $facet over participations, kept as a
// snapshot until the participations change): participations and distinct participants in total, per month,
// training, format, competence, region and organisation type, trainings held, hours and satisfaction, for a period
// and optionally one programme, with the years that have participations (for a year filter). Participation data is
// personal: unless the reader follows the programme (advisor, organiser) or administers the site, every count under
// 5 people is suppressed.
import type { PipelineStage, Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { RollupDimension, StatisticsCell } from '../../models/statisticsRollup.js';
import type { Training } from '../../models/training.js';
import { can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadProgramme, programmeAccessOf } from '../programmes/loadProgramme.js';
import { statisticsQuerySchema } from './schemas.js';
import { allScope, rolledUpCells, yearScope } from './statisticsRollup.js';
import { snapshotOf } from './statisticsSnapshots.js';

export const suppressionThreshold = 5;

export interface StatisticsRow {
  key: string;
  label: Record<string, string> | null;
  /** null when suppressed (fewer than 5 people). */
  participations: number | null;
  participants: number | null;
}

export const statisticsTables = ['byMonth', 'byTraining', 'byFormat', 'byCompetence', 'byRegion', 'byOrganisationType'] as const;
export type StatisticsTable = (typeof statisticsTables)[number];

export interface TrainingStatistics {
  programmeId: string | null;
  /** The calendar year asked for (from and to are then its first and last day). */
  year: string | null;
  from: string | null;
  to: string | null;
  /** The years with participations in the programme (or the site), oldest first. */
  years: string[];
  /** Whether small cells were suppressed for this reader. */
  suppressed: boolean;
  totals: {
    participations: number | null;
    participants: number | null;
    trainingsHeld: number;
    /** Distinct organisations of the participants (an organisation is not a person: never suppressed). */
    organisationsReached: number;
    hours: number | null;
    averageRating: number | null;
    ratings: number | null;
  };
  tables: Record<StatisticsTable, StatisticsRow[]>;
}

interface Counted {
  _id: string | Types.ObjectId | null;
  participations: number;
  participants: number;
}

type Facets = { totals: Array<Counted & { hours: number; trainingsHeld: number; organisationsReached: number }> } & Record<StatisticsTable, Counted[]>;

interface Aggregated {
  facets: Facets | undefined;
  rating: { average: number; count: number } | undefined;
}

const counted = (key: string): PipelineStage.FacetPipelineStage[] => [
  { $group: { _id: key, participations: { $sum: 1 }, people: { $addToSet: '$userId' } } },
  { $project: { participations: 1, participants: { $size: '$people' } } },
  { $sort: { _id: 1 } },
];

async function aggregate(ctx: AppContext, match: Record<string, unknown>): Promise<Aggregated> {
  const [facets] = await ctx.models.Participation.aggregate<Facets>([
    { $match: match },
    { $project: { _id: 0, userId: 1, trainingId: 1, organisationId: 1, hours: 1, month: 1, format: 1, competences: 1, region: 1, organisationType: 1 } },
    {
      $facet: {
        totals: [
          { $group: { _id: null, participations: { $sum: 1 }, people: { $addToSet: '$userId' }, hours: { $sum: '$hours' }, trainings: { $addToSet: '$trainingId' }, organisations: { $addToSet: '$organisationId' } } },
          { $project: { participations: 1, hours: 1, participants: { $size: '$people' }, trainingsHeld: { $size: '$trainings' }, organisationsReached: { $size: { $setDifference: ['$organisations', [null]] } } } },
        ],
        byMonth: counted('$month'),
        byTraining: counted('$trainingId'),
        byFormat: counted('$format'),
        byCompetence: [{ $unwind: '$competences' }, ...counted('$competences')],
        byRegion: [{ $match: { region: { $gt: '' } } }, ...counted('$region')],
        byOrganisationType: [{ $match: { organisationType: { $gt: '' } } }, ...counted('$organisationType')],
      },
    },
  ]);
  const [rating] = await ctx.models.TrainingFeedback.aggregate<{ average: number; count: number }>([
    { $match: { trainingId: { $in: (facets?.byTraining ?? []).map((row) => row._id) } } },
    { $group: { _id: null, average: { $avg: '$rating' }, count: { $sum: 1 } } },
  ]);
  return { facets, rating };
}

const tableDimensions: Record<StatisticsTable, RollupDimension> = {
  byMonth: 'month',
  byTraining: 'training',
  byFormat: 'format',
  byCompetence: 'competence',
  byRegion: 'region',
  byOrganisationType: 'organisationType',
};

const byKey = (a: StatisticsCell, b: StatisticsCell): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const hasParticipations = (cell: StatisticsCell): boolean => cell.participations > 0;

/**
 * The rollup's cells of a scope, for all time or one year, in the aggregation's shape. A year's months are the
 * all-time month cells of that year; its satisfaction is the ratings of the trainings it held.
 */
function rolledUp(scopeCells: StatisticsCell[], yearCells: StatisticsCell[] | null, year: string | null): Aggregated {
  const cells = (yearCells ? [...yearCells, ...scopeCells.filter((cell) => cell.dimension === 'month' && cell.key.startsWith(`${year}-`))] : scopeCells).sort(byKey);
  const held = (dimension: RollupDimension): StatisticsCell[] => cells.filter((cell) => cell.dimension === dimension && hasParticipations(cell));
  const total = cells.find((cell) => cell.dimension === 'total');
  const row = (cell: StatisticsCell): Counted => ({ _id: cell.key, participations: cell.participations, participants: cell.participants });
  const tables = Object.fromEntries(statisticsTables.map((table) => [table, held(tableDimensions[table]).map(row)])) as Record<StatisticsTable, Counted[]>;
  const totals = total?.participations ? [{ ...row(total), hours: total.hours, trainingsHeld: held('training').length, organisationsReached: held('organisation').length }] : [];
  const trainingsHeld = new Set(held('training').map((cell) => cell.key));
  const rated = yearCells ? scopeCells.filter((cell) => cell.dimension === 'training' && trainingsHeld.has(cell.key)) : total ? [total] : [];
  const ratings = rated.reduce((sum, cell) => sum + cell.ratings, 0);
  const ratingSum = rated.reduce((sum, cell) => sum + cell.ratingSum, 0);
  return { facets: { totals, ...tables }, rating: ratings ? { average: ratingSum / ratings, count: ratings } : undefined };
}

/** The calendar year a period covers exactly, if it does. */
function wholeYear(from: string | undefined, to: string | undefined): string | null {
  const year = from?.slice(0, 4);
  return year && from === `${year}-01-01` && to === `${year}-12-31` ? year : null;
}

export async function trainingStatistics(ctx: AppContext, actor: Actor, input: unknown): Promise<TrainingStatistics> {
  const query = parseInput(statisticsQuerySchema, input, 'statistics query');
  const from = query.year ? `${query.year}-01-01` : query.from;
  const to = query.year ? `${query.year}-12-31` : query.to;
  const loaded = query.programme ? await loadProgramme(ctx, actor, query.programme) : null;
  const suppressed = !can(actor, 'programme.monitor', loaded ? programmeAccessOf(loaded.programme, actor.userId) : { roles: [] });
  const scope = loaded ? String(loaded.programme._id) : allScope;
  const year = wholeYear(from, to);
  const [scopeCells, yearCells] = await Promise.all([rolledUpCells(ctx, scope), year ? rolledUpCells(ctx, yearScope(scope, year)) : null]);
  const match: Record<string, unknown> = {};
  if (loaded) match.programmeId = loaded.programme._id;
  if (from || to) match.completedAt = { ...(from ? { $gte: new Date(`${from}T00:00:00Z`) } : {}), ...(to ? { $lte: new Date(`${to}T23:59:59.999Z`) } : {}) };
  const { facets, rating: ratings } =
    (from || to) && !year ? await snapshotOf(ctx, JSON.stringify([loaded?.programme._id ?? null, from ?? null, to ?? null]), () => aggregate(ctx, match)) : rolledUp(scopeCells, yearCells, year);
  const years = [...new Set(scopeCells.filter((cell) => cell.dimension === 'month' && hasParticipations(cell)).map((cell) => cell.key.slice(0, 4)))].sort();
  const trainings = await ctx.models.Training.find({ _id: { $in: (facets?.byTraining ?? []).map((row) => row._id) } }, { title: 1 }).lean<Training[]>();
  const titles = new Map(trainings.map((t) => [String(t._id), { ...t.title }]));
  const small = (people: number): boolean => suppressed && people < suppressionThreshold;
  const rows = (list: Counted[] = [], label: (key: string) => Record<string, string> | null = () => null): StatisticsRow[] =>
    list.map((row) => {
      const key = String(row._id);
      const hide = small(row.participants);
      return { key, label: label(key), participations: hide ? null : row.participations, participants: hide ? null : row.participants };
    });
  const total = facets?.totals[0];
  const people = total?.participants ?? 0;
  return {
    programmeId: loaded ? String(loaded.programme._id) : null,
    year,
    from: from ?? null,
    to: to ?? null,
    years,
    suppressed,
    totals: {
      participations: small(people) ? null : (total?.participations ?? 0),
      participants: small(people) ? null : people,
      trainingsHeld: total?.trainingsHeld ?? 0,
      organisationsReached: total?.organisationsReached ?? 0,
      hours: small(people) ? null : (total?.hours ?? 0),
      averageRating: ratings && !small(ratings.count) ? Math.round(ratings.average * 100) / 100 : null,
      ratings: ratings ? (small(ratings.count) ? null : ratings.count) : 0,
    },
    tables: {
      byMonth: rows(facets?.byMonth),
      byTraining: rows(facets?.byTraining, (key) => titles.get(key) ?? null),
      byFormat: rows(facets?.byFormat),
      byCompetence: rows(facets?.byCompetence),
      byRegion: rows(facets?.byRegion),
      byOrganisationType: rows(facets?.byOrganisationType),
    },
  };
}
