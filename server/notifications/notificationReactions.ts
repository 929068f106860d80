// Listens to the domain events and works out who hears of each: replies (to posts and room messages) and mentions, new posts in followed
// threads, new threads in followed communities, updates and publications of followed content, the review of one's
// practices, join requests and reports for moderators and the outcome of a report for its reporter, invitations into an organisation or a community. Runs after the command answered, so a poster never waits
// for the fan-out; a failure is logged and never reaches the command.
import type { Types } from 'mongoose';
import type { AppContext } from '../context.js';
import type { AppEventMap, ContentTransition } from '../events.js';
import { usersByHandle } from '../commands/accounts/handles.js';
import { findMentions } from '../content/mentions.js';
import type { Community } from '../models/community.js';
import type { Message } from '../models/message.js';
import type { Post } from '../models/post.js';
import type { Room } from '../models/room.js';
import { loadContentSubject } from './contentSubjects.js';
import { deliverNotifications, type NotificationEvent } from './deliverNotifications.js';
import { autoFollow, followersOf } from './followers.js';

const without = (ids: Iterable<string>, ...taken: ReadonlyArray<ReadonlySet<string> | readonly string[]>): string[] =>
  [...ids].filter((id) => !taken.some((set) => (set instanceof Set ? set.has(id) : (set as readonly string[]).includes(id))));

async function displayName(ctx: AppContext, userId: string | null): Promise<string> {
  if (!userId) return '';
  return (await ctx.models.User.findById(userId, { displayName: 1 }).lean())?.displayName ?? '';
}

async function communityModerators(ctx: AppContext, communityId: Types.ObjectId | null): Promise<string[]> {
  const moderators = await ctx.models.Membership.find({ communityId, state: 'active', role: { $in: ['moderator', 'owner'] } }, { userId: 1 }).lean();
  return moderators.map((membership) => String(membership.userId));
}

/**
 * Tells who should hear of a new visible post. Every fan-out has the post as its origin, so running this again for
 * the same post (the sweep in unannouncedPosts.ts, after a node died) stores nothing twice; the post's `fanOutDue`
 * mark goes once every job is stored.
 */
export async function notifyOfPost(ctx: AppContext, { post, thread }: AppEventMap['post.created'][0]): Promise<void> {
  const authorId = String(post.authorId);
  const origin = (step: string) => ({ documentId: post._id, step });
  await autoFollow(ctx, authorId, 'thread', String(thread._id));
  const opening = !(await ctx.models.Post.exists({ threadId: thread._id, _id: { $ne: post._id }, createdAt: { $lte: post.createdAt } }));
  const base = { communityId: thread.communityId, actorId: authorId, actorName: await displayName(ctx, authorId), title: thread.title, path: `/threads/${String(thread._id)}#post-${String(post._id)}` };

  const mentioned = new Set(await usersByHandle(ctx, findMentions(post.body)));
  await deliverNotifications(ctx, { ...base, kind: 'mention', groupKey: `mention:post:${String(post._id)}` }, mentioned, origin('mention'));
  const repliedTo = post.parentId ? await ctx.models.Post.findById(post.parentId, { authorId: 1 }).lean<Pick<Post, 'authorId'>>() : null;
  const addressed = opening ? [] : without([String(repliedTo?.authorId ?? thread.authorId)], mentioned);
  await deliverNotifications(ctx, { ...base, kind: 'reply', groupKey: `reply:thread:${String(thread._id)}` }, addressed, origin('reply'));
  if (opening) {
    const followers = await followersOf(ctx, [{ targetType: 'community', targetId: String(thread.communityId) }]);
    await deliverNotifications(ctx, { ...base, kind: 'newThread', groupKey: `community:${String(thread.communityId)}:threads` }, without(followers, mentioned), origin('newThread'));
  } else {
    const followers = await followersOf(ctx, [{ targetType: 'thread', targetId: String(thread._id) }]);
    await deliverNotifications(ctx, { ...base, kind: 'threadActivity', groupKey: `thread:${String(thread._id)}` }, without(followers, mentioned, addressed), origin('threadActivity'));
  }
  await ctx.models.Post.updateOne({ _id: post._id }, { $unset: { fanOutDue: 1 } });
}

