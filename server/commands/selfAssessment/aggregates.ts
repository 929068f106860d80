// Aggregates of many people's results, never one person's: the mean level per competence or area, overall and per
// respondent role, and the distribution of levels. They are read from a tally (exact counters per group and
// dimension, kept in models/assessmentTally.ts and moved with each submission), never from the answers. A figure is
// shown only when at least `aggregateThreshold` people stand behind it; the per-role split is left out as soon as
// any role has fewer (else the small group could be worked out as the overall figure minus the others). Pure functions.
import type { DimensionScore } from '../../models/assessmentAttempt.js';
import type { AssessmentTally } from '../../models/assessmentTally.js';
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

export type Tally = Pick<AssessmentTally, 'respondents' | 'cells'>;
/** The group of every respondent, beside one group per role. */
export const everyone = '*';

const escapeField = (key: string): string => key.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/\$/g, '%24');
const cellKey = (group: string, dimension: string): string => `${group}|${escapeField(dimension)}`;

/** The counter paths one respondent moves, with the amount (scores in tenths, levels rounded into 1 … levels). */
function counterPaths(row: RespondentRow, levels: number): [string, number][] {
  const paths: [string, number][] = [];
  for (const group of row.role ? [everyone, row.role] : [everyone]) {
    paths.push([`respondents.${group}`, 1]);
    for (const score of row.scores) {
      const cell = `cells.${cellKey(group, score.dimension)}`;
      paths.push([`${cell}.count`, 1], [`${cell}.tenths`, Math.round(score.level * 10)], [`${cell}.levels.${Math.min(levels, Math.max(1, Math.round(score.level)))}`, 1]);
    }
  }
  return paths;
}

/** The $inc that adds (sign 1) or takes away (sign -1) one respondent. */
export function tallyIncrement(row: RespondentRow, levels: number, sign: 1 | -1): Record<string, number> {
  return Object.fromEntries(counterPaths(row, levels).map(([path, amount]) => [path, sign * amount]));
}

/** Adds counters into `into` (a path `a.b.c` names nested fields). */
function addAt(into: Record<string, unknown>, path: readonly string[], amount: number): void {
  const [head = '', ...rest] = path;
  if (rest.length === 0) {
    into[head] = ((into[head] as number | undefined) ?? 0) + amount;
    return;
  }
  const next = (into[head] as Record<string, unknown> | undefined) ?? {};
  into[head] = next;
  addAt(next, rest, amount);
}

/** The tally of respondents counted from their rows (what the counters hold after each one's submission). */
export function tallyOf(rows: readonly RespondentRow[], levels: number): Tally {
  const tally: Tally = { respondents: {}, cells: {} };
  for (const row of rows) for (const [path, amount] of counterPaths(row, levels)) addAt(tally as unknown as Record<string, unknown>, path.split('.'), amount);
  return tally;
}

/** One tally of several (the rounds of a programme's schools). */
export function sumTallies(tallies: readonly Tally[]): Tally {
  const sum: Tally = { respondents: {}, cells: {} };
  const into = sum as unknown as Record<string, unknown>;
  for (const tally of tallies) {
    for (const [group, count] of Object.entries(tally.respondents)) addAt(into, ['respondents', group], count);
    for (const [key, cell] of Object.entries(tally.cells)) {
      addAt(into, ['cells', key, 'count'], cell.count);
      addAt(into, ['cells', key, 'tenths'], cell.tenths);
      for (const [level, count] of Object.entries(cell.levels)) addAt(into, ['cells', key, 'levels', level], count);
    }
  }
  return sum;
}

function group(tally: Tally, name: string, dimensions: readonly string[], levels: number): GroupAggregate {
  const respondents = tally.respondents[name] ?? 0;
  const shown = respondents >= aggregateThreshold;
  return {
    respondents,
    shown,
    dimensions: dimensions.map((dimension) => {
      const cell = tally.cells[cellKey(name, dimension)];
      const count = cell?.count ?? 0;
      const visible = shown && cell !== undefined && count >= aggregateThreshold;
      return {
        dimension,
        respondents: count,
        mean: visible ? Math.round(cell.tenths / count) / 10 : null,
        distribution: visible ? Array.from({ length: levels }, (_v, index) => cell.levels[String(index + 1)] ?? 0) : null,
      };
    }),
  };
}

export function aggregateTally(tally: Tally, dimensions: readonly string[], levels: number, roles: readonly string[]): Aggregate {
  const overall = group(tally, everyone, dimensions, levels);
  if (roles.length === 0) return { overall, byRole: null };
  const byRole = roles.map((role) => ({ role, ...group(tally, role, dimensions, levels) }));
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
