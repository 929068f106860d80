// A programme's key figures, computed from the data and never typed in: trainings held (published trainings and
// events of the programme that have begun), participations, distinct participants and organisations reached (the
// kept training statistics, so small counts stay suppressed for the public), practices published under the
// programme's name (the practice's programme text starts with one of its names), and plans of the programme published to everyone.
import type { Actor, AppContext } from '../../context.js';
import type { Organisation } from '../../models/organisation.js';
import type { Programme } from '../../models/programme.js';
import type { Training } from '../../models/training.js';
import { loadProgramme, type LoadedProgramme } from '../programmes/loadProgramme.js';
import { trainingStatistics, type TrainingStatistics } from './trainingStatistics.js';

export interface ProgrammeFigures {
  trainingsHeld: number;
  /** null when fewer than 5 people (public readers). */
  participations: number | null;
  participants: number | null;
  organisationsReached: number;
  practicesPublished: number;
  plansPublished: number;
}

export interface ProgrammeOverview extends LoadedProgramme {
  figures: ProgrammeFigures;
  statistics: TrainingStatistics;
  organisations: Map<string, Pick<Organisation, '_id' | 'slug' | 'name'>>;
  upcoming: Training[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namesOf = (programme: Programme): RegExp[] => [...new Set(Object.values(programme.name).filter(Boolean))].map((name) => new RegExp(`^${escapeRegExp(name)}`));

export async function programmeOverview(ctx: AppContext, actor: Actor, idOrSlug: unknown): Promise<ProgrammeOverview> {
  const loaded = await loadProgramme(ctx, actor, idOrSlug);
  const { programme } = loaded;
  const now = new Date();
  const published = { programmeId: programme._id, state: 'published' as const, deletedAt: null };
  const [statistics, trainingsHeld, practicesPublished, plansPublished, organisations, upcoming] = await Promise.all([
    trainingStatistics(ctx, actor, { programme: String(programme._id) }),
    ctx.models.Training.countDocuments({ ...published, startsAt: { $lte: now } }),
    ctx.models.Practice.countDocuments({ state: 'published', programme: { $in: namesOf(programme) } }),
    ctx.models.Plan.countDocuments({ programmeId: programme._id, visibility: 'public', status: { $ne: 'draft' } }),
    ctx.models.Organisation.find({ _id: { $in: [...programme.ownerOrganisationIds, ...programme.partnerOrganisationIds] } }, { slug: 1, name: 1 }).lean<Organisation[]>(),
    ctx.models.Training.find({ ...published, endsAt: { $gte: now } }).sort({ startsAt: 1, _id: 1 }).limit(6).lean<Training[]>(),
  ]);
  return {
    ...loaded,
    statistics,
    organisations: new Map(organisations.map((o) => [String(o._id), o])),
    upcoming,
    figures: {
      trainingsHeld,
      participations: statistics.totals.participations,
      participants: statistics.totals.participants,
      organisationsReached: statistics.totals.organisationsReached,
      practicesPublished,
      plansPublished,
    },
  };
}
