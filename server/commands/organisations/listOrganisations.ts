// Lists organisations by name, filtered by country, type or a name fragment, a page at a time.
import type { QueryFilter } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { Organisation } from '../../models/organisation.js';
import { parseInput } from '../../validation.js';
import { findPage, type PageResult } from '../shared/findPage.js';
import { organisationQuerySchema } from './schemas.js';
import { escapeRegExp } from '../../content/escapeRegExp.js';

export async function listOrganisations(ctx: AppContext, query: unknown): Promise<PageResult<Organisation>> {
  const { offset, limit, country, type, q } = parseInput(organisationQuerySchema, query, 'query');
  const filter: QueryFilter<Organisation> = {
    ...(country ? { country } : {}),
    ...(type ? { type } : {}),
    ...(q ? { name: { $regex: escapeRegExp(q), $options: 'i' } } : {}),
  };
  return findPage(ctx.models.Organisation, filter, { name: 1, _id: 1 }, { offset, limit });
}
