// The notification centre: a person's notifications, newest first, grouped by place ("3 new replies in …"), each
// shown only while its community still lets the person read it; the unread count of the header; mark read.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound, unauthenticated } from '../../errors.js';
import type { Notification } from '../../models/notification.js';
import { parseInput, parseObjectId } from '../../validation.js';
import type { NotificationKind } from '../../vocab/notificationKinds.js';
import { readableNotifications } from './readableNotifications.js';
import { markReadSchema, notificationQuerySchema } from './schemas.js';

export interface NotificationGroup {
  readonly groupKey: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly path: string;
  readonly detail: string;
  readonly count: number;
  readonly unread: boolean;
  /** The newest notification of the group, which the centre links to. */
  readonly latestId: string;
  readonly latestAt: Date;
  /** Up to three people, newest first. */
  readonly actorNames: string[];
}

const scanLimit = 500;

function signedIn(actor: Actor): Types.ObjectId {
  if (!actor.userId) throw unauthenticated();
  return new Types.ObjectId(actor.userId);
}

async function recentReadable(ctx: AppContext, actor: Actor, filter: Record<string, unknown>, limit: number): Promise<Notification[]> {
  const notifications = await ctx.models.Notification.find({ userId: signedIn(actor), ...filter }).sort({ createdAt: -1, _id: -1 }).limit(limit).lean<Notification[]>();
  return readableNotifications(ctx, new Map([[actor.userId ?? '', actor]]), notifications);
}

/** Unread notifications of one key form one group; read ones are grouped apart from them. */
export function groupNotifications(notifications: readonly Notification[]): NotificationGroup[] {
  const groups = new Map<string, { first: Notification; items: Notification[] }>();
  for (const item of notifications) {
    const key = `${item.readAt ? 'read' : 'unread'}|${item.groupKey}`;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { first: item, items: [item] });
  }
  return [...groups.values()].map(({ first, items }) => ({
    groupKey: first.groupKey,
    kind: first.kind,
    title: first.title,
    path: first.path,
    detail: first.detail,
    count: items.length,
    unread: first.readAt === null,
    latestId: String(first._id),
    latestAt: first.createdAt,
    actorNames: [...new Set(items.map((item) => item.actorName).filter(Boolean))].slice(0, 3),
  }));
}

export async function listNotifications(ctx: AppContext, actor: Actor, query: unknown): Promise<NotificationGroup[]> {
  const { unread, limit } = parseInput(notificationQuerySchema, query, 'query');
  const notifications = await recentReadable(ctx, actor, unread ? { readAt: null } : {}, scanLimit);
  return groupNotifications(notifications).slice(0, limit);
}

/** How many unread notifications the actor may see. */
export async function unreadCount(ctx: AppContext, actor: Actor): Promise<number> {
  return (await recentReadable(ctx, actor, { readAt: null }, scanLimit)).length;
}

/** Marks one group, or everything, read; answers the unread count left. */
export async function markNotificationsRead(ctx: AppContext, actor: Actor, input: unknown): Promise<number> {
  const userId = signedIn(actor);
  const { groupKey } = parseInput(markReadSchema, input ?? {}, 'request');
  await ctx.models.Notification.updateMany({ userId, readAt: null, ...(groupKey ? { groupKey } : {}) }, { $set: { readAt: new Date() } });
  return unreadCount(ctx, actor);
}

/** Opening a notification marks its group read and answers where it points (404 for someone else's or a hidden one). */
export async function openNotification(ctx: AppContext, actor: Actor, id: unknown): Promise<string> {
  const userId = signedIn(actor);
  const notification = await ctx.models.Notification.findOne({ _id: parseObjectId(id, 'The notification'), userId }).lean<Notification>();
  const [visible] = notification ? await readableNotifications(ctx, new Map([[String(userId), actor]]), [notification]) : [];
  if (!visible) throw notFound('The notification');
  await ctx.models.Notification.updateMany({ userId, readAt: null, groupKey: visible.groupKey }, { $set: { readAt: new Date() } });
  return visible.path;
}
