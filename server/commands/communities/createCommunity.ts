// Creates a community (organisers and administrators only) with the creator as its owner.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, isDuplicateKeyError, unauthenticated } from '../../errors.js';
import { renderMarkdown } from '../../content/markdown.js';
import { uniqueSlug } from '../../content/slug.js';
import { createCommunitySchema } from './schemas.js';
import type { Community } from '../../models/community.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { activateMembership } from './activateMembership.js';

export async function createCommunity(ctx: AppContext, actor: Actor, input: unknown): Promise<Community> {
  authorize(actor, 'community.create');
  if (!actor.userId) throw unauthenticated();
  const data = parseInput(createCommunitySchema, input, 'community');
  const slug = data.slug ?? (await uniqueSlug(data.name, async (candidate) => (await ctx.models.Community.exists({ slug: candidate })) !== null));
  let community: Community;
  try {
    const created = await ctx.models.Community.create({
      ...data,
      slug,
      descriptionHtml: renderMarkdown(data.description),
      createdBy: new Types.ObjectId(actor.userId),
      memberCount: 0,
    });
    community = created.toObject();
  } catch (error) {
    if (isDuplicateKeyError(error)) throw conflict('slug_taken', `The address "${slug}" is already used by another community.`);
    throw error;
  }
  await activateMembership(ctx, community._id, actor.userId, 'owner');
  await recordAudit(ctx, actor, { action: 'community.create', subjectType: 'community', subjectId: String(community._id), communityId: community._id });
  return { ...community, memberCount: 1 };
}
