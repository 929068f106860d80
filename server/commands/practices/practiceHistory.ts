// The history of a practice for its author, organisers and administrators: revisions (one with its snapshot) and
// the audit trail of its workflow.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { AuditEntry } from '../../models/audit.js';
import type { Revision } from '../../models/revision.js';
import { authorize } from '../../policies/index.js';
import { accessOf, loadVisiblePractice } from './loadPractice.js';

async function loadWithInternals(ctx: AppContext, actor: Actor, id: unknown) {
  const practice = await loadVisiblePractice(ctx, actor, id);
  authorize(actor, 'practice.viewInternals', accessOf(practice));
  return practice;
}

export async function listPracticeRevisions(ctx: AppContext, actor: Actor, id: unknown): Promise<Revision[]> {
  const practice = await loadWithInternals(ctx, actor, id);
  return ctx.models.PracticeRevision.find({ subjectId: practice._id }, { snapshot: 0 }).sort({ rev: -1 }).lean<Revision[]>();
}

export async function getPracticeRevision(ctx: AppContext, actor: Actor, id: unknown, rev: unknown): Promise<Revision> {
  const practice = await loadWithInternals(ctx, actor, id);
  const number = typeof rev === 'string' && /^\d{1,9}$/.test(rev) ? Number(rev) : NaN;
  const revision = Number.isNaN(number) ? null : await ctx.models.PracticeRevision.findOne({ subjectId: practice._id, rev: number }).lean<Revision>();
  if (!revision) throw notFound('The revision');
  return revision;
}

export async function listPracticeAudit(ctx: AppContext, actor: Actor, id: unknown): Promise<AuditEntry[]> {
  const practice = await loadWithInternals(ctx, actor, id);
  return ctx.models.Audit.find({ subjectType: 'practice', subjectId: String(practice._id) }).sort({ at: 1, _id: 1 }).lean<AuditEntry[]>();
}
