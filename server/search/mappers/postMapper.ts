// Community posts → search documents: visible posts in visible threads; visibility follows the community
// (public, or members-only with its communityId so the query can admit the community's active members).
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { textFields, toEpoch, type SearchDocument } from '../searchDocument.js';
import { htmlToText, idString, markdownWords, optionalDate, optionalString, syncedDocumentShape, type SearchMapper } from './mapperTypes.js';

const postShape = z.looseObject({
  ...syncedDocumentShape,
  state: z.string(),
  communityId: idString,
  threadId: idString,
  body: optionalString,
  bodyHtml: optionalString,
  createdAt: optionalDate,
});

interface PostContext {
  readonly communities: ReadonlyMap<string, { visibility: string; language: string }>;
  readonly threads: ReadonlyMap<string, { title: string; state: string }>;
}

async function loadPostContext(ctx: AppContext, posts: readonly z.infer<typeof postShape>[]): Promise<PostContext> {
  const communityIds = [...new Set(posts.map((post) => post.communityId))];
  const threadIds = [...new Set(posts.map((post) => post.threadId))];
  const [communities, threads] = await Promise.all([
    ctx.models.Community.find({ _id: { $in: communityIds } }, { visibility: 1, language: 1 }).lean(),
    ctx.models.Thread.find({ _id: { $in: threadIds } }, { title: 1, state: 1 }).lean(),
  ]);
  return {
    communities: new Map(communities.map((community) => [String(community._id), community])),
    threads: new Map(threads.map((thread) => [String(thread._id), thread])),
  };
}

function postToSearchDocument(post: z.infer<typeof postShape>, context: PostContext): SearchDocument | null {
  const community = context.communities.get(post.communityId);
  const thread = context.threads.get(post.threadId);
  if (post.state !== 'visible' || post.deletedAt || !community || !thread || thread.state !== 'visible') return null;
  const body = post.bodyHtml ? htmlToText(post.bodyHtml) : markdownWords(post.body ?? '');
  return {
    id: post._id,
    type: 'post',
    rev: post.rev,
    visibility: community.visibility === 'public' ? 'public' : 'members',
    communityId: post.communityId,
    threadId: post.threadId,
    originalLanguage: community.language,
    languages: [community.language],
    tags: [],
    publishedAt: toEpoch(post.createdAt),
    updatedAt: toEpoch(post.updatedAt),
    ...textFields({ title: { [community.language]: thread.title }, summary: {}, body: { [community.language]: body } }),
  };
}

export const postMapper: SearchMapper = {
  type: 'posts',
  collection: 'posts',
  toSearchDocuments: async (ctx, docs) => {
    const posts = docs.map((doc) => postShape.parse(doc));
    const context = await loadPostContext(ctx, posts);
    return posts.map((post) => postToSearchDocument(post, context));
  },
};
