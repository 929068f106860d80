// zod schemas for follows, the notification centre, notification preferences, bookmarks and saved searches; also
// their OpenAPI source.
import { z } from 'zod';
import { bookmarkTypes } from '../../models/bookmark.js';
import { searchFilterFields, searchQuerySchema, type SearchFilterName } from '../search/schemas.js';
import { followTargetTypes } from '../../vocab/followTargets.js';
import { deliveryChoices, notificationKinds } from '../../vocab/notificationKinds.js';

export const followTargetSchema = z.strictObject({
  targetType: z.enum(followTargetTypes),
  targetId: z.string().trim().min(1, 'must not be empty').max(80),
});
export type FollowTarget = z.output<typeof followTargetSchema>;

export const followListQuerySchema = z.strictObject({
  targetType: z.enum(followTargetTypes).optional(),
});

export const notificationQuerySchema = z.strictObject({
  unread: z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** One group (all unread notifications sharing its key) or, with no key, everything. */
export const markReadSchema = z.strictObject({
  groupKey: z.string().min(1).max(200).optional(),
});

export const preferencesSchema = z.strictObject(
  Object.fromEntries(notificationKinds.map((kind) => [kind, z.enum(deliveryChoices).optional()])) as Record<(typeof notificationKinds)[number], z.ZodOptional<z.ZodEnum<{ [K in (typeof deliveryChoices)[number]]: K }>>>,
);

export const bookmarkTargetSchema = z.strictObject({
  targetType: z.enum(bookmarkTypes),
  targetId: z.string().regex(/^[0-9a-fA-F]{24}$/, 'must be an id').transform((value) => value.toLowerCase()),
});

/** A search to keep: the words, the types and the filter values of the search page (validated as search validates them). */
export const savedSearchQuerySchema = searchQuerySchema.pick({
  q: true,
  type: true,
  ...(Object.fromEntries(Object.keys(searchFilterFields).map((name) => [name, true])) as Record<SearchFilterName, true>),
});

const savedSearchName = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');

export const saveSearchSchema = z.strictObject({
  name: savedSearchName,
  query: savedSearchQuerySchema,
  alerts: z.boolean().default(true),
});

export const updateSavedSearchSchema = z
  .strictObject({ name: savedSearchName.optional(), alerts: z.boolean().optional() })
  .refine((change) => change.name !== undefined || change.alerts !== undefined, 'name or alerts must be given');
