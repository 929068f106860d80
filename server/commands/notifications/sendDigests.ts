// The daily and weekly digests: for everyone whose digest is due, the notifications kept for it (kinds they chose
// "daily" or "weekly" for) that they may still read, gathered in one e-mail in their language through the outbox;
// skipped when nothing is left. People are taken in batches; each person is claimed with a compare-and-set on the
// time of their last digest, so two runs never send one digest twice.
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { actorFor } from '../accounts/sessions.js';
import { queueMails, type MailToSend } from '../../mail/queueMail.js';
import type { Notification } from '../../models/notification.js';
import type { User } from '../../models/user.js';
import { deliveryOf } from '../../notifications/deliverNotifications.js';
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

type Recipient = Pick<User, '_id' | 'email' | 'displayName' | 'locale' | 'roles' | 'notificationPreferences' | 'emailVerifiedAt' | 'digestSentAt'>;

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

/** Claims the people whose `period` digest is due; answers those this run now owns. */
async function claim(ctx: AppContext, userIds: Types.ObjectId[], period: Period, now: Date): Promise<Set<string>> {
  const field = `digestSentAt.${period}`;
  const due = { $or: [{ [field]: { $exists: false } }, { [field]: null }, { [field]: { $lte: new Date(now.getTime() - periods[period]) } }] };
  await ctx.models.User.updateMany({ _id: { $in: userIds }, ...due }, { $set: { [field]: now } });
  const claimed = await ctx.models.User.find({ _id: { $in: userIds }, [field]: now }, { _id: 1 }).lean();
  return new Set(claimed.map((user) => String(user._id)));
}

async function digestBatch(ctx: AppContext, userIds: Types.ObjectId[], now: Date): Promise<DigestRun> {
  const users = await ctx.models.User.find({ _id: { $in: userIds }, status: 'active' }, { email: 1, displayName: 1, locale: 1, roles: 1, notificationPreferences: 1, emailVerifiedAt: 1, digestSentAt: 1 }).lean<Recipient[]>();
  const pending = await ctx.models.Notification.find({ userId: { $in: userIds }, digestedAt: null }).sort({ createdAt: -1 }).lean<Notification[]>();
  const byPeriod: Record<Period, Notification[]> = { daily: [], weekly: [] };
  const settled: Types.ObjectId[] = [];
  const userOf = new Map(users.map((user) => [String(user._id), user]));
  for (const item of pending) {
    const user = userOf.get(String(item.userId));
    const choice = user ? deliveryOf(user, item.kind) : 'never';
    if (choice === 'daily' || choice === 'weekly') byPeriod[choice].push(item);
    else settled.push(item._id);
  }
  const mails: MailToSend[] = [];
  let people = 0;
  for (const period of ['daily', 'weekly'] as const) {
    const waiting = [...new Set(byPeriod[period].map((item) => String(item.userId)))].map((id) => new Types.ObjectId(id));
    if (waiting.length === 0) continue;
    const owned = await claim(ctx, waiting, period, now);
    const actors = new Map([...owned].flatMap((id) => {
      const user = userOf.get(id);
      return user ? [[id, actorFor(user as User)] as const] : [];
    }));
    const mine = byPeriod[period].filter((item) => owned.has(String(item.userId)));
    const readable = await readableNotifications(ctx, actors, mine);
    settled.push(...mine.map((item) => item._id));
    for (const id of owned) {
      const user = userOf.get(id);
      const items = readable.filter((item) => String(item.userId) === id);
      if (!user || items.length === 0) continue;
      people += 1;
      mails.push(digestMail(ctx, user, period, items));
    }
  }
  await queueMails(ctx, mails);
  if (settled.length > 0) await ctx.models.Notification.updateMany({ _id: { $in: settled } }, { $set: { digestedAt: now } });
  return { people, mails: mails.length };
}

export async function sendDigests(ctx: AppContext, now = new Date()): Promise<DigestRun> {
  const waiting = await ctx.models.Notification.distinct('userId', { digestedAt: null });
  let people = 0;
  let mails = 0;
  for (let index = 0; index < waiting.length; index += batchSize) {
    const run = await digestBatch(ctx, waiting.slice(index, index + batchSize) as Types.ObjectId[], now);
    people += run.people;
    mails += run.mails;
  }
  return { people, mails };
}
