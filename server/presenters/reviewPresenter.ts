// Shapes the moderators' review queues for the JSON API: one entry per reported item with its content in place, the
// reports counted by reason, the author's standing and record, what was done before and who is handling it.
import type { Types } from 'mongoose';
import type { PracticeReportItem } from '../commands/review/loadPracticeReports.js';
import type { ReviewContent, ReviewItem } from '../commands/review/loadReviewQueue.js';
import { excerpt } from '../content/markdown.js';
import type { Flag } from '../models/flag.js';
import type { Message } from '../models/message.js';
import { personRef, type DisplayNames } from './displayNames.js';
import { presentAuditEntry, presentFlag } from './moderationPresenter.js';

const contentExcerpt = 600;
const contextExcerpt = 200;

/** Everyone a queue names, for one display-name lookup. */
export function reviewQueuePeople(items: readonly (ReviewItem | PracticeReportItem)[]): (Types.ObjectId | null)[] {
  return items.flatMap((item) => [
    ...item.flags.flatMap((flag) => [flag.reporterId, flag.resolvedBy]),
    ...item.previousActions.map((entry) => entry.actorId),
    ...(item.subjectType === 'practice'
      ? [item.practice?.authorId ?? null]
      : [item.authorId, item.claimedBy, ...item.authorRecord.map((entry) => entry.actorId), ...(item.content.kind === 'message' ? item.content.around.map((m) => m.authorId) : [])]),
  ]);
}

function presentReports(flags: readonly Flag[], names: DisplayNames) {
  const reasons: Record<string, number> = {};
  for (const flag of flags) reasons[flag.reason] = (reasons[flag.reason] ?? 0) + 1;
  return { count: flags.length, reasons, items: flags.map((flag) => presentFlag(flag, names)) };
}

const messageLine = (message: Message, names: DisplayNames) => ({
  id: String(message._id),
  seq: message.seq,
  author: personRef(names, message.authorId),
  state: message.state,
  excerpt: message.state === 'visible' ? excerpt(message.body, contextExcerpt) : null,
});

function presentContent(content: ReviewContent, communitySlug: string, names: DisplayNames) {
  if (content.kind === 'missing') return { kind: 'missing' as const };
  if (content.kind === 'post') {
    const { post, thread } = content;
    return {
      kind: 'post' as const,
      state: post.state,
      excerpt: excerpt(post.body, contentExcerpt),
      thread: { id: String(thread._id), title: thread.title },
      href: `/threads/${String(thread._id)}#post-${String(post._id)}`,
    };
  }
  const { message, room, around } = content;
  return {
    kind: 'message' as const,
    state: message.state,
    seq: message.seq,
    excerpt: message.state === 'visible' ? excerpt(message.body, contentExcerpt) : null,
    room: { id: String(room._id), name: room.name },
    around: around.map((line) => messageLine(line, names)),
    href: `/communities/${communitySlug}/rooms/${String(room._id)}#m-${message.seq}`,
  };
}

export function presentReviewItem(item: ReviewItem, communitySlug: string, names: DisplayNames) {
  const membership = item.authorMembership;
  return {
    subjectType: item.subjectType,
    subjectId: item.subjectId,
    content: presentContent(item.content, communitySlug, names),
    reports: presentReports(item.flags, names),
    author: personRef(names, item.authorId),
    authorStanding: membership
      ? { state: membership.state, role: membership.role, mutedUntil: membership.mutedUntil ? membership.mutedUntil.toISOString() : null }
      : null,
    upheldReports: item.upheldReports,
    authorRecord: item.authorRecord.map((entry) => presentAuditEntry(entry, names)),
    previousActions: item.previousActions.map((entry) => presentAuditEntry(entry, names)),
    claimedBy: personRef(names, item.claimedBy),
  };
}

export function presentPracticeReport(item: PracticeReportItem, names: DisplayNames) {
  const practice = item.practice;
  const text = practice ? practice.texts[practice.originalLanguage] : undefined;
  return {
    subjectType: item.subjectType,
    subjectId: item.subjectId,
    content: practice
      ? {
          kind: 'practice' as const,
          state: practice.state,
          title: text?.title ?? practice.slug,
          excerpt: text?.excerpt ?? null,
          language: practice.originalLanguage,
          href: `/practices/${encodeURIComponent(practice.slug)}`,
        }
      : { kind: 'missing' as const },
    reports: presentReports(item.flags, names),
    author: personRef(names, practice?.authorId ?? null),
    previousActions: item.previousActions.map((entry) => presentAuditEntry(entry, names)),
  };
}
