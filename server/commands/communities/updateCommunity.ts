// Changes a community's name, description, language, visibility, join policy or first-post queue (owners, admins).
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { renderMarkdown } from '../../content/markdown.js';
import { updateCommunitySchema } from './schemas.js';
import type { Community } from '../../models/community.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { communityChannel, communityRestrictedEvent } from '../../realtime/channels.js';
import { recordAudit } from '../recordAudit.js';
import { loadCommunity } from './loadCommunity.js';
import { bumpRev } from '../../search/syncFields.js';

export async function updateCommunity(ctx: AppContext, actor: Actor, communityId: unknown, input: unknown): Promise<Community> {
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.update', access);
  const data = parseInput(updateCommunitySchema, input, 'community');
  const changes = { ...data, ...(data.description === undefined ? {} : { descriptionHtml: renderMarkdown(data.description) }) };
  const updated = await ctx.models.Community.findByIdAndUpdate(community._id, { $set: changes }, { returnDocument: 'after' }).lean<Community>();
  if (!updated) throw notFound('The community');
  ctx.events.emit('community.updated', { communityId: String(community._id) });
  if (updated.visibility !== community.visibility || updated.language !== community.language) {
    // Every indexed post carries its community's visibility and language: have the search worker send them again.
    await ctx.models.Post.updateMany({ communityId: community._id }, bumpRev);
    ctx.events.emit('search.pending');
  }
  if (updated.visibility === 'members-only' && community.visibility !== 'members-only') {
    const channel = { room: communityChannel(String(community._id)), event: communityRestrictedEvent, payload: { communityId: String(community._id) } };
    ctx.events.emit('realtime.broadcast', channel);
  }
  await recordAudit(ctx, actor, { action: 'community.update', subjectType: 'community', subjectId: String(community._id), communityId: community._id, data: { fields: Object.keys(data) } });
  return updated;
}
