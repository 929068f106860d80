// sitemap.xml (sitemaps.org 0.9) with an xhtml:link hreflang alternate per interface language (?lang=…) and an
// x-default, and the robots.txt that points crawlers at it.
import { interfaceLocales } from '../i18n/locales.js';
import type { SitemapEntry } from '../commands/sitemap/sitemapEntries.js';
import { escapeXml } from './feeds.js';

function withLang(url: string, lang: string): string {
  const address = new URL(url);
  address.searchParams.set('lang', lang);
  return address.toString();
}

export function renderSitemap(entries: readonly SitemapEntry[], publicUrl: string): string {
  const urls = entries.map((entry) => {
    const loc = new URL(entry.path, publicUrl).toString();
    const alternates = [
      ...interfaceLocales.map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(withLang(loc, lang))}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(loc)}"/>`,
    ].join('');
    return `<url><loc>${escapeXml(loc)}</loc>${entry.updatedAt ? `<lastmod>${entry.updatedAt.toISOString()}</lastmod>` : ''}${alternates}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}

export function renderRobots(publicUrl: string): string {
  return `User-agent: *\nDisallow: /api/\nDisallow: /me/\nDisallow: /review\nDisallow: /moderation\nSitemap: ${new URL('/sitemap.xml', publicUrl).toString()}\n`;
}
