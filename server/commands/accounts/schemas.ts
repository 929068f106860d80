// zod schemas for account requests and the administrators' account management (user list, roles, suspension);
// also the source of their OpenAPI description.
import { z } from 'zod';
import { roles } from '../../models/user.js';
import { pageQueryFields } from '../shared/schemas.js';

export const emailSchema = z.email('must be a valid e-mail address').max(254).transform((value) => value.toLowerCase());
export const passwordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');
export const localeSchema = z.enum(['sl', 'pl', 'sv', 'en']);
export const displayNameSchema = z.string().trim().min(2, 'must be at least 2 characters').max(80);

export const registerSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  locale: localeSchema.optional(),
  organisation: z.string().trim().max(160).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code').optional(),
});

export const signInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, 'is required').max(200),
});

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, 'is required').max(200),
  newPassword: passwordSchema,
});

export const updateProfileSchema = z.strictObject({
  displayName: displayNameSchema.optional(),
  locale: localeSchema.optional(),
  organisation: z.string().trim().max(160).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code').optional(),
  bio: z.string().trim().max(2000).optional(),
});

export const listUsersQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: z.enum(roles).optional(),
  status: z.enum(['active', 'suspended']).optional(),
  ...pageQueryFields,
});

export const setRolesSchema = z.strictObject({ roles: z.array(z.enum(roles)).min(1).max(roles.length) });

export const suspendSchema = z.strictObject({ reason: z.string().trim().min(3, 'must say why (at least 3 characters)').max(500) });

export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export const passwordResetSchema = z.strictObject({ token: z.string().min(1).max(200), password: passwordSchema });
export const tokenSchema = z.strictObject({ token: z.string().min(1).max(200) });
export const emailChangeSchema = z.strictObject({ newEmail: emailSchema, currentPassword: z.string().min(1, 'is required').max(200) });
export const deleteAccountSchema = z.strictObject({
  currentPassword: z.string().min(1, 'is required').max(200),
  /** keep: what the person wrote stays, shown as by "deleted user"; remove: it is taken down too. */
  content: z.enum(['keep', 'remove']),
});
