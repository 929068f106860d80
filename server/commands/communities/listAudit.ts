// The community's audit log, newest first, for its moderators.
import type { Actor, AppContext } from '../../context.js';
import { pageQuerySchema, type PageQuery } from './schemas.js';
import type { AuditEntry } from '../../models/audit.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadCommunity } from './loadCommunity.js';

export async function listAudit(ctx: AppContext, actor: Actor, communityId: unknown, query: unknown): Promise<{ items: AuditEntry[]; page: PageQuery & { total: number } }> {
  const { community, access } = await loadCommunity(ctx, actor, communityId);
  authorize(actor, 'community.moderate', access);
  const page = parseInput(pageQuerySchema, query, 'query');
  const filter = { communityId: community._id };
  const [items, total] = await Promise.all([
    ctx.models.Audit.find(filter).sort({ at: -1, _id: -1 }).skip(page.offset).limit(page.limit).lean<AuditEntry[]>(),
    ctx.models.Audit.countDocuments(filter),
  ]);
  return { items, page: { ...page, total } };
}
