// Answering an attempt: saving some answers (any number of times, so one can stop and come back) and submitting
// it once every statement is answered. Each answer must name an item of the attempt's own version and one of that
// item's options; a submitted attempt or a closed round takes nothing more. A refused request writes nothing.
import type { Actor, AppContext } from '../../context.js';
import { badRequest, conflict } from '../../errors.js';
import type { AssessmentAttempt, AttemptAnswer } from '../../models/assessmentAttempt.js';
import type { InstrumentItem } from '../../models/instrument.js';
import { parseInput } from '../../validation.js';
import { itemsFor, loadInstrumentById } from './instruments.js';
import { loadOwnAttempt } from './ownAttempts.js';
import { countRoundAnswer } from './roundTallies.js';
import { assertRoundOpen, loadRound } from './rounds.js';
import { answersSchema } from './schemas.js';
import { scoreAnswers } from './scoring.js';
import { bumpRev } from '../../search/syncFields.js';

const alreadySubmitted = () => conflict('attempt_submitted', 'This self-assessment has already been submitted; start a new one to answer again.');

/** The owner's attempt, still open, with the items its respondent is asked. */
async function openAttempt(ctx: AppContext, actor: Actor, id: unknown): Promise<{ attempt: AssessmentAttempt; items: InstrumentItem[] }> {
  const attempt = await loadOwnAttempt(ctx, actor, id);
  if (attempt.state === 'submitted') throw alreadySubmitted();
  if (attempt.roundId) assertRoundOpen((await loadRound(ctx, actor, String(attempt.roundId))).round);
  const instrument = await loadInstrumentById(ctx, attempt.instrumentId);
  return { attempt, items: itemsFor(instrument, attempt.role) };
}

function checkedAnswers(items: readonly InstrumentItem[], input: unknown): AttemptAnswer[] {
  const { answers } = parseInput(answersSchema, input, 'answers');
  const byId = new Map(items.map((item) => [item.id, item]));
  return answers.map((answer, index) => {
    const item = byId.get(answer.itemId);
    if (!item) throw badRequest('unknown_statement', `"${answer.itemId}" is not a statement of this version of the instrument.`, [{ path: `answers.${index}.itemId`, message: 'is not an item of this version' }]);
    const option = item.options.find((candidate) => candidate.id === answer.optionId);
    if (!option) throw badRequest('unknown_option', `"${answer.optionId}" is not an answer option of "${item.id}".`, [{ path: `answers.${index}.optionId`, message: 'is not an option of this item' }]);
    return { itemId: item.id, optionId: option.id, level: option.level };
  });
}

/** Stores the answers given (a later answer to the same item replaces the earlier one). */
export async function saveAnswers(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<AssessmentAttempt> {
  const { attempt, items } = await openAttempt(ctx, actor, id);
  const given = checkedAnswers(items, input);
  let current = attempt;
  for (let tries = 0; tries < 5; tries += 1) {
    const merged = new Map(current.answers.map((answer) => [answer.itemId, answer]));
    for (const answer of given) merged.set(answer.itemId, answer);
    const order = new Map(items.map((item, index) => [item.id, index]));
    const answers = [...merged.values()].sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0));
    const saved = await ctx.models.AssessmentAttempt.findOneAndUpdate({ _id: current._id, state: 'in-progress', rev: current.rev }, { $set: { answers }, ...bumpRev }, { returnDocument: 'after' }).lean<AssessmentAttempt>();
    if (saved) return saved;
    current = await loadOwnAttempt(ctx, actor, id);
    if (current.state === 'submitted') throw alreadySubmitted();
  }
  throw conflict('stale_revision', 'The answers changed in another window at the same time; reload and try again.');
}

export async function submitAttempt(ctx: AppContext, actor: Actor, id: unknown): Promise<AssessmentAttempt> {
  const { attempt, items } = await openAttempt(ctx, actor, id);
  const answered = new Set(attempt.answers.map((answer) => answer.itemId));
  const missing = items.filter((item) => !answered.has(item.id));
  if (missing.length) {
    throw badRequest('answers_incomplete', `${missing.length} statements are not answered yet.`, missing.map((item) => ({ path: `answers.${item.id}`, message: 'is not answered' })));
  }
  const submitted = await ctx.models.AssessmentAttempt.findOneAndUpdate(
    { _id: attempt._id, state: 'in-progress' },
    { $set: { state: 'submitted', submittedAt: new Date(), scores: scoreAnswers(items, attempt.answers) }, ...bumpRev },
    { returnDocument: 'after' },
  ).lean<AssessmentAttempt>();
  if (!submitted) throw alreadySubmitted();
  await countRoundAnswer(ctx, submitted, 1);
  return submitted;
}
