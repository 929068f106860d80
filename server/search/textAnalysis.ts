// Folding and light stemming for search: Meilisearch neither folds ł/đ/ø nor stems Slovenian or Polish, so the
// mappers index folded and stemmed copies of the text and the queries are folded and stemmed the same way.
import { foldToAscii } from '../content/slug.js';

export const searchLanguages = ['sl', 'pl', 'sv', 'en'] as const;
export type SearchLanguage = (typeof searchLanguages)[number];

/** ISO 639-3 codes Meilisearch takes in `localizedAttributes` and `locales`. */
export const meiliLocales: Readonly<Record<SearchLanguage, string>> = { sl: 'slv', pl: 'pol', sv: 'swe', en: 'eng' };

/**
 * Inflectional endings (already folded to ASCII), longest first. Stripping the longest ending that leaves at least
 * three letters maps the forms of a word to one stem: akcijskega/akcijski → akcijsk, dobrych/dobre → dobr.
 */
const endings: Readonly<Record<SearchLanguage, readonly string[]>> = {
  sl: sortLongestFirst([
    'ijami', 'ijah', 'ijam', 'ija', 'ije', 'iji', 'ijo', 'ij', 'ega', 'emu', 'ima', 'imi', 'ami', 'ema', 'ih', 'im', 'om', 'em',
    'ah', 'am', 'ov', 'ev', 'mi', 'a', 'e', 'i', 'o', 'u',
  ]),
  pl: sortLongestFirst([
    'owymi', 'owych', 'owego', 'owemu', 'owym', 'owej', 'owie', 'owa', 'owe', 'owy', 'owi', 'ami', 'ach', 'ych', 'ich', 'ymi',
    'imi', 'ego', 'emu', 'iem', 'iach', 'iami', 'ow', 'om', 'em', 'ej', 'ym', 'im', 'ie', 'ia', 'iu', 'ii', 'a', 'e', 'i', 'o',
    'u', 'y',
  ]),
  sv: sortLongestFirst([
    'arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'andet', 'ande', 'ende', 'heten', 'het', 'ning', 'ingen', 'ing', 'aren',
    'are', 'ar', 'er', 'or', 'en', 'et', 'an', 'na', 'a', 'e', 's',
  ]),
  en: sortLongestFirst(['ings', 'ing', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'ly', 's', 'y']),
};

function sortLongestFirst(list: string[]): readonly string[] {
  return Object.freeze([...new Set(list)].sort((a, b) => b.length - a.length));
}

const minimumStem = 3;
const wordPattern = /[\p{L}\p{N}]+/gu;

/** Lower-case ASCII: "Łódź" → "lodz", "šolska" → "solska". */
export function foldText(text: string): string {
  return foldToAscii(text).toLowerCase();
}

export function foldedWords(text: string): string[] {
  return foldText(text).match(wordPattern) ?? [];
}

export function stemWord(word: string, language: SearchLanguage): string {
  if (/\d/.test(word)) return word;
  for (const ending of endings[language]) {
    if (word.length - ending.length >= minimumStem && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/** The folded, stemmed form of a text, as indexed in the `stem…_<lang>` fields and sent as the stemmed query. */
export function stemText(text: string, language: SearchLanguage): string {
  return foldedWords(text)
    .map((word) => stemWord(word, language))
    .join(' ');
}
