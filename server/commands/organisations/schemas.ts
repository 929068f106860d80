// zod schemas for organisation requests: create, update, list filters, and membership decisions.
import { z } from 'zod';
import { organisationRoles } from '../../models/organisationMembership.js';
import { interfaceLocales } from '../../i18n/locales.js';
import { termSchema } from '../../vocab/index.js';
import { objectIdSchema, pageQueryFields } from '../shared/schemas.js';

export { organisationRoles };

const nameText = z.string().trim().min(2, 'must be at least 2 characters').max(200);

export const createOrganisationSchema = z.strictObject({
  name: nameText,
  type: termSchema('ownerTypes'),
  country: termSchema('countries'),
  region: z.string().trim().max(120).default(''),
  identifier: z.string().trim().min(1, 'must not be empty').max(60).optional(),
  description: z.string().trim().max(5_000).default(''),
});
export type CreateOrganisationInput = z.output<typeof createOrganisationSchema>;

export const updateOrganisationSchema = z
  .strictObject({
    rev: z.number().int().min(1).optional(),
    name: nameText.optional(),
    type: termSchema('ownerTypes').optional(),
    country: termSchema('countries').optional(),
    region: z.string().trim().max(120).optional(),
    identifier: z.string().trim().max(60).nullable().optional(),
    description: z.string().trim().max(5_000).optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== 'rev'), 'name at least one field to change');

export const organisationQuerySchema = z.strictObject({
  ...pageQueryFields,
  country: termSchema('countries').optional(),
  type: termSchema('ownerTypes').optional(),
  q: z.string().trim().max(100).optional(),
});

/**
 * An organisation admin invites a person (by account id or e-mail address) with a role; they accept it themselves. An
 * address without an account gets a single-use invitation link by mail, in `locale`.
 */
export const inviteMemberSchema = z
  .strictObject({
    userId: objectIdSchema.optional(), email: z.email('must be a valid e-mail address').max(254).transform((email) => email.toLowerCase()).optional(), role: z.enum(organisationRoles).default('member'),
    locale: z.enum(interfaceLocales).default('en'),
  })
  .refine((value) => Boolean(value.userId) !== Boolean(value.email), { message: 'name the person by userId or by email (one of them)', path: ['email'] });
export const setOrganisationRoleSchema = z.strictObject({ role: z.enum(organisationRoles) });
export const organisationMemberQuerySchema = z.strictObject({
  ...pageQueryFields,
  state: z.enum(['active', 'pending', 'invited']).default('active'),
});
/** The open invitations by e-mail, one page (organisation admins). */
export const organisationInviteQuerySchema = z.strictObject({ ...pageQueryFields });

/** A practice or resource added to an organisation by its address (https://…/practices/slug, /resources/slug). */
export const addOrganisationContentSchema = z.strictObject({ address: z.string().trim().min(1, 'must not be empty').max(500) });
export const removeOrganisationContentSchema = z.strictObject({ type: z.enum(['practice', 'resource']), id: objectIdSchema });
/** The organisation a practice or resource belongs to, chosen by its author (null: none). */
export const itemOrganisationSchema = z.strictObject({ organisationId: objectIdSchema.nullable() });
