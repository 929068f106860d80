// Finds links to Praxis practices and resources in a Markdown body (relative, or on this site's public URL), so a
// post can show them as cards.
import type { LinkedItem } from '../models/post.js';
import { escapeRegExp } from './escapeRegExp.js';

const maxItems = 10;

export function findLinkedItems(markdown: string, publicUrl: string): LinkedItem[] {
  const site = `(?:${escapeRegExp(publicUrl.replace(/\/+$/, ''))})?`;
  const pattern = new RegExp(`(?:^|[\\s(<"'\\[])${site}/(practices|resources)/([a-z0-9]+(?:-[a-z0-9]+)*)(?=$|[\\s)>"'#?\\].,;:!])`, 'g');
  const found = new Map<string, LinkedItem>();
  for (const match of markdown.matchAll(pattern)) {
    const type = match[1] === 'practices' ? 'practice' : 'resource';
    found.set(`${type}:${match[2]}`, { type, slug: match[2] });
    if (found.size >= maxItems) break;
  }
  return [...found.values()];
}
