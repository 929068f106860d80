// zod schemas for resource requests: the create/update input (the seed's resource shape, with practice ids),
// workflow bodies and the list query. A resource is a link (`url`) or a file (`uploadId`), never both.
import { z } from 'zod';
import { resourceStates } from '../../models/resource.js';
import { termSchema } from '../../vocab/index.js';
import { competenceSchema, objectIdSchema, pageQueryFields, queryFlagSchema, tagListSchema, termListSchema } from '../shared/schemas.js';
import { contentLanguageSchema } from '../shared/localizedText.js';

const fieldShape = {
  title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  description: z.string().max(20_000, 'must be at most 20000 characters'),
  kind: termSchema('resourceKinds'),
  language: contentLanguageSchema,
  licence: termSchema('licences'),
  url: z.url({ protocol: /^https?$/, message: 'must be an http or https address' }).max(2_000),
  uploadId: objectIdSchema,
  tags: tagListSchema,
  relatedPracticeIds: z
    .array(objectIdSchema)
    .max(50)
    .transform((ids) => [...new Set(ids)]),
  digCompEdu: termListSchema('digCompEdu'),
  digComp: termListSchema('digComp'),
};

/** Create a draft: title, kind, language, licence and exactly one of url / uploadId. */
export const createResourceSchema = z
  .strictObject(fieldShape)
  .partial()
  .extend({ title: fieldShape.title, kind: fieldShape.kind, language: fieldShape.language, licence: fieldShape.licence, organisationId: objectIdSchema.optional() })
  .superRefine((input, ctx) => {
    if ((input.url === undefined) === (input.uploadId === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'give either a url (a link) or an uploadId (a file), not both' });
    }
  });

/** Edit: `rev` is the revision the client edited; `changes` replaces fields (null removes url, uploadId or a list). */
export const updateResourceSchema = z.strictObject({
  rev: z.number().int().min(1),
  changes: z
    .strictObject({ ...fieldShape, url: fieldShape.url.nullable(), uploadId: fieldShape.uploadId.nullable() })
    .partial()
    .refine((changes) => Object.keys(changes).length > 0, 'there is nothing to change'),
});

export const resourceListQuerySchema = z.strictObject({
  state: z.enum(resourceStates).optional(),
  kind: termSchema('resourceKinds').optional(),
  language: contentLanguageSchema.optional(),
  licence: termSchema('licences').optional(),
  competence: competenceSchema.optional(),
  practice: objectIdSchema.optional(),
  tag: z.string().trim().min(1).max(60).optional(),
  author: objectIdSchema.optional(),
  mine: queryFlagSchema.optional(),
  sort: z.enum(['newest', 'updated', 'title']).default('newest'),
  ...pageQueryFields,
});
