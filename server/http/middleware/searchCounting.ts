// Counts answered searches for the search analytics, also those the anonymous cache answers: the search routes and
// pages say what they answered in the X-Search-Total and X-Search-Locale headers (kept with a cached answer), and once
// the response is sent a first page of a typed query is counted. The island's requests while the reader is still
// typing (`typing=1`) are not.
import type { RequestHandler, Response } from 'express';
import type { AppContext } from '../../context.js';
import { countSearch } from '../../commands/search/searchAnalytics.js';

const countedPaths = new Set(['/search', '/search/fragment', '/api/search', '/api/search/practices', '/api/search/resources', '/api/search/posts']);
export const searchTotalHeader = 'X-Search-Total';
export const searchLocaleHeader = 'X-Search-Locale';

/** Marks a response as the answer to a search, for the analytics. */
export function markSearchAnswer(res: Response, total: number, locale: string): void {
  res.setHeader(searchTotalHeader, String(total));
  res.setHeader(searchLocaleHeader, locale);
}

export function countSearches(ctx: AppContext): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' || !countedPaths.has(req.path)) return next();
    const { q, offset, typing } = req.query;
    if (typeof q !== 'string' || !q.trim() || typing === '1' || (offset !== undefined && Number(offset) !== 0)) return next();
    res.on('finish', () => {
      const total = Number(res.getHeader(searchTotalHeader));
      const locale = res.getHeader(searchLocaleHeader);
      if (res.statusCode === 200 && Number.isInteger(total) && typeof locale === 'string') countSearch(ctx, q, locale, total);
    });
    next();
  };
}
