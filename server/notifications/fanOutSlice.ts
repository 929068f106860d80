// One slice of a notification fan-out: of the given people, only active accounts who may read the place at this
// moment (the community's policy), each by their preference for the kind (in-app, e-mail now, a digest, or never).
// It writes their notifications and immediate e-mails in one batch each, with ids derived from the job and the
// person, so a slice written again after a crash stores nothing twice, then tells each person's live sockets. The
// texts are worked out once per language, not per person.
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { AppContext } from '../context.js';
import { actorFor } from '../commands/accounts/sessions.js';
import { accessOf } from '../commands/communities/loadCommunity.js';
import { findByIds, insertNew } from '../commands/shared/bulkStore.js';
import type { InterfaceLocale } from '../i18n/locales.js';
import { t } from '../i18n/translate.js';
import { queueMails, type MailToSend } from '../mail/queueMail.js';
import type { Community } from '../models/community.js';
import type { FanOutEvent } from '../models/fanOutJob.js';
import type { Membership } from '../models/membership.js';
import type { User } from '../models/user.js';
import { can } from '../policies/index.js';
import { userChannel } from '../realtime/channels.js';
import { defaultDelivery, type DeliveryChoice, type NotificationKind } from '../vocab/notificationKinds.js';
import { notificationParams, notificationText } from './notificationText.js';

/** The event the live sockets of a person receive. */
export const notificationEvent = 'notification:new';

export const deliveryOf = (user: Pick<User, 'notificationPreferences'>, kind: NotificationKind): DeliveryChoice =>
  user.notificationPreferences?.[kind] ?? defaultDelivery[kind];

type Recipient = Pick<User, '_id' | 'email' | 'displayName' | 'locale' | 'roles' | 'notificationPreferences' | 'emailVerifiedAt' | 'status'>;

const recipientFields = { email: 1, displayName: 1, locale: 1, roles: 1, notificationPreferences: 1, emailVerifiedAt: 1, status: 1 } as const;

/** What a job's slices share: the community as it is now and the memberships that decide who may read it. */
export interface FanOutPlace {
  readonly community: Community | null;
  readonly memberships: ReadonlyMap<string, Membership>;
}

/** The place of an event, read once per job; null when its community is gone (nobody is told). */
export async function loadFanOutPlace(ctx: AppContext, communityId: Types.ObjectId | null): Promise<FanOutPlace | null> {
  if (!communityId) return { community: null, memberships: new Map() };
  const community = await ctx.models.Community.findById(communityId).lean<Community>();
  if (!community) return null;
  // A public community is readable by everyone, so only a members-only one needs its memberships.
  const memberships = community.visibility === 'public'
    ? []
    : await ctx.models.Membership.find({ communityId }, { userId: 1, role: 1, state: 1 }).lean<Membership[]>();
  return { community, memberships: new Map(memberships.map((membership) => [String(membership.userId), membership])) };
}

const mayRead = (place: FanOutPlace, user: Recipient): boolean =>
  !place.community || can(actorFor(user as User), 'community.readContent', accessOf(place.community, place.memberships.get(String(user._id)) ?? null));

/**
 * The same id every time for one job, person and purpose: the job's time (as ObjectIds start) then the person's
 * id's last 8 bytes mixed with a hash of the job and purpose, worked out once per slice rather than per person.
 */
function derivedIds(jobId: Types.ObjectId, purpose: 'notification' | 'mail'): (userId: Types.ObjectId) => Types.ObjectId {
  const mix = createHash('sha256').update(`${String(jobId)}:${purpose}`).digest().subarray(0, 8);
  const time = Buffer.from(jobId.id).subarray(0, 4);
  return (userId) => {
    const id = Buffer.alloc(12);
    time.copy(id);
    const person = Buffer.from(userId.id);
    for (let byte = 0; byte < 8; byte += 1) id[4 + byte] = (person[4 + byte] ?? 0) ^ (mix[byte] ?? 0);
    return new Types.ObjectId(id);
  };
}

function immediateMail(ctx: AppContext, id: Types.ObjectId, user: Recipient, event: FanOutEvent): MailToSend {
  return {
    id,
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

/** The accounts of one slice of a job's recipients, with what deciding and writing their notices needs. */
export const loadRecipients = (ctx: AppContext, ids: readonly Types.ObjectId[]): Promise<Recipient[]> =>
  findByIds<User, Recipient>(ctx.models.User, ids, recipientFields);

/** Writes one slice of a job's recipients (as loadRecipients read them); answers how many of them were notified. */
export async function deliverSlice(ctx: AppContext, jobId: Types.ObjectId, event: FanOutEvent, place: FanOutPlace, users: readonly Recipient[]): Promise<number> {
  const recipients = users.filter((user) => user.status === 'active' && deliveryOf(user, event.kind) !== 'never' && mayRead(place, user));
  if (recipients.length === 0) return 0;
  const now = new Date();
  const actorId = event.actorId ? new Types.ObjectId(event.actorId) : null;
  const notificationId = derivedIds(jobId, 'notification');
  const mailId = derivedIds(jobId, 'mail');
  const documents = recipients.map((user) => {
    const choice = deliveryOf(user, event.kind);
    return {
      _id: notificationId(user._id),
      userId: user._id,
      kind: event.kind,
      groupKey: event.groupKey,
      communityId: event.communityId,
      actorId,
      actorName: event.actorName,
      title: event.title,
      path: event.path,
      detail: event.detail,
      readAt: null,
      digestedAt: choice === 'daily' || choice === 'weekly' ? null : now,
      createdAt: now,
    };
  });
  // Both writes at once: the database works on one while the other is still on its way.
  await Promise.all([
    insertNew(ctx.models.Notification, documents),
    queueMails(ctx, recipients.filter((user) => deliveryOf(user, event.kind) === 'email').map((user) => immediateMail(ctx, mailId(user._id), user, event))),
  ]);
  const texts = new Map<InterfaceLocale, string>();
  const textIn = (locale: InterfaceLocale): string => {
    const text = texts.get(locale) ?? t(locale, notificationText(event.kind), notificationParams(locale, event));
    texts.set(locale, text);
    return text;
  };
  for (const [index, document] of documents.entries()) {
    ctx.events.emit('realtime.broadcast', {
      room: userChannel(String(document.userId)),
      event: notificationEvent,
      payload: { id: String(document._id), kind: event.kind, text: textIn(recipients[index]?.locale ?? 'en'), path: event.path },
    });
  }
  return documents.length;
}

