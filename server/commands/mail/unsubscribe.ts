// One-click unsubscribe (RFC 8058): a signed link turns one kind of notification e-mail off for one person (the
// digest link turns every digest kind off); in-app notifications stay. A forged or malformed link writes nothing.
import type { AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { readUnsubscribeToken, type UnsubscribeTopic } from '../../mail/unsubscribeLinks.js';
import type { User } from '../../models/user.js';
import { defaultDelivery, notificationKinds, type DeliveryChoice, type NotificationKind } from '../../vocab/notificationKinds.js';

const invalidLink = () => badRequest('invalid_unsubscribe_link', 'This unsubscribe link is not valid.');

export interface UnsubscribeTarget {
  readonly user: User;
  readonly topic: UnsubscribeTopic;
}

/** Reads a link without acting on it (the confirmation page). */
export async function readUnsubscribeLink(ctx: AppContext, token: string): Promise<UnsubscribeTarget> {
  const link = readUnsubscribeToken(ctx.config, token);
  if (!link) throw invalidLink();
  const user = await ctx.models.User.findById(link.userId).lean<User>();
  if (!user) throw invalidLink();
  return { user, topic: link.topic };
}

const isDigest = (choice: DeliveryChoice): boolean => choice === 'daily' || choice === 'weekly';

export async function unsubscribe(ctx: AppContext, token: string): Promise<UnsubscribeTarget> {
  const { user, topic } = await readUnsubscribeLink(ctx, token);
  const current = (kind: NotificationKind): DeliveryChoice => user.notificationPreferences?.[kind] ?? defaultDelivery[kind];
  const kinds = topic === 'digest' ? notificationKinds.filter((kind) => isDigest(current(kind))) : [topic].filter((kind) => current(kind) !== 'never');
  const changes = Object.fromEntries(kinds.map((kind) => [`notificationPreferences.${kind}`, 'inApp']));
  if (kinds.length > 0) await ctx.models.User.updateOne({ _id: user._id }, { $set: changes });
  return { user, topic };
}
