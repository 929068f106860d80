// The @handle mention parser shared by thread posts and room messages: finds the handles a text mentions, outside
// code spans and blocks, and turns a display name into the handle it suggests.
import { foldToAscii } from './slug.js';

const maxMentions = 20;
const mentionPattern = /(^|[^\w@./-])@([a-z0-9][a-z0-9._-]{0,28}[a-z0-9])/gi;
const codePattern = /```[\s\S]*?(```|$)|~~~[\s\S]*?(~~~|$)|`[^`\n]*`/g;

export const handlePattern = /^[a-z0-9][a-z0-9._-]{0,28}[a-z0-9]$/;

/** The distinct handles (lower case) a text mentions, in order, at most 20. */
export function findMentions(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.replace(codePattern, ' ').matchAll(mentionPattern)) {
    found.add((match[2] ?? '').toLowerCase());
    if (found.size >= maxMentions) break;
  }
  return [...found];
}

/** "Ana Novak" → "ana.novak" (ASCII, dots between words, 2–30 characters). */
export function handleBase(displayName: string): string {
  const words = foldToAscii(displayName).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const base = words.join('.').slice(0, 26).replace(/[._-]+$/, '');
  return base.length >= 2 ? base : `member${base}`;
}
