// A moderator invites someone to a community by e-mail, also a person without an account: a single-use
// invitation link, valid for 14 days, mailed in the account's language (else the one chosen). A person with an
// account also hears of it in the notification centre (the `community.invited` event).
import type { Actor, AppContext } from '../../context.js';
import { invitationMail } from '../../mail/accountMails.js';
import { queueMail } from '../../mail/queueMail.js';
import type { Invite } from '../../models/invite.js';
import type { User } from '../../models/user.js';
import { parseInput } from '../../validation.js';
import { createInvite } from './createInvite.js';
import { loadCommunity } from './loadCommunity.js';
import { inviteByEmailSchema } from './schemas.js';

const validDays = 14;

export async function inviteByEmail(ctx: AppContext, actor: Actor, communityId: unknown, input: unknown): Promise<Invite> {
  const data = parseInput(inviteByEmailSchema, input, 'invitation');
  const { invite, token } = await createInvite(ctx, actor, communityId, { expiresInHours: validDays * 24, maxUses: 1 });
  const { community } = await loadCommunity(ctx, actor, communityId);
  const account = await ctx.models.User.findOne({ email: data.email }, { locale: 1 }).lean<Pick<User, '_id' | 'locale'>>();
  await queueMail(ctx, invitationMail(ctx.config, data.email, account?.locale ?? data.locale, {
    inviter: actor.displayName ?? '',
    community: community.name,
    token,
    days: validDays,
  }));
  if (account) ctx.events.emit('community.invited', { community, userId: String(account._id), byUserId: actor.userId, acceptPath: `/invites/${token}` });
  return invite;
}
