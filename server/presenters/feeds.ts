// RSS 2.0 and Atom 1.0 documents of newly published practices: every text escaped for XML (control characters
// dropped), every link absolute from the configured public URL.
import type { Practice } from '../models/practice.js';
import { termLabel } from '../vocab/index.js';
import type { DisplayNames } from './displayNames.js';

export interface FeedEntry {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly summary: string;
  readonly published: Date;
  readonly updated: Date;
  readonly author: string | null;
  readonly language: string;
  readonly categories: readonly string[];
}

export interface Feed {
  readonly title: string;
  readonly description: string;
  /** The feed's own address (with its query) and the site's matching page. */
  readonly selfUrl: string;
  readonly siteUrl: string;
  readonly entries: readonly FeedEntry[];
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and attributes; characters XML 1.0 forbids are removed. */
export function escapeXml(text: string): string {
  const allowed = [...text].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0xfffe && code !== 0xffff;
  });
  return allowed.join('').replace(/[&<>"']/g, (char) => xmlEntities[char] ?? char);
}

export function practiceFeedEntries(practices: readonly Practice[], publicUrl: string, names: DisplayNames): FeedEntry[] {
  return practices.map((practice) => {
    const text = practice.texts[practice.originalLanguage];
    const published = practice.publishedAt ?? practice.createdAt;
    return {
      id: new URL(`/api/practices/${String(practice._id)}`, publicUrl).toString(),
      title: text?.title ?? practice.slug,
      url: new URL(`/practices/${practice.slug}`, publicUrl).toString(),
      summary: text?.excerpt ?? '',
      published,
      updated: practice.updatedAt > published ? practice.updatedAt : published,
      author: names.get(String(practice.authorId)) ?? null,
      language: practice.originalLanguage,
      categories: [
        ...(practice.sector ? [termLabel('sectors', practice.sector, 'en')] : []),
        ...(practice.digCompEdu ?? []).map((id) => `DigCompEdu ${id} ${termLabel('digCompEdu', id, 'en')}`),
        ...(practice.digComp ?? []).map((id) => `DigComp ${id} ${termLabel('digComp', id, 'en')}`),
      ],
    };
  });
}

const lastUpdate = (feed: Feed): Date =>
  feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));

export function renderRss(feed: Feed): string {
  const items = feed.entries.map(
    (entry) => `<item>
<title>${escapeXml(entry.title)}</title>
<link>${escapeXml(entry.url)}</link>
<guid isPermaLink="false">${escapeXml(entry.id)}</guid>
<pubDate>${entry.published.toUTCString()}</pubDate>
<description>${escapeXml(entry.summary)}</description>
${entry.author ? `<dc:creator>${escapeXml(entry.author)}</dc:creator>\n` : ''}${entry.categories.map((category) => `<category>${escapeXml(category)}</category>`).join('\n')}
</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${escapeXml(feed.title)}</title>
<link>${escapeXml(feed.siteUrl)}</link>
<description>${escapeXml(feed.description)}</description>
<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>
<lastBuildDate>${lastUpdate(feed).toUTCString()}</lastBuildDate>
${items.join('\n')}
</channel>
</rss>
`;
}

export function renderAtom(feed: Feed): string {
  const entries = feed.entries.map(
    (entry) => `<entry>
<id>${escapeXml(entry.id)}</id>
<title>${escapeXml(entry.title)}</title>
<link rel="alternate" type="text/html" hreflang="${escapeXml(entry.language)}" href="${escapeXml(entry.url)}"/>
<published>${entry.published.toISOString()}</published>
<updated>${entry.updated.toISOString()}</updated>
<author><name>${escapeXml(entry.author ?? 'Praxis')}</name></author>
<summary>${escapeXml(entry.summary)}</summary>
${entry.categories.map((category) => `<category term="${escapeXml(category)}"/>`).join('\n')}
</entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${escapeXml(feed.selfUrl)}</id>
<title>${escapeXml(feed.title)}</title>
<subtitle>${escapeXml(feed.description)}</subtitle>
<link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
<link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>
<updated>${lastUpdate(feed).toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}
