// The author of a pending change (or of the practice, or an administrator) drops it; the published version stays, and
// the files only the change proposed lose their link to it (left unattached, they are cleaned up later).
import type { Actor, AppContext } from '../../context.js';
import type { Practice } from '../../models/practice.js';
import { pendingChangeStates } from '../../models/practice.js';
import { loadChange, recordTarget, stepChange } from './practiceChanges.js';
import { linkProposedUploads } from './practiceAttachments.js';

export async function discardPracticeChange(ctx: AppContext, actor: Actor, id: unknown, target: unknown): Promise<Practice> {
  const { practice, target: key } = await loadChange(ctx, actor, id, target, 'practice.discardChange');
  const updated = await stepChange(ctx, actor, practice, key, { from: pendingChangeStates, set: null, audit: { action: 'practice.discardChange' } });
  if (key === recordTarget) await linkProposedUploads(ctx, String(practice._id), []);
  return updated;
}
