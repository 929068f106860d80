// A reviewer publishes a practice now, or schedules it for a future `publishAt` (the scheduled-publishing worker
// publishes it then). Publishing starts the two-year review cycle.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { Practice } from '../../models/practice.js';
import { parseInput } from '../../validation.js';
import { publishNowOrLater } from '../shared/scheduledPublishing.js';
import { runTransition } from '../shared/workflow.js';
import { practiceWorkflow } from './practiceTransition.js';
import { publishPracticeSchema } from './schemas.js';
import { requireVerifiedEmail } from '../accounts/requireVerifiedEmail.js';

const reviewCycleYears = 2;

/** The fields a practice gets when it goes live at `at`. */
export function publishedFields(at: Date): Record<string, unknown> {
  const reviewDueAt = new Date(at);
  reviewDueAt.setUTCFullYear(reviewDueAt.getUTCFullYear() + reviewCycleYears);
  return { publishedAt: at, lastVerifiedAt: at, reviewDueAt, publishAt: null, publishTimeZone: null };
}

export async function publishPractice(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  requireVerifiedEmail(ctx, actor);
  return runTransition(ctx, actor, practiceWorkflow, id, 'practice.publish', () => {
    const data = parseInput(publishPracticeSchema, input ?? {}, 'publishing request');
    const reviewers = { $addToSet: { reviewers: new Types.ObjectId(actor.userId ?? undefined) } };
    return publishNowOrLater({ subjectType: 'practice', publishedFields }, data, ['in-review', 'scheduled'], reviewers);
  });
}
