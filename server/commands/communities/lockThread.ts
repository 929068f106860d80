// A moderator locks a thread against new replies, or unlocks it.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { lockSchema } from './schemas.js';
import type { Thread } from '../../models/thread.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadThread } from './loadThread.js';

export async function lockThread(ctx: AppContext, actor: Actor, threadId: unknown, input: unknown): Promise<Thread> {
  const { thread, access, community } = await loadThread(ctx, actor, threadId);
  authorize(actor, 'community.moderate', access);
  const data = parseInput(lockSchema, input, 'lock');
  const updated = await ctx.models.Thread.findByIdAndUpdate(thread._id, { $set: { locked: data.locked } }, { returnDocument: 'after' }).lean<Thread>();
  if (!updated) throw notFound('The thread');
  await recordAudit(ctx, actor, { action: data.locked ? 'thread.lock' : 'thread.unlock', subjectType: 'thread', subjectId: String(thread._id), communityId: community._id, reason: data.reason });
  return updated;
}
