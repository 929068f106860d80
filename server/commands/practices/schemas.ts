// zod schemas for practice requests: the create/update input (the seed's practice shape), workflow bodies and the
// list query. A draft may be incomplete; only a title in the original language is required.
import { z } from 'zod';
import { practiceMarkdownFields, practiceStates, textProvenances } from '../../models/practice.js';
import { termSchema } from '../../vocab/index.js';
import { competenceSchema, isoDateSchema, objectIdSchema, pageQueryFields, publishRequestSchema, queryFlagSchema, tagListSchema, termListSchema } from '../shared/schemas.js';
import { byLanguageSchema, contentLanguageSchema } from '../shared/localizedText.js';

const markdownSchema = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const countSchema = z.number().int().min(0).max(100_000_000);

const markdownTextFields = Object.fromEntries(
  practiceMarkdownFields.map((field) => [field, markdownSchema(field === 'summary' ? 3_000 : 20_000)]),
) as Record<(typeof practiceMarkdownFields)[number], z.ZodString>;

/** One language version; in a draft every part may be missing. */
export const practiceTextSchema = z
  .strictObject({
    provenance: z.enum(textProvenances),
    reviewed: z.boolean(),
    title: z.string().trim().max(200, 'must be at most 200 characters'),
    translator: z.string().trim().max(120, 'must be at most 120 characters'),
    ...markdownTextFields,
  })
  .partial();

const fieldShape = {
  originalLanguage: contentLanguageSchema,
  texts: byLanguageSchema(practiceTextSchema),
  organisation: z.strictObject({ name: z.string().trim().max(200), ownerType: termSchema('ownerTypes') }).partial(),
  country: termSchema('countries'),
  region: z.string().trim().max(120),
  sector: termSchema('sectors'),
  educationLevels: termListSchema('educationLevels'),
  targetGroups: termListSchema('targetGroups'),
  practiceType: termSchema('practiceTypes'),
  lifecycleStage: termSchema('lifecycleStages'),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  scale: z.strictObject({ schools: countSchema, municipalities: countSchema, participants: countSchema, trainings: countSchema }).partial(),
  digCompEdu: termListSchema('digCompEdu'),
  digComp: termListSchema('digComp'),
  selfieAreas: termListSchema('selfieAreas'),
  evidenceTypes: termListSchema('evidenceTypes'),
  evidenceLevel: termSchema('evidenceLevels'),
  licence: termSchema('licences'),
  programme: z.string().trim().max(300),
  funding: z.string().trim().max(500),
  contact: z.strictObject({ name: z.string().trim().max(120), email: z.email('must be a valid e-mail address').max(254) }).partial(),
  tags: tagListSchema,
  communityId: objectIdSchema,
};

/** Create a draft: the original language and its title are required, everything else may follow later. */
export const createPracticeSchema = z
  .strictObject(fieldShape)
  .partial()
  .extend({ originalLanguage: fieldShape.originalLanguage, texts: fieldShape.texts, organisationId: objectIdSchema.optional() })
  .superRefine((input, ctx) => {
    if (!input.texts[input.originalLanguage]?.title) {
      ctx.addIssue({ code: 'custom', path: ['texts', input.originalLanguage, 'title'], message: 'a title in the original language is required' });
    }
  });

/** Edit: `rev` is the revision the client edited; `changes` replaces fields, merges texts per language (null removes one). */
export const updatePracticeSchema = z.strictObject({
  rev: z.number().int().min(1),
  changes: z
    .strictObject({
      ...fieldShape,
      texts: byLanguageSchema(practiceTextSchema.nullable()),
      endDate: isoDateSchema.nullable(),
      communityId: objectIdSchema.nullable(),
    })
    .partial()
    .refine((changes) => Object.keys(changes).length > 0, 'there is nothing to change'),
});

/** Fields a reviewer may comment on: the record's fields and each text field. */
export const commentableFields = [...Object.keys(fieldShape), 'title', ...practiceMarkdownFields] as const;

export const requestChangesSchema = z.strictObject({
  comment: z.string().trim().min(1, 'is required').max(10_000),
  fieldComments: z.partialRecord(z.enum(commentableFields), z.string().trim().min(1).max(2_000)).optional(),
});

export const publishPracticeSchema = publishRequestSchema;

export const featurePracticeSchema = z.strictObject({ featured: z.boolean() });

export const practiceListQuerySchema = z.strictObject({
  state: z.enum(practiceStates).optional(),
  type: termSchema('practiceTypes').optional(),
  sector: termSchema('sectors').optional(),
  country: termSchema('countries').optional(),
  language: contentLanguageSchema.optional(),
  competence: competenceSchema.optional(),
  level: termSchema('educationLevels').optional(),
  community: objectIdSchema.optional(),
  author: objectIdSchema.optional(),
  mine: queryFlagSchema.optional(),
  featured: queryFlagSchema.optional(),
  sort: z.enum(['newest', 'updated', 'title']).default('newest'),
  ...pageQueryFields,
});

/** A translation's text: what a translator writes (never `reviewed`, which only a review sets; never `original`). */
const translationTextSchema = practiceTextSchema
  .omit({ reviewed: true, provenance: true })
  .extend({ provenance: z.enum(['human', 'machine']).optional() });

/** Edit a translation (its pending change): `rev` is the practice revision the form showed. */
export const translationChangeSchema = z.strictObject({
  rev: z.number().int().min(1),
  changes: translationTextSchema.refine((changes) => Object.keys(changes).length > 0, 'there is nothing to change'),
});

/** Add a translation into a language the practice has no version in yet. */
export const newTranslationSchema = translationChangeSchema.extend({ language: contentLanguageSchema });

/** Send a pending change for review (its public change note), or, if it is minor, publish it at once. */
export const submitChangeSchema = z.strictObject({
  note: z.string().trim().max(500, 'must be at most 500 characters').optional(),
  minor: z.boolean().optional(),
});

/** Send a pending change back to its author with what is missing. */
export const returnChangeSchema = z.strictObject({ comment: z.string().trim().min(1, 'is required').max(10_000) });

/** A new order of a practice's attachments: every attached upload exactly once; `rev` is the revision the form showed. */
export const attachmentOrderSchema = z.strictObject({
  rev: z.number().int().min(1),
  order: z.array(objectIdSchema).min(1, 'must name the attachments').max(100),
});

/** A file a pending change of a published practice adds (or whose licence, caption or alt text it changes). */
export const proposeAttachmentSchema = z.strictObject({
  uploadId: objectIdSchema,
  licence: termSchema('licences'),
  caption: z.string().trim().max(500).optional(),
  alt: z.string().trim().max(300, 'must be at most 300 characters').optional(),
});

/** A proposed order of a pending change's attachments, without a revision (the change's own is checked). */
export const proposedOrderSchema = z.strictObject({ order: attachmentOrderSchema.shape.order });

/** One step of an attachment up or down the list (the editor's buttons); `rev` is the revision the page showed. */
export const attachmentMoveSchema = z.object({
  direction: z.enum(['up', 'down']),
  rev: z.coerce.number().int().min(1),
});
