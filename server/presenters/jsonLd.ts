// Published practices and resources as schema.org JSON-LD (CreativeWork + LearningResource with LRMI properties):
// educational level, resource type, the DigCompEdu / DigComp competences they teach, language, licence URL and
// audience, so search engines and OER harvesters can read them. Used by the pages' <head> and the /jsonld endpoints.
import type { Practice } from '../models/practice.js';
import type { Resource } from '../models/resource.js';
import { getTerm, termLabel, type VocabularyId } from '../vocab/index.js';

type JsonLd = Record<string, unknown>;

/** The competence frameworks, as schema.org DefinedTermSets. */
const frameworks = {
  digCompEdu: { name: 'DigCompEdu', url: 'https://joint-research-centre.ec.europa.eu/digcompedu_en' },
  digComp: { name: 'DigComp 2.2', url: 'https://publications.jrc.ec.europa.eu/repository/handle/JRC128415' },
} as const;
const isced = { name: 'ISCED 2011', url: 'https://uis.unesco.org/en/topic/international-standard-classification-education-isced' };

const label = (vocab: VocabularyId, id: string): string => termLabel(vocab, id, 'en');

function definedTerm(vocab: VocabularyId, id: string, set: { name: string; url: string }): JsonLd {
  return { '@type': 'DefinedTerm', termCode: id, name: label(vocab, id), inDefinedTermSet: { '@type': 'DefinedTermSet', name: set.name, url: set.url } };
}

/** `teaches` (LRMI) and the matching `educationalAlignment` objects for the competences. */
function competences(digCompEdu: readonly string[] = [], digComp: readonly string[] = []): JsonLd {
  const terms = [
    ...digCompEdu.map((id) => ({ vocab: 'digCompEdu' as const, id })),
    ...digComp.map((id) => ({ vocab: 'digComp' as const, id })),
  ];
  if (terms.length === 0) return {};
  return {
    teaches: terms.map((term) => definedTerm(term.vocab, term.id, frameworks[term.vocab])),
    educationalAlignment: terms.map((term) => ({
      '@type': 'AlignmentObject',
      alignmentType: 'teaches',
      educationalFramework: frameworks[term.vocab].name,
      targetName: `${term.id} ${label(term.vocab, term.id)}`,
      targetUrl: frameworks[term.vocab].url,
    })),
  };
}

function licenceUrl(licence: string): string {
  return getTerm('licences', licence)?.url ?? licence;
}

const person = (name: string | null): JsonLd => (name ? { author: { '@type': 'Person', name } } : {});

export function practiceJsonLd(practice: Practice, publicUrl: string, authorName: string | null): JsonLd {
  const original = practice.texts[practice.originalLanguage];
  const url = new URL(`/practices/${practice.slug}`, publicUrl).toString();
  return {
    '@context': 'https://schema.org',
    '@type': ['CreativeWork', 'LearningResource'],
    '@id': url,
    url,
    name: original?.title ?? practice.slug,
    ...(original?.excerpt ? { description: original.excerpt, abstract: original.excerpt } : {}),
    inLanguage: practice.originalLanguage,
    ...(practice.publishedAt ? { datePublished: practice.publishedAt.toISOString() } : {}),
    dateModified: practice.updatedAt.toISOString(),
    license: licenceUrl(practice.licence),
    ...person(authorName),
    ...(practice.organisation?.name ? { sourceOrganization: { '@type': 'Organization', name: practice.organisation.name } } : {}),
    ...(practice.country ? { spatialCoverage: { '@type': 'Country', name: label('countries', practice.country), identifier: practice.country } } : {}),
    ...(practice.practiceType ? { learningResourceType: label('practiceTypes', practice.practiceType) } : {}),
    ...(practice.educationLevels?.length ? { educationalLevel: practice.educationLevels.map((id) => definedTerm('educationLevels', id, isced)) } : {}),
    ...(practice.targetGroups?.length
      ? { audience: practice.targetGroups.map((id) => ({ '@type': 'EducationalAudience', educationalRole: label('targetGroups', id) })) }
      : {}),
    ...competences(practice.digCompEdu, practice.digComp),
    ...(practice.sector ? { about: { '@type': 'Thing', name: label('sectors', practice.sector) } } : {}),
    ...(practice.tags?.length ? { keywords: practice.tags.join(', ') } : {}),
    workTranslation: Object.keys(practice.texts)
      .filter((language) => language !== practice.originalLanguage && practice.texts[language]?.title)
      .map((language) => ({ '@type': 'CreativeWork', inLanguage: language, url: `${url}?text=${language}` })),
  };
}

export function resourceJsonLd(resource: Resource, publicUrl: string, authorName: string | null): JsonLd {
  const url = new URL(`/resources/${resource.slug}`, publicUrl).toString();
  return {
    '@context': 'https://schema.org',
    '@type': ['CreativeWork', 'LearningResource'],
    '@id': url,
    url,
    name: resource.title,
    ...(resource.excerpt ? { description: resource.excerpt } : {}),
    inLanguage: resource.language,
    ...(resource.publishedAt ? { datePublished: resource.publishedAt.toISOString() } : {}),
    dateModified: resource.updatedAt.toISOString(),
    license: licenceUrl(resource.licence),
    ...person(authorName),
    learningResourceType: label('resourceKinds', resource.kind),
    audience: { '@type': 'EducationalAudience', educationalRole: 'teacher' },
    ...competences(resource.digCompEdu, resource.digComp),
    ...(resource.url ? { sameAs: resource.url } : {}),
    ...(resource.uploadId
      ? { associatedMedia: { '@type': 'MediaObject', contentUrl: new URL(`/files/${String(resource.uploadId)}`, publicUrl).toString() } }
      : {}),
    ...(resource.tags?.length ? { keywords: resource.tags.join(', ') } : {}),
    isAccessibleForFree: true,
  };
}
