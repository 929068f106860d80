// One page of a list query: the rows (lean) for offset/limit in a stable sort, and the total, as the list envelope needs.
import type { Model, QueryFilter, SortOrder } from 'mongoose';

export interface PageRequest {
  readonly offset: number;
  readonly limit: number;
}

export interface PageInfo extends PageRequest {
  readonly total: number;
}

export interface PageResult<T> {
  readonly items: T[];
  readonly page: PageInfo;
}

/** Runs `filter` sorted by `sort` (add `_id` last for a stable order) and counts all matches. */
export async function findPage<T>(
  model: Model<T>,
  filter: QueryFilter<T>,
  sort: Record<string, SortOrder>,
  page: PageRequest,
): Promise<PageResult<T>> {
  const [items, total] = await Promise.all([
    model.find(filter).sort(sort).skip(page.offset).limit(page.limit).lean<T[]>(),
    model.countDocuments(filter),
  ]);
  return { items, page: { offset: page.offset, limit: page.limit, total } };
}
