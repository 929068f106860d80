// A person's notification preferences: for each kind, in-app only, e-mail at once, the daily or weekly digest, or never.
import type { Actor, AppContext } from '../../context.js';
import { notFound, unauthenticated } from '../../errors.js';
import type { User } from '../../models/user.js';
import { parseInput } from '../../validation.js';
import { defaultDelivery, notificationKinds, type DeliveryChoice, type NotificationKind } from '../../vocab/notificationKinds.js';
import { preferencesSchema } from './schemas.js';

export type Preferences = Record<NotificationKind, DeliveryChoice>;

const effective = (user: Pick<User, 'notificationPreferences'>): Preferences =>
  Object.fromEntries(notificationKinds.map((kind) => [kind, user.notificationPreferences?.[kind] ?? defaultDelivery[kind]])) as Preferences;

export async function getPreferences(ctx: AppContext, actor: Actor): Promise<Preferences> {
  if (!actor.userId) throw unauthenticated();
  const user = await ctx.models.User.findById(actor.userId, { notificationPreferences: 1 }).lean<User>();
  if (!user) throw notFound('The account');
  return effective(user);
}

export async function updatePreferences(ctx: AppContext, actor: Actor, input: unknown): Promise<Preferences> {
  if (!actor.userId) throw unauthenticated();
  const changes = parseInput(preferencesSchema, input, 'notification preferences');
  const set = Object.fromEntries(Object.entries(changes).filter(([, choice]) => choice !== undefined).map(([kind, choice]) => [`notificationPreferences.${kind}`, choice]));
  if (Object.keys(set).length > 0) await ctx.models.User.updateOne({ _id: actor.userId }, { $set: set });
  return getPreferences(ctx, actor);
}
