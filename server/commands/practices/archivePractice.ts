// A reviewer archives a practice that is no longer current; restore brings it back to the state it had.
import type { Actor, AppContext } from '../../context.js';
import { reasonSchema } from '../shared/schemas.js';
import type { Practice } from '../../models/practice.js';
import { parseInput } from '../../validation.js';
import { runTransition } from '../shared/workflow.js';
import { practiceWorkflow } from './practiceTransition.js';

export async function archivePractice(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  return runTransition(ctx, actor, practiceWorkflow, id, 'practice.archive', (practice) => {
    const { reason } = parseInput(reasonSchema, input ?? {}, 'archiving request');
    return {
      from: ['published', 'unpublished'],
      to: 'archived',
      verb: 'archived',
      set: { archivedFrom: practice.state, featured: false },
      audit: { reason },
    };
  });
}

export async function restorePractice(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  return runTransition(ctx, actor, practiceWorkflow, id, 'practice.restore', (practice) => {
    const { reason } = parseInput(reasonSchema, input ?? {}, 'restoring request');
    return { from: ['archived'], to: practice.archivedFrom ?? 'published', verb: 'restored', set: { archivedFrom: null }, audit: { reason } };
  });
}
