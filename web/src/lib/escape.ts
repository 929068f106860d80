// HTML escaping for islands that build markup from data: every value goes through escapeHtml unless the server
// already made it safe (search highlights are escaped server-side with only <mark> added).
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (char) => escapes[char] ?? char);
}