async function onMessage(ctx: AppContext, { message }: AppEventMap['message.created'][0]): Promise<void> {
  const handles = findMentions(message.body);
  const answered = message.replyTo ? await ctx.models.Message.findById(message.replyTo.messageId, { authorId: 1 }).lean<Pick<Message, 'authorId'>>() : null;
  if (handles.length === 0 && !answered) return;
  const [room, community] = await Promise.all([
    ctx.models.Room.findById(message.roomId, { name: 1 }).lean<Pick<Room, 'name'>>(),
    ctx.models.Community.findById(message.communityId, { slug: 1 }).lean<Pick<Community, 'slug'>>(),
  ]);
  if (!room || !community) return;
  const base = {
    communityId: message.communityId,
    actorId: String(message.authorId),
    actorName: message.authorName,
    title: room.name,
    path: `/communities/${community.slug}/rooms/${String(message.roomId)}#message-${message.seq}`,
  };
  const mentioned = new Set(await usersByHandle(ctx, handles));
  await deliverNotifications(ctx, { ...base, kind: 'mention', groupKey: `mention:message:${String(message._id)}` }, mentioned);
  if (answered) await deliverNotifications(ctx, { ...base, kind: 'reply', groupKey: `reply:room:${String(message.roomId)}` }, without([String(answered.authorId)], mentioned));
}

const workflowSteps = new Set(['in-review', 'changes-requested', 'published']);

async function onTransition(ctx: AppContext, step: ContentTransition): Promise<void> {
  const subject = await loadContentSubject(ctx, step.subjectType, step.document._id);
  if (!subject) return;
  const actorName = await displayName(ctx, step.actorId);
  const base = { communityId: null, actorId: step.actorId, actorName, title: subject.title, path: subject.path };
  if (subject.targetType === 'practice' && step.to && workflowSteps.has(step.to)) {
    await deliverNotifications(ctx, { ...base, kind: 'practiceWorkflow', groupKey: `practice:${subject.id}:workflow`, detail: step.to }, subject.authorIds);
  }
  if (step.to === 'published') {
    await autoFollowAuthors(ctx, subject.authorIds, subject.targetType, subject.id);
    const followers = await followersOf(ctx, [
      ...subject.authorIds.map((targetId) => ({ targetType: 'author' as const, targetId })),
      ...subject.competences.map((targetId) => ({ targetType: 'competence' as const, targetId })),
      ...subject.tags.map((targetId) => ({ targetType: 'tag' as const, targetId })),
    ]);
    await deliverNotifications(ctx, { ...base, kind: 'newContent', groupKey: `new:${subject.targetType}:${subject.id}` }, without(followers, subject.authorIds));
  }
}

async function autoFollowAuthors(ctx: AppContext, authorIds: readonly string[], targetType: 'practice' | 'resource' | 'collection', id: string): Promise<void> {
  for (const authorId of authorIds) await autoFollow(ctx, authorId, targetType, id);
}

async function onUpdate(ctx: AppContext, { subjectType, document, actorId }: AppEventMap['content.updated'][0]): Promise<void> {
  const subject = await loadContentSubject(ctx, subjectType, document._id);
  if (!subject || subject.state !== 'published') return;
  const followers = await followersOf(ctx, [{ targetType: subject.targetType, targetId: subject.id }]);
  await deliverNotifications(ctx, {
    kind: 'contentUpdate', groupKey: `update:${subject.targetType}:${subject.id}`, communityId: null,
    actorId, actorName: await displayName(ctx, actorId), title: subject.title, path: subject.path,
  }, followers);
}

async function onJoinRequest(ctx: AppContext, { membership }: AppEventMap['membership.requested'][0]): Promise<void> {
  const community = await ctx.models.Community.findById(membership.communityId, { name: 1, slug: 1 }).lean<Pick<Community, 'name' | 'slug'>>();
  if (!community) return;
  const actorId = String(membership.userId);
  await deliverNotifications(ctx, {
    kind: 'joinRequest', groupKey: `community:${String(membership.communityId)}:requests`, communityId: membership.communityId,
    actorId, actorName: await displayName(ctx, actorId), title: community.name, path: `/communities/${community.slug}/moderation`,
  }, await communityModerators(ctx, membership.communityId));
}

