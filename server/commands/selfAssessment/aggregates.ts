// Aggregates of many people's results, never one person's: the mean level per competence or area, overall and per
// respondent role, and the distribution of levels. A figure is shown only when at least `aggregateThreshold`
// people stand behind it; the per-role split is left out as soon as any role has fewer (else the small group could
// be worked out as the overall figure minus the others). Pure functions.
import type { DimensionScore } from '../../models/assessmentAttempt.js';
import { weakestDimensions } from './scoring.js';

export const aggregateThreshold = 5;

export interface RespondentRow {
  readonly role: string | null;
  readonly scores: readonly DimensionScore[];
}

export interface DimensionAggregate {
  readonly dimension: string;
  readonly respondents: number;
  /** Null below the threshold. */
  readonly mean: number | null;
  /** People per level 1 … levels (each person's score rounded); null below the threshold. */
  readonly distribution: readonly number[] | null;
}

export interface GroupAggregate {
  readonly respondents: number;
  readonly shown: boolean;
  readonly dimensions: readonly DimensionAggregate[];
}

export interface RoleAggregate extends GroupAggregate {
  readonly role: string;
}

export interface Aggregate {
  readonly overall: GroupAggregate;
  /** Null when the rows carry no roles, or when any role has answered but fewer than the threshold. */
  readonly byRole: readonly RoleAggregate[] | null;
}

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

function group(rows: readonly RespondentRow[], dimensions: readonly string[], levels: number): GroupAggregate {
  const shown = rows.length >= aggregateThreshold;
  return {
    respondents: rows.length,
    shown,
    dimensions: dimensions.map((dimension) => {
      const levelsHere = rows.flatMap((row) => row.scores.filter((score) => score.dimension === dimension).map((score) => score.level));
      const visible = shown && levelsHere.length >= aggregateThreshold;
      const distribution = Array.from({ length: levels }, () => 0);
      for (const level of levelsHere) distribution[Math.min(levels, Math.max(1, Math.round(level))) - 1] += 1;
      return {
        dimension,
        respondents: levelsHere.length,
        mean: visible ? oneDecimal(levelsHere.reduce((sum, level) => sum + level, 0) / levelsHere.length) : null,
        distribution: visible ? distribution : null,
      };
    }),
  };
}

export function aggregateRows(rows: readonly RespondentRow[], dimensions: readonly string[], levels: number, roles: readonly string[]): Aggregate {
  const overall = group(rows, dimensions, levels);
  if (roles.length === 0) return { overall, byRole: null };
  const byRole = roles.map((role) => ({ role, ...group(rows.filter((row) => row.role === role), dimensions, levels) }));
  const safe = overall.shown && byRole.every((entry) => entry.respondents === 0 || entry.shown);
  return { overall, byRole: safe ? byRole : null };
}

/** The change of each shown mean from `earlier` to `later` (null where either is hidden). */
export function compareAggregates(later: GroupAggregate, earlier: GroupAggregate): { dimension: string; later: number | null; earlier: number | null; change: number | null }[] {
  const before = new Map(earlier.dimensions.map((entry) => [entry.dimension, entry.mean]));
  return later.dimensions.map((entry) => {
    const previous = before.get(entry.dimension) ?? null;
    return { dimension: entry.dimension, later: entry.mean, earlier: previous, change: entry.mean !== null && previous !== null ? oneDecimal(entry.mean - previous) : null };
  });
}

/** The weakest dimensions among those whose mean is shown. */
export function weakestShown(dimensions: readonly DimensionAggregate[], topLevel: number, count: number): DimensionScore[] {
  const shown = dimensions.flatMap((entry) => (entry.mean === null ? [] : [{ dimension: entry.dimension, level: entry.mean }]));
  return weakestDimensions(shown, topLevel, count);
}
