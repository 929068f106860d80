// Shared types for the controlled vocabularies: UI locales, multilingual labels, terms and vocabularies.

export const uiLocales = ['sl', 'pl', 'sv', 'en'] as const;
export type UiLocale = (typeof uiLocales)[number];
export type Labels = Readonly<Record<UiLocale, string>>;

export const vocabularyIds = [
  'digCompEdu',
  'digCompEduAreas',
  'digComp',
  'digCompAreas',
  'selfieAreas',
  'educationLevels',
  'sectors',
  'ownerTypes',
  'targetGroups',
  'practiceTypes',
  'lifecycleStages',
  'evidenceTypes',
  'evidenceLevels',
  'resourceKinds',
  'licences',
  'languages',
  'countries',
  'communityVisibility',
  'joinPolicies',
  'flagReasons',
] as const;
export type VocabularyId = (typeof vocabularyIds)[number];

export interface Term<Id extends string = string> {
  readonly id: Id;
  readonly labels: Labels;
  /** Parent area id (in the matching `…Areas` vocabulary) for framework competences. */
  readonly area?: string;
  readonly description?: Labels;
  /** Canonical URL, e.g. the licence deed. */
  readonly url?: string;
  /** ISO 639-3 code Meilisearch accepts in `localizedAttributes`, where it supports the language. */
  readonly meiliLocale?: string;
}

export interface Vocabulary<Id extends string = string> {
  readonly id: VocabularyId;
  readonly labels: Labels;
  readonly terms: readonly Term<Id>[];
}

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (uiLocales as readonly string[]).includes(value);
}

/** Identity helper that keeps the literal term ids in the vocabulary's type. */
export function defineVocabulary<const Id extends string>(vocabulary: Vocabulary<Id>): Vocabulary<Id> {
  return vocabulary;
}
