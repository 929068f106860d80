// Registry of all controlled vocabularies with lookups, label resolution, zod schemas and the GET /api/vocab shape.
import { z } from 'zod';
import { communityVisibility } from './communityVisibility.js';
import { countries } from './countries.js';
import { digComp } from './digComp.js';
import { digCompAreas } from './digCompAreas.js';
import { digCompEdu } from './digCompEdu.js';
import { digCompEduAreas } from './digCompEduAreas.js';
import { educationLevels } from './educationLevels.js';
import { evidenceLevels } from './evidenceLevels.js';
import { evidenceTypes } from './evidenceTypes.js';
import { flagReasons } from './flagReasons.js';
import { joinPolicies } from './joinPolicies.js';
import { languages } from './languages.js';
import { licences } from './licences.js';
import { lifecycleStages } from './lifecycleStages.js';
import { ownerTypes } from './ownerTypes.js';
import { practiceTypes } from './practiceTypes.js';
import { resourceKinds } from './resourceKinds.js';
import { sectors } from './sectors.js';
import { selfieAreas } from './selfieAreas.js';
import { targetGroups } from './targetGroups.js';
import type { Labels, Term, UiLocale, Vocabulary, VocabularyId } from './types.js';

export { isUiLocale, uiLocales, vocabularyIds } from './types.js';
export type { Labels, Term, UiLocale, Vocabulary, VocabularyId } from './types.js';

export const vocabularies = {
  digCompEdu,
  digCompEduAreas,
  digComp,
  digCompAreas,
  selfieAreas,
  educationLevels,
  sectors,
  ownerTypes,
  targetGroups,
  practiceTypes,
  lifecycleStages,
  evidenceTypes,
  evidenceLevels,
  resourceKinds,
  licences,
  languages,
  countries,
  communityVisibility,
  joinPolicies,
  flagReasons,
} as const satisfies Readonly<Record<VocabularyId, Vocabulary>>;

/** The literal union of term ids of one vocabulary, e.g. `TermId<'sectors'>` is `'school' | 'kindergarten' | …`. */
export type TermId<V extends VocabularyId> = (typeof vocabularies)[V]['terms'][number]['id'];

/** Singular English noun for each vocabulary, used in validation messages. */
const nouns: Readonly<Record<VocabularyId, string>> = {
  digCompEdu: 'DigCompEdu competence',
  digCompEduAreas: 'DigCompEdu area',
  digComp: 'DigComp competence',
  digCompAreas: 'DigComp area',
  selfieAreas: 'SELFIE area',
  educationLevels: 'education level',
  sectors: 'sector',
  ownerTypes: 'owner organisation type',
  targetGroups: 'target group',
  practiceTypes: 'practice type',
  lifecycleStages: 'lifecycle stage',
  evidenceTypes: 'evidence type',
  evidenceLevels: 'evidence level',
  resourceKinds: 'resource kind',
  licences: 'licence',
  languages: 'language',
  countries: 'country',
  communityVisibility: 'community visibility',
  joinPolicies: 'join policy',
  flagReasons: 'flag reason',
};

interface Index {
  readonly ids: readonly string[];
  readonly byId: ReadonlyMap<string, Term>;
}

const indexes = new Map<VocabularyId, Index>(
  Object.values(vocabularies).map((vocabulary: Vocabulary): [VocabularyId, Index] => [
    vocabulary.id,
    {
      ids: Object.freeze(vocabulary.terms.map((term) => term.id)),
      byId: new Map(vocabulary.terms.map((term) => [term.id, term])),
    },
  ]),
);

function indexOf(vocabId: VocabularyId): Index {
  const index = indexes.get(vocabId);
  if (!index) throw new Error(`Unknown vocabulary "${vocabId}"`);
  return index;
}

/** All term ids of a vocabulary, in display order. */
export function termIds<V extends VocabularyId>(vocabId: V): readonly TermId<V>[] {
  return indexOf(vocabId).ids as readonly TermId<V>[];
}

export function isTerm<V extends VocabularyId>(vocabId: V, id: unknown): id is TermId<V> {
  return typeof id === 'string' && indexOf(vocabId).byId.has(id);
}

