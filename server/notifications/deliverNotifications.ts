// Turns one event into notifications for the people it concerns: only active accounts, only people who may read the
// place at this moment (the community's policy), each by their preference for the kind (in-app, e-mail now, a digest,
// or never). Writes the notifications in one batch, queues the immediate e-mails in the recipient's language, and
// tells each person's live sockets.
import { Types } from 'mongoose';
import type { AppContext } from '../context.js';
import { actorFor } from '../commands/accounts/sessions.js';
import { accessOf } from '../commands/communities/loadCommunity.js';
import { queueMails, type MailToSend } from '../mail/queueMail.js';
import type { Community } from '../models/community.js';
import type { Membership } from '../models/membership.js';
import type { User } from '../models/user.js';
import { can } from '../policies/index.js';
import { userChannel } from '../realtime/channels.js';
import { defaultDelivery, type DeliveryChoice, type NotificationKind } from '../vocab/notificationKinds.js';
import { t } from '../i18n/translate.js';
import { notificationParams, notificationText } from './notificationText.js';

export interface NotificationEvent {
  readonly kind: NotificationKind;
  /** Events with one key are shown together ("3 new replies in …"). */
  readonly groupKey: string;
  readonly communityId: Types.ObjectId | null;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly title: string;
  readonly path: string;
  /** For a practice's workflow step: the state it moved to. */
  readonly detail?: string;
}

/** The event the live sockets of a person receive. */
export const notificationEvent = 'notification:new';

export const deliveryOf = (user: Pick<User, 'notificationPreferences'>, kind: NotificationKind): DeliveryChoice =>
  user.notificationPreferences?.[kind] ?? defaultDelivery[kind];

type Recipient = Pick<User, '_id' | 'email' | 'displayName' | 'locale' | 'roles' | 'notificationPreferences' | 'emailVerifiedAt'>;

/** The recipients who may read the community now (all of them when the event has no community). */
async function mayRead(ctx: AppContext, communityId: Types.ObjectId | null, users: Recipient[]): Promise<Recipient[]> {
  if (!communityId || users.length === 0) return users;
  const community = await ctx.models.Community.findById(communityId).lean<Community>();
  if (!community) return [];
  const memberships = community.visibility === 'public'
    ? []
    : await ctx.models.Membership.find({ communityId, userId: { $in: users.map((user) => user._id) } }).lean<Membership[]>();
  const byUser = new Map(memberships.map((membership) => [String(membership.userId), membership]));
  return users.filter((user) => can(actorFor(user as User), 'community.readContent', accessOf(community, byUser.get(String(user._id)) ?? null)));
}

function immediateMail(ctx: AppContext, user: Recipient, event: NotificationEvent): MailToSend {
  return {
    to: user.email,
    userId: String(user._id),
    kind: `notification.${event.kind}`,
    unsubscribe: event.kind,
    content: {
      locale: user.locale,
      recipientName: user.displayName,
      subject: notificationText(event.kind),
      paragraphs: [notificationText(event.kind)],
      params: notificationParams(user.locale, event),
      action: { label: 'notify.mail.open', url: `${ctx.config.publicUrl}${event.path}` },
    },
  };
}

/** Notifies each recipient once (the actor never); returns how many were notified. */
export async function deliverNotifications(ctx: AppContext, event: NotificationEvent, recipientIds: Iterable<string>): Promise<number> {
  const ids = [...new Set(recipientIds)].filter((id) => id !== event.actorId && Types.ObjectId.isValid(id));
  if (ids.length === 0) return 0;
  const users = await ctx.models.User.find(
    { _id: { $in: ids }, status: 'active' },
    { email: 1, displayName: 1, locale: 1, roles: 1, notificationPreferences: 1, emailVerifiedAt: 1 },
  ).lean<Recipient[]>();
  const recipients = (await mayRead(ctx, event.communityId, users)).filter((user) => deliveryOf(user, event.kind) !== 'never');
  if (recipients.length === 0) return 0;
  const now = new Date();
  const documents = recipients.map((user) => {
    const choice = deliveryOf(user, event.kind);
    return {
      _id: new Types.ObjectId(),
      userId: user._id,
      kind: event.kind,
      groupKey: event.groupKey,
      communityId: event.communityId,
      actorId: event.actorId ? new Types.ObjectId(event.actorId) : null,
      actorName: event.actorName,
      title: event.title,
      path: event.path,
      detail: event.detail ?? '',
      readAt: null,
      digestedAt: choice === 'daily' || choice === 'weekly' ? null : now,
      createdAt: now,
    };
  });
  // Every field is set above, so the batch skips mongoose's per-document casting (the fan-out's largest cost).
  await ctx.models.Notification.insertMany(documents, { ordered: false, lean: true });
  await queueMails(ctx, recipients.filter((user) => deliveryOf(user, event.kind) === 'email').map((user) => immediateMail(ctx, user, event)));
  for (const [index, document] of documents.entries()) {
    const locale = recipients[index]?.locale ?? 'en';
    ctx.events.emit('realtime.broadcast', {
      room: userChannel(String(document.userId)),
      event: notificationEvent,
      payload: { id: String(document._id), kind: event.kind, text: t(locale, notificationText(event.kind), notificationParams(locale, event)), path: event.path },
    });
  }
  return documents.length;
}
