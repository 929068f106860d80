// A community's review queue: open reports grouped per reported item (oldest first), each with what a moderator needs
// to decide without leaving the page: the content and where it is, the live messages around a reported message, who
// reported it and why, who is looking at it now, the author's standing and record here, and what was done to it before.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import type { AuditEntry } from '../../models/audit.js';
import type { Flag } from '../../models/flag.js';
import type { Membership } from '../../models/membership.js';
import type { Message } from '../../models/message.js';
import type { Post } from '../../models/post.js';
import type { Room } from '../../models/room.js';
import type { Thread } from '../../models/thread.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { findMembership, loadCommunity, type LoadedCommunity } from '../communities/loadCommunity.js';
import { reviewQuerySchema, type ReviewSubject } from './schemas.js';

/** How long a moderator's claim on an item keeps others from acting on it. */
export const claimLapseMs = 30 * 60_000;
/** How many open reports a queue reads at most (grouped into items afterwards). */
export const openFlagsRead = 500;
const contextMessages = 3;
export const historyShown = 8;
/** Audit actions that make up an author's record in a community. */
export const sanctionActions = ['membership.warn', 'membership.mute', 'membership.unmute', 'membership.ban', 'membership.unban'] as const;

export type ReviewContent =
  | { kind: 'post'; post: Post; thread: Thread }
  | { kind: 'message'; message: Message; room: Room; around: Message[] }
  | { kind: 'missing' };

export interface ReviewItem extends ReviewSubject {
  flags: Flag[];
  content: ReviewContent;
  authorId: Types.ObjectId | null;
  authorMembership: Membership | null;
  /** The author's earlier reports that moderators upheld in this community. */
  upheldReports: number;
  /** Warnings, mutes and bans of the author in this community, newest first. */
  authorRecord: AuditEntry[];
  /** What moderators did to this item before (deletions, earlier decisions), newest first. */
  previousActions: AuditEntry[];
  /** The moderator whose claim is current, if any. */
  claimedBy: Types.ObjectId | null;
}

export interface ReviewQueue {
  loaded: LoadedCommunity;
  items: ReviewItem[];
  /** Items (not reports) waiting in all. */
  total: number;
  offset: number;
  limit: number;
}

export const subjectKey = (subject: Pick<Flag, 'subjectType' | 'subjectId'>): string => `${subject.subjectType}:${String(subject.subjectId)}`;

/** Open reports grouped per reported item, in the order of each item's oldest report. */
export function groupBySubject(flags: readonly Flag[]): Flag[][] {
  const groups = new Map<string, Flag[]>();
  for (const flag of flags) groups.set(subjectKey(flag), [...(groups.get(subjectKey(flag)) ?? []), flag]);
  return [...groups.values()];
}

/** The claim that still holds on these flags: the newest one not yet lapsed. */
export function currentClaim(flags: readonly Flag[], now = Date.now()): Types.ObjectId | null {
  const live = flags.filter((flag) => flag.claimedBy && flag.claimedAt && now - flag.claimedAt.getTime() < claimLapseMs);
  live.sort((a, b) => (b.claimedAt?.getTime() ?? 0) - (a.claimedAt?.getTime() ?? 0));
  return live[0]?.claimedBy ?? null;
}

async function loadContent(ctx: AppContext, subject: ReviewSubject): Promise<ReviewContent> {
  if (subject.subjectType === 'post') {
    const post = await ctx.models.Post.findById(subject.subjectId).lean<Post>();
    const thread = post ? await ctx.models.Thread.findById(post.threadId).lean<Thread>() : null;
    return post && thread ? { kind: 'post', post, thread } : { kind: 'missing' };
  }
  const message = await ctx.models.Message.findById(subject.subjectId).lean<Message>();
  const room = message ? await ctx.models.Room.findById(message.roomId).lean<Room>() : null;
  if (!message || !room) return { kind: 'missing' };
  const around = await ctx.models.Message.find({
    roomId: room._id,
    seq: { $gte: message.seq - contextMessages, $lte: message.seq + contextMessages },
    state: { $ne: 'hole' },
  })
    .sort({ seq: 1 })
    .lean<Message[]>();
  return { kind: 'message', message, room, around };
}

const authorOf = (content: ReviewContent): Types.ObjectId | null =>
  content.kind === 'post' ? content.post.authorId : content.kind === 'message' ? content.message.authorId : null;

async function describeItem(ctx: AppContext, communityId: Types.ObjectId, flags: Flag[]): Promise<ReviewItem> {
  const subject: ReviewSubject = { subjectType: flags[0].subjectType as ReviewSubject['subjectType'], subjectId: String(flags[0].subjectId) };
  const content = await loadContent(ctx, subject);
  const authorId = authorOf(content) ?? flags.find((flag) => flag.subjectAuthorId)?.subjectAuthorId ?? null;
  const [authorMembership, upheldReports, authorRecord, previousActions] = await Promise.all([
    authorId ? findMembership(ctx, communityId, String(authorId)) : Promise.resolve(null),
    authorId ? ctx.models.Flag.countDocuments({ communityId, subjectAuthorId: authorId, state: 'resolved' }) : Promise.resolve(0),
    authorId
      ? ctx.models.Audit.find({ communityId, subjectType: 'user', subjectId: String(authorId), action: { $in: [...sanctionActions] } }).sort({ at: -1 }).limit(historyShown).lean<AuditEntry[]>()
      : Promise.resolve([]),
    ctx.models.Audit.find({ communityId, subjectId: subject.subjectId, action: { $ne: 'flag.create' } }).sort({ at: -1 }).limit(historyShown).lean<AuditEntry[]>(),
  ]);
  return { ...subject, flags, content, authorId, authorMembership, upheldReports, authorRecord, previousActions, claimedBy: currentClaim(flags) };
}

/** The open reports of a community for its moderators, one entry per reported item. */
export async function loadReviewQueue(ctx: AppContext, actor: Actor, communityId: unknown, query: unknown): Promise<ReviewQueue> {
  const loaded = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.moderate', loaded.access);
  const { offset, limit } = parseInput(reviewQuerySchema, query ?? {}, 'query');
  const open = await ctx.models.Flag.find({ communityId: loaded.community._id, state: 'open', subjectType: { $in: ['post', 'message'] } })
    .sort({ createdAt: 1 })
    .limit(openFlagsRead)
    .lean<Flag[]>();
  const groups = groupBySubject(open);
  const page = groups.slice(offset, offset + limit);
  const items = await Promise.all(page.map((flags) => describeItem(ctx, loaded.community._id, flags)));
  return { loaded, items, total: groups.length, offset, limit };
}

/** The open reports on one item of a community (oldest first). */
export function openFlagsOn(ctx: AppContext, communityId: Types.ObjectId, subject: ReviewSubject): Promise<Flag[]> {
  return ctx.models.Flag.find({ communityId, subjectType: subject.subjectType, subjectId: new Types.ObjectId(subject.subjectId), state: 'open' })
    .sort({ createdAt: 1 })
    .lean<Flag[]>()
    .exec();
}