export function getTerm(vocabId: VocabularyId, id: string): Term | undefined {
  return indexOf(vocabId).byId.get(id);
}

/** The term's label in `locale`; an unknown id is returned unchanged so stale data still renders. */
export function termLabel(vocabId: VocabularyId, id: string, locale: UiLocale): string {
  return getTerm(vocabId, id)?.labels[locale] ?? id;
}

function describeInput(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input);
  if (typeof input === 'bigint') return `${input}n`;
  if (typeof input === 'object' && input !== null) return Array.isArray(input) ? 'an array' : 'an object';
  return String(input);
}

const schemas = new Map<VocabularyId, z.ZodType<string, string>>();

/** A zod schema accepting exactly the vocabulary's term ids; errors read e.g. `"xyz" is not a known sector`. */
export function termSchema<V extends VocabularyId>(vocabId: V): z.ZodType<TermId<V>, TermId<V>> {
  let schema = schemas.get(vocabId);
  if (!schema) {
    const noun = nouns[vocabId];
    schema = z.enum(indexOf(vocabId).ids, {
      error: (issue) =>
        issue.input === undefined ? `a ${noun} is required` : `${describeInput(issue.input)} is not a known ${noun}`,
    });
    schemas.set(vocabId, schema);
  }
  return schema as z.ZodType<TermId<V>, TermId<V>>;
}

export interface ClientTerm {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly area?: string;
  readonly url?: string;
}

export interface ClientVocabulary {
  readonly id: VocabularyId;
  readonly label: string;
  readonly terms: readonly ClientTerm[];
}

export interface MultilingualClientTerm {
  readonly id: string;
  readonly labels: Labels;
  readonly description?: Labels;
  readonly area?: string;
  readonly url?: string;
}

export interface MultilingualClientVocabulary {
  readonly id: VocabularyId;
  readonly labels: Labels;
  readonly terms: readonly MultilingualClientTerm[];
}

export type ClientVocabularies = Readonly<Record<VocabularyId, ClientVocabulary>>;
export type MultilingualClientVocabularies = Readonly<Record<VocabularyId, MultilingualClientVocabulary>>;

function localizedTerm(term: Term, locale: UiLocale): ClientTerm {
  return {
    id: term.id,
    label: term.labels[locale],
    ...(term.description ? { description: term.description[locale] } : {}),
    ...(term.area ? { area: term.area } : {}),
    ...(term.url ? { url: term.url } : {}),
  };
}

function multilingualTerm(term: Term): MultilingualClientTerm {
  return {
    id: term.id,
    labels: { ...term.labels },
    ...(term.description ? { description: { ...term.description } } : {}),
    ...(term.area ? { area: term.area } : {}),
    ...(term.url ? { url: term.url } : {}),
  };
}

function mapVocabularies<T>(build: (vocabulary: Vocabulary) => T): Readonly<Record<VocabularyId, T>> {
  const entries = Object.values(vocabularies).map((vocabulary: Vocabulary) => [vocabulary.id, build(vocabulary)]);
  return Object.fromEntries(entries) as Record<VocabularyId, T>;
}

/**
 * Plain JSON for `GET /api/vocab`, keyed by vocabulary id. With a locale every label is resolved to one string;
 * without one each label carries all UI locales. Search-only fields (`meiliLocale`) are left out.
 */
export function vocabularyForClient(): MultilingualClientVocabularies;
export function vocabularyForClient(locale: UiLocale): ClientVocabularies;
export function vocabularyForClient(locale?: UiLocale): ClientVocabularies | MultilingualClientVocabularies;
export function vocabularyForClient(locale?: UiLocale): ClientVocabularies | MultilingualClientVocabularies {
  if (locale === undefined) {
    return mapVocabularies((vocabulary) => ({
      id: vocabulary.id,
      labels: { ...vocabulary.labels },
      terms: vocabulary.terms.map(multilingualTerm),
    }));
  }
  return mapVocabularies((vocabulary) => ({
    id: vocabulary.id,
    label: vocabulary.labels[locale],
    terms: vocabulary.terms.map((term) => localizedTerm(term, locale)),
  }));
}
