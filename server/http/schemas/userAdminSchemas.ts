// zod schemas for the administrators' account management: the user list, role changes, suspension.
import { z } from 'zod';
import { roles } from '../../models/user.js';
import { pageQueryFields } from './commonSchemas.js';

export const listUsersQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: z.enum(roles).optional(),
  status: z.enum(['active', 'suspended']).optional(),
  ...pageQueryFields,
});

export const setRolesSchema = z.strictObject({ roles: z.array(z.enum(roles)).min(1).max(roles.length) });

export const suspendSchema = z.strictObject({ reason: z.string().trim().min(3, 'must say why (at least 3 characters)').max(500) });
