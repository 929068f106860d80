// Search analytics: each answered search and each opened result is counted per UTC day, interface language and
// normalised query, with no trace of the reader. Counts are gathered in memory and written as `$inc` upserts every few
// seconds (and before every read of the analytics), so searching never waits on a write; at most those few seconds
// of counts are lost if the process dies. Queries that look like personal data (an e-mail address, a long number)
// are not counted.
import type { AppContext, Actor } from '../../context.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { searchAnalyticsQuerySchema, searchClickSchema } from './schemas.js';

const flushAfterMs = 5000;
const maxQueryLength = 100;
const lastCountedPosition = 11;

interface PendingCount {
  readonly day: string;
  readonly locale: string;
  readonly query: string;
  searches: number;
  zeroResults: number;
  clicks: number;
  positions: Record<string, number>;
  lastAt: Date;
}

interface Pending {
  readonly counts: Map<string, PendingCount>;
  timer: NodeJS.Timeout | null;
}

const pendingByContext = new WeakMap<AppContext, Pending>();

/** The query as counted, or null when it must not be kept: lower-cased, whitespace folded, cut to 100 characters. */
export function countedQuery(q: string): string | null {
  const query = q.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, maxQueryLength);
  if (!query || query.includes('@') || /\d[\d\s./-]{6,}\d/.test(query)) return null;
  return query;
}

function pendingOf(ctx: AppContext): Pending {
  let pending = pendingByContext.get(ctx);
  if (!pending) {
    pending = { counts: new Map(), timer: null };
    pendingByContext.set(ctx, pending);
  }
  return pending;
}

function count(ctx: AppContext, q: string, locale: string, add: (entry: PendingCount) => void): void {
  const query = countedQuery(q);
  if (!query) return;
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  const pending = pendingOf(ctx);
  const key = `${day}\u0000${locale}\u0000${query}`;
  let entry = pending.counts.get(key);
  if (!entry) {
    entry = { day, locale, query, searches: 0, zeroResults: 0, clicks: 0, positions: {}, lastAt: now };
    pending.counts.set(key, entry);
  }
  add(entry);
  entry.lastAt = now;
  pending.timer ??= setTimeout(() => void flushSearchCounts(ctx).catch((error: unknown) => ctx.log.warn({ err: error }, 'search analytics: counts not written')), flushAfterMs).unref();
}

/** Counts one answered search (the first page of it). */
export function countSearch(ctx: AppContext, q: string, locale: string, total: number): void {
  count(ctx, q, locale, (entry) => {
    entry.searches += 1;
    if (total === 0) entry.zeroResults += 1;
  });
}

/** POST /api/search/clicks: counts one opened result at its position. */
export function countSearchClick(ctx: AppContext, input: unknown): void {
  const click = parseInput(searchClickSchema, input, 'search click');
  const position = String(Math.min(click.position, lastCountedPosition));
  count(ctx, click.q, click.locale, (entry) => {
    entry.clicks += 1;
    entry.positions[position] = (entry.positions[position] ?? 0) + 1;
  });
}

/** Writes the counts gathered so far; a count whose write fails is put back for the next flush. */
export async function flushSearchCounts(ctx: AppContext): Promise<void> {
  const pending = pendingOf(ctx);
  if (pending.timer) clearTimeout(pending.timer);
  pending.timer = null;
  const entries = [...pending.counts.values()];
  pending.counts.clear();
  if (!entries.length) return;
  const write = () =>
    ctx.models.SearchQueryStat.bulkWrite(
      entries.map((entry) => ({
        updateOne: {
          filter: { day: entry.day, locale: entry.locale, query: entry.query },
          update: {
            $inc: { searches: entry.searches, zeroResults: entry.zeroResults, clicks: entry.clicks, ...Object.fromEntries(Object.entries(entry.positions).map(([position, n]) => [`positions.${position}`, n])) },
            $max: { lastAt: entry.lastAt },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  // Two nodes upserting the same new day/query at once: one insert loses the unique index race; the retry updates.
  await write().catch(write);
}

export interface QueryRow {
  readonly query: string;
  readonly searches: number;
  readonly zeroResults: number;
  readonly clicks: number;
  readonly lastAt: Date;
}

export interface SearchAnalytics {
  readonly days: number;
  readonly totals: { readonly searches: number; readonly zeroResults: number; readonly clicks: number };
  readonly daily: ReadonlyArray<{ readonly day: string; readonly searches: number; readonly zeroResults: number }>;
  readonly topQueries: readonly QueryRow[];
  readonly zeroResultQueries: readonly QueryRow[];
  /** Clicks at positions 1 … 10 and at 11 or later (index 10). */
  readonly clickPositions: readonly number[];
}

const listLength = 20;

function utcDays(days: number): string[] {
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  return Array.from({ length: days }, (_, i) => new Date(today - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

export async function searchAnalytics(ctx: AppContext, actor: Actor, input: unknown): Promise<SearchAnalytics> {
  authorize(actor, 'search.viewAnalytics');
  const { days } = parseInput(searchAnalyticsQuerySchema, input, 'search analytics');
  await flushSearchCounts(ctx);
  const period = utcDays(days);
  const inPeriod = { day: { $gte: period[0] ?? '', $lte: period[period.length - 1] ?? '' } };
  const byQuery = (match: Record<string, unknown>, sortBy: 'searches' | 'zeroResults') =>
    ctx.models.SearchQueryStat.aggregate<QueryRow & { _id: string }>([
      { $match: { ...inPeriod, ...match } },
      { $group: { _id: '$query', searches: { $sum: '$searches' }, zeroResults: { $sum: '$zeroResults' }, clicks: { $sum: '$clicks' }, lastAt: { $max: '$lastAt' } } },
      { $sort: { [sortBy]: -1, _id: 1 } },
      { $limit: listLength },
    ]);
  const [daily, top, zero, clicked] = await Promise.all([
    ctx.models.SearchQueryStat.aggregate<{ _id: string; searches: number; zeroResults: number; clicks: number }>([
      { $match: inPeriod },
      { $group: { _id: '$day', searches: { $sum: '$searches' }, zeroResults: { $sum: '$zeroResults' }, clicks: { $sum: '$clicks' } } },
    ]),
    byQuery({}, 'searches'),
    byQuery({ zeroResults: { $gt: 0 } }, 'zeroResults'),
    ctx.models.SearchQueryStat.find({ ...inPeriod, clicks: { $gt: 0 } }, { positions: 1 }).lean(),
  ]);
  const dayRows = new Map(daily.map((row) => [row._id, row]));
  const clickPositions = Array.from({ length: lastCountedPosition }, () => 0);
  for (const doc of clicked) {
    for (const [position, n] of Object.entries(doc.positions ?? {})) {
      const index = Number(position) - 1;
      if (index >= 0 && index < lastCountedPosition && typeof n === 'number') clickPositions[index] = (clickPositions[index] ?? 0) + n;
    }
  }
  const row = ({ _id, searches, zeroResults, clicks, lastAt }: QueryRow & { _id: string }): QueryRow => ({ query: _id, searches, zeroResults, clicks, lastAt });
  return {
    days,
    totals: daily.reduce((sum, d) => ({ searches: sum.searches + d.searches, zeroResults: sum.zeroResults + d.zeroResults, clicks: sum.clicks + d.clicks }), { searches: 0, zeroResults: 0, clicks: 0 }),
    daily: period.map((day) => ({ day, searches: dayRows.get(day)?.searches ?? 0, zeroResults: dayRows.get(day)?.zeroResults ?? 0 })),
    topQueries: top.map(row),
    zeroResultQueries: zero.map(row),
    clickPositions,
  };
}
