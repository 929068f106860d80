// Shapes instruments, one's own attempts, results and recommendations, rounds with their aggregates and the
// programme view for the outside. An attempt is presented only to its owner;
// a shared result shows levels, never answers.
import type { AssessmentAttempt } from '../models/assessmentAttempt.js';
import type { Instrument } from '../models/instrument.js';
import { aggregateThreshold } from '../commands/selfAssessment/aggregates.js';
import type { AssessmentResult } from '../commands/selfAssessment/ownAttempts.js';
import type { ProgrammeSelfAssessment } from '../commands/selfAssessment/programmeView.js';
import type { RoundPicture } from '../commands/selfAssessment/roundAggregate.js';
import type { AssessmentRound } from '../models/assessmentRound.js';
import type { DimensionRecommendations } from '../commands/selfAssessment/recommendations.js';
import type { SavedTarget } from '../commands/selfAssessment/savedRecommendations.js';
import type { RecommendationKind, SavedRecommendation } from '../models/savedRecommendation.js';

export function presentInstrument(instrument: Instrument) {
  return {
    id: String(instrument._id),
    key: instrument.key,
    version: instrument.version,
    framework: instrument.framework,
    audience: instrument.audience,
    title: instrument.title,
    description: instrument.description,
    levels: instrument.levels,
    roles: instrument.roles,
    items: instrument.items,
    state: instrument.state ?? 'published',
    publishedAt: instrument.createdAt.toISOString(),
  };
}

export function presentAttempt(attempt: AssessmentAttempt) {
  return {
    id: String(attempt._id),
    instrument: { key: attempt.instrumentKey, version: attempt.version },
    roundId: attempt.roundId ? String(attempt.roundId) : null,
    role: attempt.role,
    state: attempt.state,
    answers: attempt.answers.map(({ itemId, optionId }) => ({ itemId, optionId })),
    scores: attempt.scores,
    shared: attempt.shareToken !== undefined,
    startedAt: attempt.createdAt.toISOString(),
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    rev: attempt.rev,
  };
}

const levelCode = (instrument: Instrument, level: number): string => instrument.levels[Math.max(0, Math.min(instrument.levels.length, Math.round(level)) - 1)]?.code ?? '';

/** The scores with the level each rounds to; `answers` only for the owner. */
export function presentResult(result: AssessmentResult, audience: 'owner' | 'shared' = 'owner') {
  const { attempt, instrument, previous } = result;
  return {
    id: String(attempt._id),
    instrument: { key: instrument.key, version: instrument.version, framework: instrument.framework, title: instrument.title, levels: instrument.levels.map((level) => level.code) },
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    scores: result.scores.map((score) => ({ ...score, levelCode: levelCode(instrument, score.level) })),
    ...(audience === 'owner'
      ? { previous: previous ? { id: String(previous._id), submittedAt: previous.submittedAt?.toISOString() ?? null, version: previous.version } : null, answers: attempt.answers.map(({ itemId, optionId }) => ({ itemId, optionId })), shareToken: attempt.shareToken ?? null }
      : {}),
  };
}

const targetPaths: Record<RecommendationKind, string> = { practice: '/practices/', resource: '/resources/', community: '/communities/' };
/** The page a share link opens. */
export const sharedResultPath = (token: string): string => `/self-assessment/shared/${token}`;

export const recommendationPath = (kind: RecommendationKind, slug: string): string => `${targetPaths[kind]}${encodeURIComponent(slug)}`;

export function presentRecommendations(groups: readonly DimensionRecommendations[]) {
  return groups.map((group) => ({
    dimension: group.dimension,
    level: group.level,
    items: group.items.map((item) => ({ ...item, url: recommendationPath(item.kind, item.slug), why: { dimension: group.dimension } })),
  }));
}

export function presentSavedRecommendation(saved: SavedRecommendation, target?: SavedTarget) {
  return {
    id: String(saved._id),
    kind: saved.kind,
    targetId: String(saved.targetId),
    attemptId: saved.attemptId ? String(saved.attemptId) : null,
    framework: saved.framework,
    dimension: saved.dimension,
    savedAt: saved.createdAt.toISOString(),
    ...(target ? { slug: target.slug, url: recommendationPath(saved.kind, target.slug), title: target.title } : {}),
  };
}

export function presentRound(round: AssessmentRound) {
  return {
    id: String(round._id),
    organisationId: String(round.organisationId),
    instrument: { key: round.instrumentKey, version: round.version },
    title: round.title,
    state: round.state,
    openedAt: round.createdAt.toISOString(),
    closedAt: round.closedAt?.toISOString() ?? null,
    remindedAt: round.remindedAt?.toISOString() ?? null,
  };
}

/** A round's aggregate: counts, and means and distributions only where the threshold allows. */
export function presentRoundPicture(view: RoundPicture) {
  return { round: presentRound(view.round), threshold: aggregateThreshold, invited: view.invited, dimensions: view.dimensions, levels: view.instrument.levels.map((level) => level.code), overall: view.aggregate.overall, byRole: view.aggregate.byRole };
}

export function presentProgrammeView(view: ProgrammeSelfAssessment) {
  return {
    programmeId: String(view.programme._id),
    instrument: { key: view.instrument.key, version: view.instrument.version, framework: view.instrument.framework },
    threshold: aggregateThreshold,
    schoolsInCohort: view.schoolsInCohort,
    schoolsAnswering: view.schoolsAnswering,
    levels: view.instrument.levels.map((level) => level.code),
    overall: view.aggregate.overall,
  };
}

/** One row per competence or area: respondents, mean and people per level (blank below the threshold). */
export function programmeCsvRows(view: ProgrammeSelfAssessment, dimensionName: (id: string) => string): (string | number | null)[][] {
  const levels = view.instrument.levels.map((level) => level.code);
  return [
    ['dimension', 'name', 'respondents', 'mean', ...levels.map((code) => `level ${code}`)],
    ...view.aggregate.overall.dimensions.map((entry) => [entry.dimension, dimensionName(entry.dimension), entry.respondents, entry.mean, ...levels.map((_code, index) => entry.distribution?.[index] ?? null)]),
  ];
}
