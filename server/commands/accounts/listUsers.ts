// Lists accounts for administrators: search by name or e-mail, filter by role and status, newest first.
import type { QueryFilter } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { listUsersQuerySchema } from './schemas.js';
import type { User } from '../../models/user.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { findPage, type PageResult } from '../shared/findPage.js';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function listUsers(ctx: AppContext, actor: Actor, input: unknown): Promise<PageResult<User>> {
  authorize(actor, 'account.list');
  const query = parseInput(listUsersQuerySchema, input, 'user list');
  const filter: QueryFilter<User> = {};
  if (query.role) filter.roles = query.role;
  if (query.status) filter.status = query.status;
  if (query.q) {
    const pattern = new RegExp(escapeRegExp(query.q), 'i');
    filter.$or = [{ displayName: pattern }, { email: pattern }];
  }
  return findPage(ctx.models.User, filter, { createdAt: -1, _id: -1 }, query);
}
