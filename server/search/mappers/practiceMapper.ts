// Practices → search documents: published practices only, with the title, summary and body of every language version
// the public reads (the original and each reviewed translation), and the labels of the vocabulary terms describing them.
import { z } from 'zod';
import { publicLanguages } from '../../presenters/publicTexts.js';
import { textFields, toEpoch, type SearchDocument } from '../searchDocument.js';
import { htmlToText, markdownWords, optionalDate, optionalIdString, optionalString, stringList, syncedDocumentShape, type RawDocument, type SearchMapper } from './mapperTypes.js';

const bodyFields = ['challenge', 'description', 'implementation', 'resourcesNeeded', 'outcomes', 'difficulties', 'transferConditions', 'lessons'] as const;

const practiceText = z.looseObject({ title: optionalString, summary: optionalString, summaryHtml: optionalString, reviewed: z.boolean().optional().catch(undefined) }).catchall(z.unknown());

const practiceShape = z.looseObject({
  ...syncedDocumentShape,
  state: z.string(),
  slug: optionalString,
  originalLanguage: z.string().catch('en'),
  texts: z.record(z.string(), practiceText).catch({}),
  communityId: optionalIdString,
  country: optionalString,
  sector: optionalString,
  practiceType: optionalString,
  evidenceLevel: optionalString,
  licence: optionalString,
  educationLevels: stringList,
  digCompEdu: stringList,
  digComp: stringList,
  selfieAreas: stringList,
  targetGroups: stringList,
  organisation: z.looseObject({ ownerType: optionalString }).nullish(),
  tags: stringList,
  publishedAt: optionalDate,
});

type PracticeText = z.infer<typeof practiceText>;

/** Plain text of one Markdown field of a language version, from its rendered HTML when stored. */
function fieldText(text: PracticeText, field: string): string {
  const html = text[`${field}Html`];
  if (typeof html === 'string' && html) return htmlToText(html);
  const markdown = text[field];
  return typeof markdown === 'string' ? markdownWords(markdown) : '';
}

export function practiceToSearchDocument(raw: RawDocument): SearchDocument | null {
  const practice = practiceShape.parse(raw);
  if (practice.state !== 'published' || practice.deletedAt) return null;
  const languages = publicLanguages(practice).filter((language) => practice.texts[language]?.title);
  const pick = (read: (text: PracticeText) => string): Record<string, string> =>
    Object.fromEntries(languages.map((language) => [language, read(practice.texts[language] ?? {})]));
  return {
    id: practice._id,
    type: 'practice',
    rev: practice.rev,
    visibility: 'public',
    ...(practice.communityId ? { communityId: practice.communityId } : {}),
    ...(practice.slug ? { slug: practice.slug } : {}),
    originalLanguage: practice.originalLanguage,
    languages,
    tags: practice.tags,
    country: practice.country ?? null,
    sector: practice.sector ?? null,
    practiceType: practice.practiceType ?? null,
    evidenceLevel: practice.evidenceLevel ?? null,
    licence: practice.licence ?? null,
    educationLevels: practice.educationLevels,
    digCompEdu: practice.digCompEdu,
    digComp: practice.digComp,
    selfieAreas: practice.selfieAreas,
    targetGroups: practice.targetGroups,
    publishedAt: toEpoch(practice.publishedAt),
    updatedAt: toEpoch(practice.updatedAt),
    ...textFields({
      title: pick((text) => text.title ?? ''),
      summary: pick((text) => fieldText(text, 'summary')),
      body: pick((text) => bodyFields.map((field) => fieldText(text, field)).filter(Boolean).join('\n')),
    }, {
      sectors: [practice.sector],
      ownerTypes: [practice.organisation?.ownerType],
      practiceTypes: [practice.practiceType],
      educationLevels: practice.educationLevels,
      targetGroups: practice.targetGroups,
      digCompEdu: practice.digCompEdu,
      digComp: practice.digComp,
      selfieAreas: practice.selfieAreas,
      evidenceLevels: [practice.evidenceLevel],
    }),
  };
}

export const practiceMapper: SearchMapper = {
  type: 'practices',
  collection: 'practices',
  toSearchDocuments: async (_ctx, docs) => docs.map(practiceToSearchDocument),
};
