// The shared field scheme of the indexes: what a mapper produces from a MongoDB document, and the
// per-language, folded and stemmed text fields built from its texts.
import { foldText, searchLanguages, stemText, type SearchLanguage } from './textAnalysis.js';
import { vocabularyText, vocabularyTextFields, type RecordTerms } from './vocabularyText.js';

export const searchTypes = ['practices', 'resources', 'posts', 'plans'] as const;
export type SearchType = (typeof searchTypes)[number];

export const textKinds = ['title', 'summary', 'body'] as const;
export type TextKind = (typeof textKinds)[number];
/** Where a text in one of the search languages goes (`title_sl`), and where every other language goes (`title_other`). */
export const languageSlots = [...searchLanguages, 'other'] as const;
export type LanguageSlot = (typeof languageSlots)[number];

export type Visibility = 'public' | 'members';

/** One document as Meilisearch stores it; `rev` is the MongoDB revision it was built from. */
export interface SearchDocument {
  readonly id: string;
  readonly type: 'practice' | 'resource' | 'post' | 'plan';
  readonly rev: number;
  readonly visibility: Visibility;
  readonly communityId?: string;
  readonly slug?: string;
  readonly threadId?: string;
  readonly originalLanguage: string;
  readonly languages: readonly string[];
  readonly tags: readonly string[];
  readonly publishedAt: number | null;
  readonly updatedAt: number | null;
  readonly [field: string]: unknown;
}

/** Texts of one document keyed by content language, e.g. `{ title: { sl: 'Šolska strategija' } }`. */
export type LocalizedTexts = Readonly<Record<TextKind, Readonly<Record<string, string | undefined>>>>;

// Highlight markers are private-use characters; strip them from indexed text so they can only come from Meilisearch.
const cleanText = (text: string): string => text.replace(/[\uE000\uE001]/g, '');

function slotOf(language: string): LanguageSlot {
  return (searchLanguages as readonly string[]).includes(language) ? (language as SearchLanguage) : 'other';
}

/** Every text field a document has; each is always present (maybe empty) because Meilisearch refuses to search on a field no document has yet. */
export const allTextFields: readonly string[] = [
  ...textKinds.flatMap((kind) => languageSlots.map((slot) => `${kind}_${slot}`)),
  'foldTitle',
  'foldSummary',
  'foldBody',
  ...searchLanguages.flatMap((language) => [`stemTitle_${language}`, `stemBody_${language}`]),
  ...vocabularyTextFields,
];

/** `title_sl`, `summary_other`, `foldBody`, `stemTitle_pl`, `vocab`, … for the given texts and vocabulary terms. */
export function textFields(texts: LocalizedTexts, terms: RecordTerms = {}): Record<string, string> {
  const fields: Record<string, string> = { ...Object.fromEntries(allTextFields.map((field) => [field, ''])), ...vocabularyText(terms) };
  const append = (field: string, text: string): void => {
    fields[field] = fields[field] ? `${fields[field]}\n${text}` : text;
  };
  for (const kind of textKinds) {
    const foldField = `fold${kind[0]?.toUpperCase()}${kind.slice(1)}`;
    for (const [language, raw] of Object.entries(texts[kind])) {
      if (!raw) continue;
      const text = cleanText(raw);
      const slot = slotOf(language);
      append(`${kind}_${slot}`, text);
      append(foldField, foldText(text));
      if (slot !== 'other') append(kind === 'title' ? `stemTitle_${slot}` : `stemBody_${slot}`, stemText(text, slot));
    }
  }
  return fields;
}

export function toEpoch(value: unknown): number | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.getTime() : null;
}
