// A site moderator decides a reported practice: keep it (the reports are rejected) or take it offline through the
// practice workflow (unpublish, which needs a reviewer's right on it), with one reason. The policy and the practice's
// state are checked before any report closes; the reports then close with the outcome, the decision is audited and
// the reporters are told through the flags.decided event.
import type { Actor, AppContext } from '../../context.js';
import { unauthenticated } from '../../errors.js';
import type { Practice } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { accessOf, practiceNoun } from '../practices/loadPractice.js';
import { unpublishPractice } from '../practices/unpublishPractice.js';
import { recordAudit } from '../recordAudit.js';
import { assertTransitionAllowed } from '../shared/workflow.js';
import { closeLeadReport, closeOtherReports, reportClosed, reportClosing } from './closeReports.js';
import type { ReviewOutcome } from './decideReviewItem.js';
import { openPracticeFlags } from './loadPracticeReports.js';
import { practiceReportDecisionSchema } from './schemas.js';

/** The states unpublishing starts from (see unpublishPractice). */
const onlineStates = ['published', 'scheduled'];

export async function decidePracticeReport(ctx: AppContext, actor: Actor, input: unknown): Promise<ReviewOutcome> {
  if (!actor.userId) throw unauthenticated();
  authorize(actor, 'flag.reviewSite');
  const decision = parseInput(practiceReportDecisionSchema, input, 'decision');
  const flags = await openPracticeFlags(ctx, decision.subjectId);
  if (flags.length === 0) throw reportClosed();
  if (decision.content === 'unpublish') {
    const practice = await ctx.models.Practice.findOne({ _id: decision.subjectId, deletedAt: null }).lean<Practice>();
    if (!practice) throw reportClosed();
    authorize(actor, 'practice.unpublish', accessOf(practice));
    assertTransitionAllowed(practice, onlineStates, practiceNoun, 'unpublished');
  }
  const outcome = `${decision.content}+none`;
  const closing = reportClosing(actor, outcome, decision.content === 'keep', decision.reason);
  await closeLeadReport(ctx, flags, closing);
  if (decision.content === 'unpublish') await unpublishPractice(ctx, actor, decision.subjectId, { reason: decision.reason });
  const decided = await closeOtherReports(ctx, flags, closing);
  await recordAudit(ctx, actor, {
    action: `review.${decision.content}`,
    subjectType: 'practice',
    subjectId: decision.subjectId,
    reason: decision.reason,
    data: { reports: flags.length },
  });
  ctx.events.emit('flags.decided', { flags: decided, outcome });
  ctx.events.emit('review.changed', { communityId: null });
  return { flags: decided, outcome };
}
