// Training statistics: without a period read from the exact rollup the writes keep (statisticsRollup.ts), for a
// period aggregated in the database (one $facet over participations, kept as a snapshot until the participations
// change): participations and distinct participants in total, per month, training, format,
// competence, region and organisation type, trainings held, hours and satisfaction, for a period and optionally one
// programme. Participation data is personal: unless the reader follows the programme (advisor, organiser) or
// administers the site, every count under 5 people is suppressed.
import type { PipelineStage, Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { RollupDimension, StatisticsCell } from '../../models/statisticsRollup.js';
import type { Training } from '../../models/training.js';
import { can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadProgramme, programmeAccessOf } from '../programmes/loadProgramme.js';
import { statisticsQuerySchema } from './schemas.js';
import { allScope, rolledUpCells } from './statisticsRollup.js';
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
  from: string | null;
  to: string | null;
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

/** The rollup's cells of a scope in the aggregation's shape. */
async function rolledUp(ctx: AppContext, scope: string): Promise<Aggregated> {
  const cells = (await rolledUpCells(ctx, scope)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const held = (dimension: RollupDimension): StatisticsCell[] => cells.filter((cell) => cell.dimension === dimension && cell.participations > 0);
  const total = cells.find((cell) => cell.dimension === 'total');
  const row = (cell: StatisticsCell): Counted => ({ _id: cell.key, participations: cell.participations, participants: cell.participants });
  const tables = Object.fromEntries(statisticsTables.map((table) => [table, held(tableDimensions[table]).map(row)])) as Record<StatisticsTable, Counted[]>;
  const totals = total?.participations ? [{ ...row(total), hours: total.hours, trainingsHeld: held('training').length, organisationsReached: held('organisation').length }] : [];
  return { facets: { totals, ...tables }, rating: total?.ratings ? { average: total.ratingSum / total.ratings, count: total.ratings } : undefined };
}

export async function trainingStatistics(ctx: AppContext, actor: Actor, input: unknown): Promise<TrainingStatistics> {
  const query = parseInput(statisticsQuerySchema, input, 'statistics query');
  const loaded = query.programme ? await loadProgramme(ctx, actor, query.programme) : null;
  const suppressed = !can(actor, 'programme.monitor', loaded ? programmeAccessOf(loaded.programme, actor.userId) : { roles: [] });
  const match: Record<string, unknown> = {};
  if (loaded) match.programmeId = loaded.programme._id;
  if (query.from || query.to) {
    match.completedAt = { ...(query.from ? { $gte: new Date(`${query.from}T00:00:00Z`) } : {}), ...(query.to ? { $lte: new Date(`${query.to}T23:59:59.999Z`) } : {}) };
  }
  const { facets, rating: ratings } =
    query.from || query.to
      ? await snapshotOf(ctx, JSON.stringify([loaded?.programme._id ?? null, query.from ?? null, query.to ?? null]), () => aggregate(ctx, match))
      : await rolledUp(ctx, loaded ? String(loaded.programme._id) : allScope);
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
    from: query.from ?? null,
    to: query.to ?? null,
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
