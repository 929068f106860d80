// Scores of an attempt: the mean level per competence or area over its answered items, and the change of each
// against an earlier result. Pure functions, shared by submission, results and aggregates.
import type { AttemptAnswer, DimensionScore } from '../../models/assessmentAttempt.js';
import type { InstrumentItem } from '../../models/instrument.js';

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** One score per dimension, in the order the items first name them. */
export function scoreAnswers(items: readonly InstrumentItem[], answers: readonly AttemptAnswer[]): DimensionScore[] {
  const levelOf = new Map(answers.map((answer) => [answer.itemId, answer.level]));
  const sums = new Map<string, { total: number; count: number }>();
  for (const item of items) {
    const level = levelOf.get(item.id);
    if (level === undefined) continue;
    const sum = sums.get(item.dimension) ?? { total: 0, count: 0 };
    sum.total += level;
    sum.count += 1;
    sums.set(item.dimension, sum);
  }
  return [...sums].map(([dimension, { total, count }]) => ({ dimension, level: oneDecimal(total / count) }));
}

export interface ScoreChange extends DimensionScore {
  /** This level minus the earlier one; null when the earlier result has no score here. */
  readonly change: number | null;
}

export function compareScores(current: readonly DimensionScore[], previous: readonly DimensionScore[] | null): ScoreChange[] {
  const before = new Map((previous ?? []).map((score) => [score.dimension, score.level]));
  return current.map((score) => {
    const earlier = before.get(score.dimension);
    return { ...score, change: earlier === undefined ? null : oneDecimal(score.level - earlier) };
  });
}

/** The `count` weakest dimensions below the top level, weakest first (ties keep the instrument's order). */
export function weakestDimensions(scores: readonly DimensionScore[], topLevel: number, count: number): DimensionScore[] {
  return scores
    .map((score, index) => ({ score, index }))
    .filter(({ score }) => score.level < topLevel)
    .sort((a, b) => a.score.level - b.score.level || a.index - b.index)
    .slice(0, count)
    .map(({ score }) => score);
}
