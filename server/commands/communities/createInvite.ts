// Creates an invitation link to a community (moderators); the token is shown once, only its digest is stored.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { unauthenticated } from '../../errors.js';
import { createInviteSchema } from './schemas.js';
import type { Invite } from '../../models/invite.js';
import { authorize } from '../../policies/index.js';
import { digest, newToken } from '../../security/tokens.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { loadCommunity } from './loadCommunity.js';

export async function createInvite(ctx: AppContext, actor: Actor, communityId: unknown, input: unknown): Promise<{ invite: Invite; token: string }> {
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.moderate', access);
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(createInviteSchema, input ?? {}, 'invitation');
  const token = newToken(24);
  const created = await ctx.models.Invite.create({
    tokenDigest: digest(token),
    communityId: community._id,
    createdBy: new Types.ObjectId(actor.userId),
    expiresAt: new Date(Date.now() + data.expiresInHours * 3_600_000),
    maxUses: data.maxUses,
    uses: 0,
  });
  await recordAudit(ctx, actor, { action: 'invite.create', subjectType: 'invite', subjectId: String(created._id), communityId: community._id, data });
  return { invite: created.toObject(), token };
}
