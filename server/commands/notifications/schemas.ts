// zod schemas for follows, the notification centre and notification preferences; also their OpenAPI source.
import { z } from 'zod';
import { bookmarkTypes } from '../../models/bookmark.js';
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
