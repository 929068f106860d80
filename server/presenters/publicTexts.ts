// Which language versions of a practice the public reads: the original, and each translation once it is reviewed.
import type { Practice } from '../models/practice.js';

export function publicLanguages(practice: Pick<Practice, 'originalLanguage' | 'texts'>): string[] {
  const others = Object.entries(practice.texts)
    .filter(([language, text]) => language !== practice.originalLanguage && text.title && text.reviewed)
    .map(([language]) => language)
    .sort();
  return practice.texts[practice.originalLanguage] ? [practice.originalLanguage, ...others] : others;
}
