// The author of a pending change (or of the practice, or an administrator) drops it; the published version stays.
import type { Actor, AppContext } from '../../context.js';
import type { Practice } from '../../models/practice.js';
import { pendingChangeStates } from '../../models/practice.js';
import { loadChange, stepChange } from './practiceChanges.js';

export async function discardPracticeChange(ctx: AppContext, actor: Actor, id: unknown, target: unknown): Promise<Practice> {
  const { practice, target: key } = await loadChange(ctx, actor, id, target, 'practice.discardChange');
  return stepChange(ctx, actor, practice, key, { from: pendingChangeStates, set: null, audit: { action: 'practice.discardChange' } });
}
