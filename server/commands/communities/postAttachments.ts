// Files attached to a community post: whoever may read the post sees them (members only in a members-only
// community; hidden or deleted posts hide their files), and whoever may edit the post may change them.
import type { AppContext, Actor } from '../../context.js';
import { AppError } from '../../errors.js';
import { can } from '../../policies/index.js';
import { registerAttachmentEditing, registerAttachmentVisibility } from '../../uploads/attachmentVisibility.js';
import { loadPost } from './loadThread.js';

async function readablePost(ctx: AppContext, actor: Actor, id: string) {
  try {
    const loaded = await loadPost(ctx, actor, id);
    return loaded.post.state === 'visible' || loaded.post.state === 'queued' ? loaded : null;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

registerAttachmentVisibility('post', async (ctx, actor, id) => (await readablePost(ctx, actor, id)) !== null);

registerAttachmentEditing('post', async (ctx, actor, id) => {
  const loaded = await readablePost(ctx, actor, id);
  return loaded !== null && can(actor, 'content.edit', { access: loaded.access, authorId: String(loaded.post.authorId) });
});
