// Deletes the author's own never-published draft (softly: it disappears at once and is purged later).
import type { Actor, AppContext } from '../../context.js';
import { runTransition } from '../shared/workflow.js';
import { practiceWorkflow } from './practiceTransition.js';

export async function deletePractice(ctx: AppContext, actor: Actor, id: unknown): Promise<void> {
  await runTransition(ctx, actor, practiceWorkflow, id, 'practice.delete', () => ({ from: ['draft'], verb: 'deleted', set: { deletedAt: new Date() } }));
}