async function onOrganisationInvite(ctx: AppContext, { membership, organisation, byUserId }: AppEventMap['organisation.invited'][0]): Promise<void> {
  await deliverNotifications(ctx, {
    kind: 'invitation', groupKey: `organisation:${String(organisation._id)}:invitation`, communityId: null,
    actorId: byUserId, actorName: await displayName(ctx, byUserId), title: organisation.name, path: `/organisations/${organisation.slug}`,
  }, [String(membership.userId)]);
}

async function onCommunityInvite(ctx: AppContext, { community, userId, byUserId, acceptPath }: AppEventMap['community.invited'][0]): Promise<void> {
  // No community on the notification: the invitee may not read a members-only community yet, and must still hear of it.
  await deliverNotifications(ctx, {
    kind: 'invitation', groupKey: `community:${String(community._id)}:invitation`, communityId: null,
    actorId: byUserId, actorName: await displayName(ctx, byUserId), title: community.name, path: acceptPath,
  }, [userId]);
}

async function onFlag(ctx: AppContext, { flag }: AppEventMap['flag.created'][0]): Promise<void> {
  const community = flag.communityId ? await ctx.models.Community.findById(flag.communityId, { name: 1, slug: 1 }).lean<Pick<Community, 'name' | 'slug'>>() : null;
  const siteModerators = async () => (await ctx.models.User.find({ roles: { $in: ['moderator', 'admin'] }, status: 'active' }, { _id: 1 }).lean()).map((user) => String(user._id));
  const recipients = community ? await communityModerators(ctx, flag.communityId) : await siteModerators();
  await deliverNotifications(ctx, {
    kind: 'flag', groupKey: `flags:${community ? String(flag.communityId) : 'site'}`, communityId: flag.communityId,
    actorId: String(flag.reporterId), actorName: '', title: community?.name ?? '', path: community ? `/communities/${community.slug}/moderation` : '/moderation',
  }, recipients);
}

/** Each reporter hears what moderators decided about their report (the moderator who decided is never told). */
async function onFlagsDecided(ctx: AppContext, { flags }: AppEventMap['flags.decided'][0]): Promise<void> {
  for (const flag of flags) {
    const community = flag.communityId ? await ctx.models.Community.findById(flag.communityId, { name: 1 }).lean<Pick<Community, 'name'>>() : null;
    const title = community?.name ?? (await loadContentSubject(ctx, flag.subjectType, flag.subjectId))?.title ?? '';
    await deliverNotifications(ctx, {
      kind: 'reportOutcome', groupKey: `report:${String(flag._id)}`, communityId: flag.communityId,
      actorId: flag.resolvedBy ? String(flag.resolvedBy) : null, actorName: '', title, path: '/moderation#own-reports', detail: flag.state,
    }, [String(flag.reporterId)]);
  }
}

async function onAccountDeleted(ctx: AppContext, { userId }: AppEventMap['account.deleted'][0]): Promise<void> {
  await Promise.all([ctx.models.Follow.deleteMany({ userId }), ctx.models.Notification.deleteMany({ userId }), ctx.models.Handle.deleteMany({ userId })]);
}

/** Starts listening; returns a function that stops listening and waits for the fan-outs still running. */
export function startNotificationReactions(ctx: AppContext): () => Promise<void> {
  const running = new Set<Promise<void>>();
  const react = <E extends keyof AppEventMap>(event: E, handler: (ctx: AppContext, payload: AppEventMap[E][0]) => Promise<void>) => {
    const listener = (...args: AppEventMap[E]): void => {
      const work = handler(ctx, args[0] as AppEventMap[E][0]).catch((error: unknown) => ctx.log.error({ err: error, event }, 'notification fan-out failed'));
      running.add(work);
      void work.finally(() => running.delete(work));
    };
    ctx.events.on(event, listener as never);
    return () => ctx.events.off(event, listener as never);
  };
  const stops = [
    react('post.created', notifyOfPost),
    react('message.created', onMessage),
    react('content.transitioned', onTransition),
    react('content.updated', onUpdate),
    react('membership.requested', onJoinRequest),
    react('flag.created', onFlag),
    react('flags.decided', onFlagsDecided),
    react('organisation.invited', onOrganisationInvite),
    react('community.invited', onCommunityInvite),
    react('account.deleted', onAccountDeleted),
  ];
  return async () => {
    for (const stop of stops) stop();
    await Promise.all(running);
  };
}

export type { NotificationEvent };
