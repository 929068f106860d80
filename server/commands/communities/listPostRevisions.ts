// The earlier versions of a post, oldest first (for anyone who may read the post; a deleted post's only for moderators).
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Post } from '../../models/post.js';
import { can } from '../../policies/index.js';
import { loadPost } from './loadThread.js';

export async function listPostRevisions(ctx: AppContext, actor: Actor, postId: unknown): Promise<Post> {
  const { post, access } = await loadPost(ctx, actor, postId);
  if ((post.state === 'deleted' || post.state === 'hidden') && !can(actor, 'community.moderate', access)) throw notFound('The post');
  return post;
}
