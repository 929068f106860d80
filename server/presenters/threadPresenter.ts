// Shapes threads, posts and post revisions; deleted and hidden posts keep their place but not their text.
import type { Post } from '../models/post.js';
import type { Thread } from '../models/thread.js';
import { personRef, type DisplayNames } from './displayNames.js';

const cardPaths = { practice: '/practices/', resource: '/resources/' } as const;

export function presentThread(thread: Thread, names: DisplayNames) {
  return {
    id: String(thread._id),
    communityId: String(thread.communityId),
    title: thread.title,
    author: personRef(names, thread.authorId),
    locked: thread.locked,
    pinned: thread.pinned,
    state: thread.state,
    postCount: thread.postCount,
    lastPostAt: thread.lastPostAt.toISOString(),
    createdAt: thread.createdAt.toISOString(),
  };
}

export function presentPost(post: Post, names: DisplayNames) {
  const readable = post.state === 'visible' || post.state === 'queued';
  return {
    id: String(post._id),
    threadId: String(post.threadId),
    communityId: String(post.communityId),
    parentId: post.parentId ? String(post.parentId) : null,
    author: personRef(names, post.authorId),
    state: post.state,
    body: readable ? post.body : null,
    bodyHtml: readable ? post.bodyHtml : null,
    linkedItems: readable ? post.linkedItems.map((item) => ({ type: item.type, slug: item.slug, url: `${cardPaths[item.type]}${item.slug}` })) : [],
    rev: post.rev,
    revisionCount: post.revisions.length,
    editedAt: post.editedAt ? post.editedAt.toISOString() : null,
    createdAt: post.createdAt.toISOString(),
  };
}

export function presentRevisions(post: Post, names: DisplayNames) {
  return post.revisions.map((revision, index) => ({
    number: index + 1,
    at: revision.at.toISOString(),
    by: personRef(names, revision.by),
    body: revision.body,
  }));
}
