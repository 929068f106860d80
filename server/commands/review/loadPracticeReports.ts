// The site's review queue of reported practices (practices belong to no community): open reports grouped per
// practice, oldest first, each with the practice as it stands, the reports and reasons, and what was done to it before.
import type { Actor, AppContext } from '../../context.js';
import type { AuditEntry } from '../../models/audit.js';
import type { Flag } from '../../models/flag.js';
import type { Practice } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { groupBySubject, historyShown, openFlagsRead } from './loadReviewQueue.js';
import { reviewQuerySchema } from './schemas.js';

export interface PracticeReportItem {
  subjectType: 'practice';
  subjectId: string;
  flags: Flag[];
  /** null when the practice was deleted since it was reported. */
  practice: Practice | null;
  /** Workflow and review actions on the practice, newest first. */
  previousActions: AuditEntry[];
}

export interface PracticeReportQueue {
  items: PracticeReportItem[];
  total: number;
  offset: number;
  limit: number;
}

/** The open flags on one practice (oldest first). */
export function openPracticeFlags(ctx: AppContext, practiceId: string): Promise<Flag[]> {
  return ctx.models.Flag.find({ communityId: null, subjectType: 'practice', subjectId: practiceId, state: 'open' }).sort({ createdAt: 1 }).lean<Flag[]>().exec();
}

async function describe(ctx: AppContext, flags: Flag[]): Promise<PracticeReportItem> {
  const subjectId = String(flags[0].subjectId);
  const [practice, previousActions] = await Promise.all([
    ctx.models.Practice.findOne({ _id: subjectId, deletedAt: null }).lean<Practice>(),
    ctx.models.Audit.find({ subjectId, action: { $ne: 'flag.create' } }).sort({ at: -1 }).limit(historyShown).lean<AuditEntry[]>(),
  ]);
  return { subjectType: 'practice', subjectId, flags, practice, previousActions };
}

export async function loadPracticeReports(ctx: AppContext, actor: Actor, query: unknown): Promise<PracticeReportQueue> {
  authorize(actor, 'flag.reviewSite');
  const { offset, limit } = parseInput(reviewQuerySchema, query ?? {}, 'query');
  const open = await ctx.models.Flag.find({ communityId: null, subjectType: 'practice', state: 'open' }).sort({ createdAt: 1 }).limit(openFlagsRead).lean<Flag[]>();
  const groups = groupBySubject(open);
  const items = await Promise.all(groups.slice(offset, offset + limit).map((flags) => describe(ctx, flags)));
  return { items, total: groups.length, offset, limit };
}
