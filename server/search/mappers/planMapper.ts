// Plans → search documents: only plans their owners made public (adopted or later, visibility public), so search
// never shows a draft or an organisation-only plan. Title and vision per language; goals, actions and indicators
// as the body; the organisation's name, type and country and the plan's programme and status as facets.
import { z } from 'zod';
import { textFields, toEpoch, type SearchDocument } from '../searchDocument.js';
import { optionalDate, optionalIdString, optionalString, syncedDocumentShape, type RawDocument, type SearchMapper } from './mapperTypes.js';

const texts = z.record(z.string(), z.string()).catch({});
const planShape = z.looseObject({
  ...syncedDocumentShape,
  slug: optionalString,
  status: z.string(),
  visibility: z.string(),
  kind: optionalString,
  programmeId: optionalIdString,
  title: texts,
  vision: texts,
  organisation: z.object({ name: z.string().catch(''), type: z.string().catch(''), country: z.string().catch('') }).nullish(),
  goals: z.array(z.looseObject({ title: texts })).catch([]),
  actions: z.array(z.looseObject({ description: z.string().catch('') })).catch([]),
  indicators: z.array(z.looseObject({ name: texts })).catch([]),
  adoptedAt: optionalDate,
  createdAt: optionalDate,
});

type LocalizedTexts = Record<string, string>;

/** Per language, the lines of several localized texts joined; language-less lines go with the plan's first language. */
function joined(languages: readonly string[], localized: readonly LocalizedTexts[], plain: readonly string[]): Record<string, string> {
  const lines = new Map<string, string[]>(languages.map((language) => [language, []]));
  for (const text of localized) for (const [language, line] of Object.entries(text)) if (line) lines.set(language, [...(lines.get(language) ?? []), line]);
  const first = languages[0];
  if (first) lines.set(first, [...(lines.get(first) ?? []), ...plain.filter(Boolean)]);
  return Object.fromEntries([...lines].map(([language, entries]) => [language, entries.join('\n')]));
}

export function planToSearchDocument(raw: RawDocument): SearchDocument | null {
  const plan = planShape.parse(raw);
  if (plan.deletedAt || plan.status === 'draft' || plan.visibility !== 'public') return null;
  const languages = Object.keys(plan.title).filter((language) => plan.title[language]);
  const organisation = plan.organisation ?? null;
  return {
    id: plan._id,
    type: 'plan',
    rev: plan.rev,
    visibility: 'public',
    ...(plan.slug ? { slug: plan.slug } : {}),
    originalLanguage: languages[0] ?? 'en',
    languages,
    tags: [],
    country: organisation?.country || null,
    ownerType: organisation?.type || null,
    organisationName: organisation?.name || null,
    programmeId: plan.programmeId ?? null,
    planStatus: plan.status,
    planKind: plan.kind ?? null,
    publishedAt: toEpoch(plan.adoptedAt ?? plan.createdAt),
    updatedAt: toEpoch(plan.updatedAt),
    ...textFields(
      {
        title: plan.title,
        summary: joined(languages, [plan.vision], organisation?.name ? [organisation.name] : []),
        body: joined(languages, [...plan.goals.map((goal) => goal.title), ...plan.indicators.map((indicator) => indicator.name)], plan.actions.map((action) => action.description)),
      },
      { ownerTypes: [organisation?.type], countries: [organisation?.country] },
    ),
  };
}

export const planMapper: SearchMapper = {
  type: 'plans',
  collection: 'plans',
  toSearchDocuments: async (_ctx, docs) => docs.map(planToSearchDocument),
};
