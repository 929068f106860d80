// The sweep that closes the gap between saving a post and storing its notification fan-outs: a node that dies in
// between leaves the post's `fanOutDue` mark behind. Posts marked longer than a fan-out lease ago are told again
// (notifyOfPost, which stores nothing twice); a post no longer visible only loses its mark.
import type { AppContext } from '../context.js';
import type { Post } from '../models/post.js';
import type { Thread } from '../models/thread.js';
import { notifyOfPost } from './notificationReactions.js';

const sweepSize = 50;

/** Fans out the posts whose fan-out was never stored; returns how many were told again. */
export async function replayUnannouncedPosts(ctx: AppContext): Promise<number> {
  const cutoff = new Date(Date.now() - ctx.config.notifications.fanOutLeaseMs);
  const posts = await ctx.models.Post.find({ fanOutDue: { $lt: cutoff } }).sort({ fanOutDue: 1 }).limit(sweepSize).lean<Post[]>();
  let replayed = 0;
  for (const post of posts) {
    const thread = post.state === 'visible' && !post.deletedAt ? await ctx.models.Thread.findById(post.threadId).lean<Thread>() : null;
    if (!thread || thread.state !== 'visible') {
      await ctx.models.Post.updateOne({ _id: post._id }, { $unset: { fanOutDue: 1 } });
      continue;
    }
    await notifyOfPost(ctx, { post, thread });
    ctx.log.info({ post: String(post._id) }, 'a post whose notifications were never sent was fanned out by the sweep');
    replayed += 1;
  }
  return replayed;
}
