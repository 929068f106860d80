// Training statistics aggregated in the database (one $facet over participations): participations and distinct
// participants in total, per month, per training, per format and per competence, trainings held, hours and
// satisfaction, for a period and optionally one programme. Participation data is personal: unless the reader
// follows the programme (advisor, organiser) or administers the site, every count under 5 people is suppressed.
import type { PipelineStage, Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { Training } from '../../models/training.js';
import { can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadProgramme, programmeAccessOf } from '../programmes/loadProgramme.js';
import { statisticsQuerySchema } from './schemas.js';

export const suppressionThreshold = 5;

export interface StatisticsRow {
  key: string;
  label: Record<string, string> | null;
  /** null when suppressed (fewer than 5 people). */
  participations: number | null;
  participants: number | null;
}

export const statisticsTables = ['byMonth', 'byTraining', 'byFormat', 'byCompetence'] as const;
export type StatisticsTable = (typeof statisticsTables)[number];

export interface TrainingStatistics {
  programmeId: string | null;
  from: string | null;
  to: string | null;
  /** Whether small cells were suppressed for this reader. */
  suppressed: boolean;
  totals: { participations: number | null; participants: number | null; trainingsHeld: number; hours: number | null; averageRating: number | null; ratings: number | null };
  tables: Record<StatisticsTable, StatisticsRow[]>;
}

interface Counted {
  _id: string | Types.ObjectId | null;
  participations: number;
  participants: number;
}

interface Facets {
  totals: Array<Counted & { hours: number; trainingsHeld: number }>;
  byMonth: Counted[];
  byTraining: Counted[];
  byFormat: Counted[];
  byCompetence: Counted[];
}

const counted = (key: string): PipelineStage.FacetPipelineStage[] => [
  { $group: { _id: key, participations: { $sum: 1 }, people: { $addToSet: '$userId' } } },
  { $project: { participations: 1, participants: { $size: '$people' } } },
  { $sort: { _id: 1 } },
];

export async function trainingStatistics(ctx: AppContext, actor: Actor, input: unknown): Promise<TrainingStatistics> {
  const query = parseInput(statisticsQuerySchema, input, 'statistics query');
  const loaded = query.programme ? await loadProgramme(ctx, actor, query.programme) : null;
  const suppressed = !can(actor, 'programme.monitor', loaded ? programmeAccessOf(loaded.programme, actor.userId) : { roles: [] });
  const match: Record<string, unknown> = {};
  if (loaded) match.programmeId = loaded.programme._id;
  if (query.from || query.to) {
    match.completedAt = { ...(query.from ? { $gte: new Date(`${query.from}T00:00:00Z`) } : {}), ...(query.to ? { $lte: new Date(`${query.to}T23:59:59.999Z`) } : {}) };
  }
  const [facets] = await ctx.models.Participation.aggregate<Facets>([
    { $match: match },
    {
      $facet: {
        totals: [
          { $group: { _id: null, participations: { $sum: 1 }, people: { $addToSet: '$userId' }, hours: { $sum: '$hours' }, trainings: { $addToSet: '$trainingId' } } },
          { $project: { participations: 1, hours: 1, participants: { $size: '$people' }, trainingsHeld: { $size: '$trainings' } } },
        ],
        byMonth: counted('$month'),
        byTraining: counted('$trainingId'),
        byFormat: counted('$format'),
        byCompetence: [{ $unwind: '$competences' }, ...counted('$competences')],
      },
    },
  ]);
  const trainingIds = (facets?.byTraining ?? []).map((row) => row._id);
  const [trainings, rating] = await Promise.all([
    ctx.models.Training.find({ _id: { $in: trainingIds } }, { title: 1 }).lean<Training[]>(),
    ctx.models.TrainingFeedback.aggregate<{ average: number; count: number }>([
      { $match: { trainingId: { $in: trainingIds } } },
      { $group: { _id: null, average: { $avg: '$rating' }, count: { $sum: 1 } } },
    ]),
  ]);
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
  const ratings = rating[0];
  return {
    programmeId: loaded ? String(loaded.programme._id) : null,
    from: query.from ?? null,
    to: query.to ?? null,
    suppressed,
    totals: {
      participations: small(people) ? null : (total?.participations ?? 0),
      participants: small(people) ? null : people,
      trainingsHeld: total?.trainingsHeld ?? 0,
      hours: small(people) ? null : (total?.hours ?? 0),
      averageRating: ratings && !small(ratings.count) ? Math.round(ratings.average * 100) / 100 : null,
      ratings: ratings ? (small(ratings.count) ? null : ratings.count) : 0,
    },
    tables: {
      byMonth: rows(facets?.byMonth),
      byTraining: rows(facets?.byTraining, (key) => titles.get(key) ?? null),
      byFormat: rows(facets?.byFormat),
      byCompetence: rows(facets?.byCompetence),
    },
  };
}
