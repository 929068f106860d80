// Lists programmes, newest period first, a page at a time.
import type { AppContext } from '../../context.js';
import type { Programme } from '../../models/programme.js';
import { parseInput } from '../../validation.js';
import { findPage, type PageResult } from '../shared/findPage.js';
import { programmeQuerySchema } from './schemas.js';

export async function listProgrammes(ctx: AppContext, query: unknown): Promise<PageResult<Programme>> {
  const { offset, limit } = parseInput(programmeQuerySchema, query, 'query');
  return findPage(ctx.models.Programme, {}, { periodStart: -1, _id: 1 }, { offset, limit });
}
