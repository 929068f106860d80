// The daily and weekly digests: for everyone whose digest is due, the notifications kept for it (kinds they chose
// "daily" or "weekly" for) that they may still read, gathered in one e-mail in their language through the outbox;
// skipped when nothing is left. What waits is read in one pass in person order and handled in batches of people:
// each batch reads its people by id, claims each person's digest with a unique claim per previous digest (so two
// runs never send one digest twice), queues the mails in one write and marks the notifications in another.
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { actorFor } from '../accounts/sessions.js';
import { findByIds, insertNew } from '../shared/bulkStore.js';
import { queueMails, type MailToSend } from '../../mail/queueMail.js';
import type { Notification } from '../../models/notification.js';
import type { User } from '../../models/user.js';
import { deliveryOf } from '../../notifications/fanOutSlice.js';
import { notificationSentence } from '../../notifications/notificationText.js';
import { groupNotifications } from './notificationCentre.js';
import { readableNotifications } from './readableNotifications.js';

const periods = { daily: 24 * 3_600_000, weekly: 7 * 24 * 3_600_000 } as const;
type Period = keyof typeof periods;
const batchSize = 500;
const maxItems = 30;

export interface DigestRun {
  readonly people: number;
  readonly mails: number;
}

type Recipient = Pick<User, '_id' | 'email' | 'displayName' | 'locale' | 'roles' | 'notificationPreferences' | 'emailVerifiedAt' | 'digestSentAt' | 'status'>;

const recipientFields = { email: 1, displayName: 1, locale: 1, roles: 1, notificationPreferences: 1, emailVerifiedAt: 1, digestSentAt: 1, status: 1 } as const;
const pendingFields = { userId: 1, kind: 1, groupKey: 1, communityId: 1, actorName: 1, title: 1, path: 1, detail: 1, readAt: 1, createdAt: 1 } as const;

function digestMail(ctx: AppContext, user: Recipient, period: Period, notifications: Notification[]): MailToSend {
  const groups = groupNotifications(notifications);
  return {
    to: user.email,
    userId: String(user._id),
    kind: `digest.${period}`,
    unsubscribe: 'digest',
    content: {
      locale: user.locale,
      recipientName: user.displayName,
      subject: `notify.digest.subject.${period}`,
      paragraphs: ['notify.digest.intro'],
      params: { count: notifications.length },
      items: groups.slice(0, maxItems).map((group) => ({ text: notificationSentence(user.locale, group), url: `${ctx.config.publicUrl}${group.path}` })),
      action: { label: 'notify.digest.action', url: `${ctx.config.publicUrl}/notifications` },
    },
  };
}

/** Claims the `period` digest of those of `users` whose digest is due; answers the ids this run now owns. */
async function claim(ctx: AppContext, run: string, users: readonly Recipient[], period: Period, now: Date): Promise<Set<string>> {
  const due = users.filter((user) => {
    const last = user.digestSentAt?.[period];
    return !last || last.getTime() <= now.getTime() - periods[period];
  });
  if (due.length === 0) return new Set();
  const claimId = (user: Recipient): string => `${String(user._id)}:${period}:${user.digestSentAt?.[period]?.toISOString() ?? 'never'}`;
  const expiresAt = new Date(now.getTime() + periods.weekly + periods.daily);
  const ids = due.map(claimId);
  await insertNew(ctx.models.DigestClaim, ids.map((_id) => ({ _id, run, expiresAt })));
  const won = new Set((await ctx.models.DigestClaim.find({ _id: { $in: ids } }, { run: 1 }).lean()).filter((item) => item.run === run).map((item) => item._id));
  const owned = due.filter((user) => won.has(claimId(user)));
  if (owned.length > 0) {
    await ctx.models.User.bulkWrite(owned.map((user) => ({ updateOne: { filter: { _id: user._id }, update: { $set: { [`digestSentAt.${period}`]: now } } } })), { ordered: false });
  }
  return new Set(owned.map((user) => String(user._id)));
}

async function digestBatch(ctx: AppContext, run: string, pending: readonly Notification[], now: Date): Promise<DigestRun> {
  const userIds = [...new Set(pending.map((item) => String(item.userId)))].map((id) => new Types.ObjectId(id));
  const users = (await findByIds<User, Recipient>(ctx.models.User, userIds, recipientFields)).filter((user) => user.status === 'active');
  const userOf = new Map(users.map((user) => [String(user._id), user]));
  const byPeriod: Record<Period, Notification[]> = { daily: [], weekly: [] };
  const settled: Types.ObjectId[] = [];
  for (const item of pending) {
    const user = userOf.get(String(item.userId));
    const choice = user ? deliveryOf(user, item.kind) : 'never';
    if (choice === 'daily' || choice === 'weekly') byPeriod[choice].push(item);
    else settled.push(item._id);
  }
  const mails: MailToSend[] = [];
  let people = 0;
  for (const period of ['daily', 'weekly'] as const) {
    const waitingIds = new Set(byPeriod[period].map((item) => String(item.userId)));
    const owned = await claim(ctx, run, users.filter((user) => waitingIds.has(String(user._id))), period, now);
    if (owned.size === 0) continue;
    const actors = new Map([...owned].flatMap((id) => {
      const user = userOf.get(id);
      return user ? [[id, actorFor(user as User)] as const] : [];
    }));
    const mine = byPeriod[period].filter((item) => owned.has(String(item.userId)));
    settled.push(...mine.map((item) => item._id));
    const itemsOf = new Map<string, Notification[]>();
    for (const item of await readableNotifications(ctx, actors, mine)) {
      const list = itemsOf.get(String(item.userId)) ?? [];
      list.push(item);
      itemsOf.set(String(item.userId), list);
    }
    for (const [id, items] of itemsOf) {
      const user = userOf.get(id);
      if (!user) continue;
      people += 1;
      mails.push(digestMail(ctx, user, period, items));
    }
  }
  await queueMails(ctx, mails);
  // `_id` alone in each query, so the embedded engine answers from its index (commands/shared/bulkStore.ts).
  for (let from = 0; from < settled.length; from += batchSize) {
    await ctx.models.Notification.updateMany({ _id: { $in: settled.slice(from, from + batchSize) } }, { $set: { digestedAt: now } });
  }
  return { people, mails: mails.length };
}

export async function sendDigests(ctx: AppContext, now = new Date()): Promise<DigestRun> {
  const waiting = ctx.models.Notification.find({ digestedAt: null }, pendingFields).sort({ userId: 1, createdAt: -1 }).lean<Notification[]>().cursor({ batchSize: 2_000 });
  const run = randomBytes(8).toString('hex');
  let people = 0;
  let mails = 0;
  let batch: Notification[] = [];
  let batchPeople = 0;
  const flush = async (): Promise<void> => {
    const done = await digestBatch(ctx, run, batch, now);
    people += done.people;
    mails += done.mails;
    batch = [];
    batchPeople = 0;
  };
  for await (const item of waiting) {
    const newPerson = String(batch.at(-1)?.userId) !== String(item.userId);
    if (newPerson && batchPeople === batchSize) await flush();
    if (newPerson) batchPeople += 1;
    batch.push(item);
  }
  if (batch.length > 0) await flush();
  return { people, mails };
}
