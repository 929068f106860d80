// A reviewer publishes a practice now, or schedules it for a future `publishAt` (the scheduled-publishing worker
// publishes it then). Publishing starts the two-year review cycle.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { publishPracticeSchema } from './schemas.js';
import type { Practice } from '../../models/practice.js';
import { parseInput } from '../../validation.js';
import { transitionPractice } from './practiceTransition.js';

const reviewCycleYears = 2;

/** The fields a practice gets when it goes live at `at`. */
export function publishedFields(at: Date): Record<string, unknown> {
  const reviewDueAt = new Date(at);
  reviewDueAt.setUTCFullYear(reviewDueAt.getUTCFullYear() + reviewCycleYears);
  return { publishedAt: at, lastVerifiedAt: at, reviewDueAt, publishAt: null };
}

export async function publishPractice(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  return transitionPractice(ctx, actor, id, 'practice.publish', () => {
    const data = parseInput(publishPracticeSchema, input ?? {}, 'publishing request');
    const now = new Date();
    const publishAt = data.publishAt ? new Date(data.publishAt) : null;
    const reviewers = { $addToSet: { reviewers: new Types.ObjectId(actor.userId ?? undefined) } };
    if (publishAt && publishAt > now) {
      return {
        from: ['in-review', 'scheduled'],
        to: 'scheduled',
        verb: 'scheduled',
        set: { publishAt },
        operators: reviewers,
        audit: { action: 'practice.schedule', data: { publishAt: publishAt.toISOString() } },
      };
    }
    return { from: ['in-review', 'scheduled'], to: 'published', verb: 'published', set: publishedFields(now), operators: reviewers };
  });
}
