// Chooses which language version of a practice to show: the one asked for, else the interface language, else the
// original; among the versions the reader may read (the public ones: the original and reviewed translations; every
// version for the author and reviewers); and tells where a version came from.
import type { Practice, PracticeText } from '../../../models/practice.js';
import { publicLanguages } from '../../../presenters/publicTexts.js';

export interface ShownText {
  readonly language: string;
  readonly text: PracticeText;
}

/** Every language version with a title, original language first (for the author and reviewers). */
export function allLanguages(practice: Pick<Practice, 'texts' | 'originalLanguage'>): string[] {
  const languages = Object.keys(practice.texts ?? {}).filter((language) => practice.texts[language]?.title);
  return languages.sort((a, b) => (a === practice.originalLanguage ? -1 : b === practice.originalLanguage ? 1 : a.localeCompare(b)));
}

export function chooseTextAmong(practice: Pick<Practice, 'texts' | 'originalLanguage'>, languages: readonly string[], ...preferred: (string | undefined)[]): ShownText {
  const language = [...preferred, practice.originalLanguage].find((lang) => lang && languages.includes(lang)) ?? languages[0] ?? practice.originalLanguage;
  return { language, text: practice.texts[language] ?? { provenance: 'original', reviewed: false } };
}

/** The public version to show. */
export function chooseText(practice: Pick<Practice, 'texts' | 'originalLanguage'>, ...preferred: (string | undefined)[]): ShownText {
  return chooseTextAmong(practice, publicLanguages(practice), ...preferred);
}
