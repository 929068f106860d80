// zod schemas for programme requests: create, update, programme roles and the cohort of organisations.
import { z } from 'zod';
import { programmeRoles } from '../../models/programme.js';
import { localizedStringSchema } from '../shared/localizedText.js';
import { isoDateSchema, objectIdSchema, pageQueryFields } from '../shared/schemas.js';

const nonEmptyText = (schema: ReturnType<typeof localizedStringSchema>) =>
  schema.refine((value) => Object.keys(value).length > 0, 'needs a text in at least one language');
const idList = z.array(objectIdSchema).max(50).transform((ids) => [...new Set(ids)]);

const programmeFields = {
  name: nonEmptyText(localizedStringSchema(200)),
  description: localizedStringSchema(10_000),
  ownerOrganisationIds: idList,
  partnerOrganisationIds: idList,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  funding: z.string().trim().max(2_000),
  goals: z.array(nonEmptyText(localizedStringSchema(500))).max(30),
};

const periodInOrder = (value: { periodStart?: string; periodEnd?: string }): boolean =>
  !value.periodStart || !value.periodEnd || value.periodStart <= value.periodEnd;
const periodMessage = { message: 'the period must end on or after its start', path: ['periodEnd'] };

export const createProgrammeSchema = z
  .strictObject({
    ...programmeFields,
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens').max(80).optional(),
    description: programmeFields.description.default({}),
    ownerOrganisationIds: programmeFields.ownerOrganisationIds.default([]),
    partnerOrganisationIds: programmeFields.partnerOrganisationIds.default([]),
    funding: programmeFields.funding.default(''),
    goals: programmeFields.goals.default([]),
  })
  .refine(periodInOrder, periodMessage);
export type CreateProgrammeInput = z.output<typeof createProgrammeSchema>;

export const updateProgrammeSchema = z
  .strictObject({
    rev: z.number().int().min(1).optional(),
    name: programmeFields.name.optional(),
    description: programmeFields.description.optional(),
    ownerOrganisationIds: programmeFields.ownerOrganisationIds.optional(),
    partnerOrganisationIds: programmeFields.partnerOrganisationIds.optional(),
    periodStart: programmeFields.periodStart.optional(),
    periodEnd: programmeFields.periodEnd.optional(),
    funding: programmeFields.funding.optional(),
    goals: programmeFields.goals.optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== 'rev'), 'name at least one field to change')
  .refine(periodInOrder, periodMessage);

export const programmeQuerySchema = z.strictObject({ ...pageQueryFields });
export const programmeRoleSchema = z.strictObject({ userId: objectIdSchema, role: z.enum(programmeRoles) });
export const cohortMemberSchema = z.strictObject({ organisationId: objectIdSchema });
