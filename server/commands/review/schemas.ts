// zod schemas of the moderators' review queue: which reported item, and what a moderator decides about it.
import { z } from 'zod';
import { objectIdSchema } from '../communities/schemas.js';

/** What happens to the reported content: keep it (the reports were unfounded), hide it (posts) or delete it. */
export const contentDecisions = ['keep', 'hide', 'delete'] as const;
/** What happens to its author besides. */
export const authorSanctions = ['none', 'warn', 'mute', 'ban'] as const;
export type ContentDecision = (typeof contentDecisions)[number];
export type AuthorSanction = (typeof authorSanctions)[number];
/** The mute lengths offered, in minutes (an hour, a day, a week, thirty days). */
export const muteChoices = [60, 1440, 10080, 43200] as const;

export const reviewSubjectSchema = z.strictObject({
  subjectType: z.enum(['post', 'message']),
  subjectId: objectIdSchema,
});
export type ReviewSubject = z.output<typeof reviewSubjectSchema>;

export const reviewQuerySchema = z.strictObject({
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const claimReviewSchema = reviewSubjectSchema.extend({ claim: z.boolean() });

export const reviewDecisionSchema = reviewSubjectSchema
  .extend({
    content: z.enum(contentDecisions),
    sanction: z.enum(authorSanctions).default('none'),
    minutes: z.coerce.number().int().min(1).max(525_600).optional(),
    reason: z.string().trim().min(1, 'say why: the author and the audit trail see it').max(1000),
  })
  .refine((decision) => decision.sanction !== 'mute' || decision.minutes !== undefined, { path: ['minutes'], message: 'choose how long the mute lasts' })
  .refine((decision) => decision.content !== 'hide' || decision.subjectType === 'post', { path: ['content'], message: 'a live message can be kept or deleted, not hidden' });
export type ReviewDecision = z.output<typeof reviewDecisionSchema>;

/** What happens to a reported practice: keep it (the reports were unfounded) or take it offline (its author may revise it). */
export const practiceDecisions = ['keep', 'unpublish'] as const;
export type PracticeDecision = (typeof practiceDecisions)[number];

export const practiceReportDecisionSchema = z.strictObject({
  subjectId: objectIdSchema,
  content: z.enum(practiceDecisions),
  reason: z.string().trim().min(1, 'say why: the reporters and the audit trail see it').max(1000),
});
