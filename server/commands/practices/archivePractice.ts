// A reviewer archives a practice that is no longer current; restore brings it back to the state it had.
import type { Actor, AppContext } from '../../context.js';
import { reasonSchema } from './schemas.js';
import type { Practice } from '../../models/practice.js';
import { parseInput } from '../../validation.js';
import { transitionPractice } from './practiceTransition.js';

export async function archivePractice(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  return transitionPractice(ctx, actor, id, 'practice.archive', (practice) => {
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
  return transitionPractice(ctx, actor, id, 'practice.restore', (practice) => {
    const { reason } = parseInput(reasonSchema, input ?? {}, 'restoring request');
    return { from: ['archived'], to: practice.archivedFrom ?? 'published', verb: 'restored', set: { archivedFrom: null }, audit: { reason } };
  });
}
