// Highlighted and cropped snippets safe to insert into HTML: Meilisearch marks matches with private-use characters
// (never present in indexed text), everything is HTML-escaped, and only balanced markers become <mark>.

export const highlightPreTag = '\uE000';
export const highlightPostTag = '\uE001';

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

export function hasHighlight(formatted: string): boolean {
  return formatted.includes(highlightPreTag);
}

export function stripHighlight(formatted: string): string {
  return formatted.replace(/[\uE000\uE001]/g, '');
}

/** HTML for a `_formatted` value: escaped text with <mark>…</mark> around matches, tags always balanced. */
export function highlightToHtml(formatted: string): string {
  let html = '';
  let open = false;
  for (const part of formatted.split(/([\uE000\uE001])/)) {
    if (part === highlightPreTag) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === highlightPostTag) {
      if (open) html += '</mark>';
      open = false;
    } else html += escapeHtml(part);
  }
  return open ? `${html}</mark>` : html;
}
