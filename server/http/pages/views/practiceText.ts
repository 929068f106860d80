// Chooses which language version of a practice to show: the one asked for, else the interface language, else the
// original; and tells where a version came from (original, translated by a person, machine-translated).
import type { Practice, PracticeText } from '../../../models/practice.js';

export interface ShownText {
  readonly language: string;
  readonly text: PracticeText;
}

/** Language versions that have a title, original language first. */
export function availableLanguages(practice: Pick<Practice, 'texts' | 'originalLanguage'>): string[] {
  const languages = Object.keys(practice.texts ?? {}).filter((language) => practice.texts[language]?.title);
  return languages.sort((a, b) => (a === practice.originalLanguage ? -1 : b === practice.originalLanguage ? 1 : a.localeCompare(b)));
}

export function chooseText(practice: Pick<Practice, 'texts' | 'originalLanguage'>, ...preferred: (string | undefined)[]): ShownText {
  const languages = availableLanguages(practice);
  const language = [...preferred, practice.originalLanguage].find((lang) => lang && languages.includes(lang)) ?? languages[0] ?? practice.originalLanguage;
  return { language, text: practice.texts[language] ?? { provenance: 'original', reviewed: false } };
}
