// Finds a practice the actor may see (a deleted or hidden one is 404, so existence does not leak), and describes
// it for the policies.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Practice } from '../../models/practice.js';
import { can } from '../../policies/index.js';
import type { PracticeAccess } from '../../policies/practicePolicy.js';
import { parseObjectId } from '../../validation.js';

export const practiceNoun = 'This practice';

export function accessOf(practice: Pick<Practice, 'authorId' | 'state' | 'publishedAt'>): PracticeAccess {
  return { authorId: String(practice.authorId), state: practice.state, everPublished: practice.publishedAt !== null };
}

export function canView(actor: Actor, practice: Practice): boolean {
  return can(actor, 'practice.view', accessOf(practice));
}

export async function loadVisiblePractice(ctx: AppContext, actor: Actor, id: unknown): Promise<Practice> {
  const practiceId = parseObjectId(id, 'The practice');
  const practice = await ctx.models.Practice.findOne({ _id: practiceId, deletedAt: null }).lean<Practice>();
  if (!practice || !canView(actor, practice)) throw notFound('The practice');
  return practice;
}
