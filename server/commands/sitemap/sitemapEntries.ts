// What the sitemap lists: the public list pages and every published practice, resource and collection and every
// public community, with when each last changed; at most the 50,000 addresses one sitemap file may hold.
import type { AppContext } from '../../context.js';

export interface SitemapEntry {
  readonly path: string;
  readonly updatedAt: Date | null;
}

export const sitemapLimit = 50_000;
const listPages = ['/', '/practices', '/resources', '/collections', '/communities'];

export async function sitemapEntries(ctx: AppContext): Promise<SitemapEntry[]> {
  const room = sitemapLimit - listPages.length;
  const published = { state: 'published' as const, deletedAt: null };
  const fields = { slug: 1, updatedAt: 1 };
  const [practices, resources, collections, communities] = await Promise.all([
    ctx.models.Practice.find(published, fields).sort({ _id: 1 }).limit(room).lean(),
    ctx.models.Resource.find(published, fields).sort({ _id: 1 }).limit(room).lean(),
    ctx.models.Collection.find(published, fields).sort({ _id: 1 }).limit(room).lean(),
    ctx.models.Community.find({ visibility: 'public' }, fields).sort({ _id: 1 }).limit(room).lean(),
  ]);
  const entries = (area: string, docs: readonly { slug: string; updatedAt?: Date }[]): SitemapEntry[] =>
    docs.map((doc) => ({ path: `/${area}/${doc.slug}`, updatedAt: doc.updatedAt ?? null }));
  return [
    ...listPages.map((path) => ({ path, updatedAt: null })),
    ...entries('practices', practices),
    ...entries('resources', resources),
    ...entries('collections', collections),
    ...entries('communities', communities),
  ].slice(0, sitemapLimit);
}
