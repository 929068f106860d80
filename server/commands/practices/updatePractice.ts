// Edits a practice with optimistic concurrency: the client names the revision it edited, and an edit based on a
// stale revision is 409 `stale_revision`, never a silent overwrite. Keeps a revision and moves the slug if the title changed.
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
import { updatePracticeSchema } from './schemas.js';
import type { Practice } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { changedFields, recordRevision } from '../shared/revisions.js';
import { slugChange, withSlugRetry } from '../shared/slugs.js';
import { accessOf, loadVisiblePractice } from './loadPractice.js';
import { checkConsistency, editableFieldsOf, mergeChanges, storedFields } from './practiceContent.js';

const staleRevision = (currentRev: number) =>
  conflict('stale_revision', 'This practice was changed after you opened it. Reload it, reapply your edit and save again.', { currentRev });

export async function updatePractice(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  const current = await loadVisiblePractice(ctx, actor, id);
  authorize(actor, 'practice.update', accessOf(current));
  const { rev, changes } = parseInput(updatePracticeSchema, input, 'practice change');
  if (rev !== current.rev) throw staleRevision(current.rev);
  const before = editableFieldsOf(current);
  const after = mergeChanges(before, changes);
  checkConsistency(after);
  const changed = changedFields(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>);
  if (changed.length === 0) return current;
  const { set, unset } = storedFields(after);
  const title = after.texts[after.originalLanguage]?.title ?? '';
  await withSlugRetry(async () => {
    const slugFields = await slugChange(ctx.models.Practice, current, title);
    const result = await ctx.models.Practice.updateOne(
      { _id: current._id, rev, deletedAt: null },
      { $set: { ...set, ...slugFields }, ...(Object.keys(unset).length > 0 ? { $unset: unset } : {}), $inc: { rev: 1 } },
    );
    if (result.matchedCount === 0) {
      const now = await ctx.models.Practice.findById(current._id, { rev: 1 }).lean();
      throw staleRevision(now?.rev ?? rev);
    }
  });
  await recordRevision(ctx.models.PracticeRevision, actor, {
    subjectId: current._id,
    rev: rev + 1,
    changedFields: changed,
    snapshot: after as unknown as Record<string, unknown>,
  });
  ctx.events.emit('search.pending');
  return loadVisiblePractice(ctx, actor, String(current._id));
}
