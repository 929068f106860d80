// Appends one entry to the audit log; every workflow and moderation command calls it.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../context.js';

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId: string;
  communityId?: string | Types.ObjectId;
  reason?: string;
  data?: Record<string, unknown>;
}

export async function recordAudit(ctx: AppContext, actor: Actor, input: AuditInput): Promise<void> {
  await ctx.models.Audit.create({
    actorId: actor.userId ? new Types.ObjectId(actor.userId) : null,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    communityId: input.communityId ? new Types.ObjectId(String(input.communityId)) : undefined,
    reason: input.reason,
    data: input.data,
    at: new Date(),
  });
}
