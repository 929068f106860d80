// Resources → search documents: published resources only; title and description in the resource's language.
import { z } from 'zod';
import { textFields, toEpoch, type SearchDocument } from '../searchDocument.js';
import { htmlToText, markdownWords, optionalDate, optionalString, stringList, syncedDocumentShape, type RawDocument, type SearchMapper } from './mapperTypes.js';

const resourceShape = z.looseObject({
  ...syncedDocumentShape,
  state: z.string(),
  slug: optionalString,
  language: z.string().catch('en'),
  title: z.string().catch(''),
  description: optionalString,
  descriptionHtml: optionalString,
  kind: optionalString,
  licence: optionalString,
  tags: stringList,
  digCompEdu: stringList,
  digComp: stringList,
  publishedAt: optionalDate,
  createdAt: optionalDate,
});

export function resourceToSearchDocument(raw: RawDocument): SearchDocument | null {
  const resource = resourceShape.parse(raw);
  if (resource.state !== 'published' || resource.deletedAt) return null;
  const description = resource.descriptionHtml ? htmlToText(resource.descriptionHtml) : markdownWords(resource.description ?? '');
  return {
    id: resource._id,
    type: 'resource',
    rev: resource.rev,
    visibility: 'public',
    ...(resource.slug ? { slug: resource.slug } : {}),
    originalLanguage: resource.language,
    languages: [resource.language],
    tags: resource.tags,
    kind: resource.kind ?? null,
    licence: resource.licence ?? null,
    digCompEdu: resource.digCompEdu,
    digComp: resource.digComp,
    publishedAt: toEpoch(resource.publishedAt ?? resource.createdAt),
    updatedAt: toEpoch(resource.updatedAt),
    ...textFields(
      { title: { [resource.language]: resource.title }, summary: { [resource.language]: description }, body: {} },
      { resourceKinds: [resource.kind], digCompEdu: resource.digCompEdu, digComp: resource.digComp },
    ),
  };
}

export const resourceMapper: SearchMapper = {
  type: 'resources',
  collection: 'resources',
  toSearchDocuments: async (_ctx, docs) => docs.map(resourceToSearchDocument),
};
