// zod schemas for collection requests: the create/update input (the seed's collection shape, with item ids and the
// titled sections items may belong to), the publishing body (now or at a future time) and the list query.
import { z } from 'zod';
import { collectionItemTypes, collectionStates } from '../../models/collection.js';
import { isoDateSchema, objectIdSchema, pageQueryFields } from '../shared/schemas.js';
import { byLanguageSchema, localizedStringSchema } from '../shared/localizedText.js';

/** A section's key, chosen by the client (e.g. `track-a`); items name it. */
export const sectionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1–40 lower-case letters, digits or dashes');

const itemSchema = z.strictObject({ type: z.enum(collectionItemTypes), id: objectIdSchema, section: sectionIdSchema.optional() });

const sectionSchema = z.strictObject({
  id: sectionIdSchema,
  title: localizedStringSchema(200).refine((titles) => Object.keys(titles).length > 0, 'a title in at least one language is required'),
});

const fieldShape = {
  title: localizedStringSchema(200).refine((titles) => Object.keys(titles).length > 0, 'a title in at least one language is required'),
  introduction: byLanguageSchema(z.string().max(20_000, 'must be at most 20000 characters')),
  event: z.strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    date: isoDateSchema.optional(),
    place: z.string().trim().max(200).optional(),
  }),
  organiserIds: z
    .array(objectIdSchema)
    .max(20)
    .transform((ids) => [...new Set(ids)]),
  items: z
    .array(itemSchema)
    .max(300)
    .refine((items) => new Set(items.map((item) => `${item.type}:${item.id}`)).size === items.length, 'each item may appear only once'),
  sections: z
    .array(sectionSchema)
    .max(30)
    .refine((sections) => new Set(sections.map((section) => section.id)).size === sections.length, 'each section id may appear only once'),
};

/** Create a draft: a title is required; the rest may follow. */
export const createCollectionSchema = z.strictObject(fieldShape).partial().extend({ title: fieldShape.title });

/** Edit: `rev` is the revision the client edited; `changes` replaces whole fields (`event: null` removes it). */
export const updateCollectionSchema = z.strictObject({
  rev: z.number().int().min(1),
  changes: z
    .strictObject({ ...fieldShape, event: fieldShape.event.nullable() })
    .partial()
    .refine((changes) => Object.keys(changes).length > 0, 'there is nothing to change'),
});

export const collectionListQuerySchema = z.strictObject({
  state: z.enum(collectionStates).optional(),
  sort: z.enum(['newest', 'event', 'title']).default('newest'),
  ...pageQueryFields,
});
