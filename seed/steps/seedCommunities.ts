// Creates each demo community as its owner and fills it through the real paths: members join the way its join
// policy says (join, request + approval, invitation + acceptance), moderators are appointed by the owner, threads
// and replies are written by their authors, rooms are opened and their history posted message by message.
import { acceptInvite } from '../../server/commands/communities/acceptInvite.js';
import { approveJoinRequest } from '../../server/commands/communities/approveJoinRequest.js';
import { createCommunity } from '../../server/commands/communities/createCommunity.js';
import { createInvite } from '../../server/commands/communities/createInvite.js';
import { createThread } from '../../server/commands/communities/createThread.js';
import { joinCommunity } from '../../server/commands/communities/joinCommunity.js';
import { findMembership } from '../../server/commands/communities/loadCommunity.js';
import { replyToPost } from '../../server/commands/communities/replyToPost.js';
import { requestToJoin } from '../../server/commands/communities/requestToJoin.js';
import { setMemberRole } from '../../server/commands/communities/setMemberRole.js';
import { createRoom } from '../../server/commands/rooms/createRoom.js';
import { postMessage } from '../../server/commands/rooms/postMessage.js';
import type { SeedCommunity, SeedThread } from '../types.js';
import { actorOf, advance, countCreated, type SeedRun } from '../seedRun.js';

interface CommunityScope {
  readonly run: SeedRun;
  readonly seed: SeedCommunity;
  readonly id: string;
}

/** Brings `userKey` in through the community's join policy; `approverKey` approves requests or sends invitations. */
async function admit(scope: CommunityScope, userKey: string, approverKey: string): Promise<void> {
  const { run, seed, id } = scope;
  const actor = actorOf(run, userKey);
  const userId = actor.userId as string;
  if ((await findMembership(run.ctx, id, userId))?.state === 'active') return;
  const approver = actorOf(run, approverKey);
  if (seed.joinPolicy === 'open') await joinCommunity(run.ctx, actor, id);
  else if (seed.joinPolicy === 'request') {
    await requestToJoin(run.ctx, actor, id);
    await approveJoinRequest(run.ctx, approver, id, userId);
  } else {
    const { token } = await createInvite(run.ctx, approver, id, { maxUses: 1, expiresInHours: 24 });
    await acceptInvite(run.ctx, actor, token);
  }
  countCreated(run, 'memberships');
}

async function seedMembers(scope: CommunityScope): Promise<void> {
  const { run, seed, id } = scope;
  const owner = actorOf(run, seed.owner);
  for (const moderatorKey of seed.moderators) {
    const key = `member:${seed.key}:${moderatorKey}`;
    if (!run.keys.isDone(key)) {
      await admit(scope, moderatorKey, seed.owner);
      await setMemberRole(run.ctx, owner, id, actorOf(run, moderatorKey).userId, { role: 'moderator' });
      await run.keys.finish(key);
    }
    advance(run, `${seed.key}: ${moderatorKey}`);
  }
  const approverKey = seed.moderators[0] ?? seed.owner;
  for (const memberKey of seed.members) {
    const key = `member:${seed.key}:${memberKey}`;
    if (!run.keys.isDone(key)) {
      await admit(scope, memberKey, approverKey);
      await run.keys.finish(key);
    }
    advance(run, `${seed.key}: ${memberKey}`);
  }
}

async function seedThread(scope: CommunityScope, thread: SeedThread, index: number): Promise<void> {
  const { run, seed, id } = scope;
  const key = `thread:${seed.key}:${index}`;
  if (run.keys.isDone(key)) return;
  let threadId = run.keys.refOf(key);
  if (!threadId) {
    const created = await createThread(run.ctx, actorOf(run, thread.author), id, { title: thread.title, body: thread.body });
    threadId = String(created.thread._id);
    await run.keys.remember(key, threadId);
    countCreated(run, 'threads');
  }
  for (const [replyIndex, reply] of thread.replies.entries()) {
    const replyKey = `reply:${seed.key}:${index}:${replyIndex}`;
    if (run.keys.isDone(replyKey)) continue;
    const post = await replyToPost(run.ctx, actorOf(run, reply.author), threadId, { body: reply.body });
    await run.keys.finish(replyKey, String(post._id));
    countCreated(run, 'replies');
  }
  await run.keys.finish(key);
}

async function seedRoom(scope: CommunityScope, room: SeedCommunity['rooms'][number], index: number): Promise<void> {
  const { run, seed, id } = scope;
  const key = `room:${seed.key}:${index}`;
  if (run.keys.isDone(key)) return;
  let roomId = run.keys.refOf(key);
  if (!roomId) {
    const created = await createRoom(run.ctx, actorOf(run, seed.owner), id, {
      name: room.name,
      topic: room.topic,
      ...(room.scheduledAt ? { kind: 'scheduled', scheduledAt: room.scheduledAt } : { kind: 'standing' }),
    });
    roomId = String(created._id);
    await run.keys.remember(key, roomId);
    countCreated(run, 'rooms');
  }
  for (const [messageIndex, message] of room.messages.entries()) {
    // The clientId makes a resend after an interruption return the stored message instead of a second one.
    const posted = await postMessage(run.ctx, actorOf(run, message.author), roomId, { body: message.body, clientId: `seed-${messageIndex}` });
    if (posted.created) countCreated(run, 'messages');
  }
  await run.keys.finish(key);
}

async function seedCommunity(run: SeedRun, seed: SeedCommunity): Promise<void> {
  const key = `community:${seed.key}`;
  let id = run.keys.refOf(key);
  if (!id) {
    const community = await createCommunity(run.ctx, actorOf(run, seed.owner), {
      name: seed.name,
      slug: seed.slug,
      description: seed.description,
      language: seed.language,
      visibility: seed.visibility,
      joinPolicy: seed.joinPolicy,
    });
    id = String(community._id);
    await run.keys.remember(key, id);
    countCreated(run, 'communities');
  }
  advance(run, seed.key);
  const scope = { run, seed, id };
  await seedMembers(scope);
  for (const [index, thread] of seed.threads.entries()) {
    await seedThread(scope, thread, index);
    advance(run, `${seed.key}: ${thread.title}`);
  }
  for (const [index, room] of seed.rooms.entries()) {
    await seedRoom(scope, room, index);
    advance(run, `${seed.key}: ${room.name}`);
  }
  await run.keys.finish(key);
}

/** Progress units of one community: itself, each moderator and member, each thread and room. */
export const communityUnits = (seed: SeedCommunity): number => 1 + seed.moderators.length + seed.members.length + seed.threads.length + seed.rooms.length;

export async function seedCommunities(run: SeedRun, communities: readonly SeedCommunity[]): Promise<void> {
  for (const seed of communities) {
    if (run.keys.isDone(`community:${seed.key}`)) advance(run, seed.key, communityUnits(seed));
    else await seedCommunity(run, seed);
  }
}
