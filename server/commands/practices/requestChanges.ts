// A reviewer sends a practice back to its author with a comment (Markdown) and optional comments per field.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { renderMarkdown } from '../../content/markdown.js';
import { requestChangesSchema } from './schemas.js';
import type { Practice, ReviewComment } from '../../models/practice.js';
import { parseInput } from '../../validation.js';
import { runTransition } from '../shared/workflow.js';
import { practiceWorkflow } from './practiceTransition.js';

export async function requestChanges(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  return runTransition(ctx, actor, practiceWorkflow, id, 'practice.requestChanges', () => {
    const data = parseInput(requestChangesSchema, input, 'review comment');
    const reviewerId = new Types.ObjectId(actor.userId ?? undefined);
    const fieldComments = Object.entries(data.fieldComments ?? {}).map(([field, comment]) => ({ field, comment: String(comment) }));
    const entry: ReviewComment = { authorId: reviewerId, at: new Date(), comment: data.comment, commentHtml: renderMarkdown(data.comment), fieldComments };
    return {
      from: ['submitted', 'in-review'],
      to: 'changes-requested',
      verb: 'sent back for changes',
      operators: { $push: { reviewComments: entry }, $addToSet: { reviewers: reviewerId } },
      audit: { reason: data.comment, data: { fieldComments } },
    };
  });
}
