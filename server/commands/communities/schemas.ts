// zod schemas for community, membership, invite, thread, post and flag requests.
import { z } from 'zod';
import { memberRoles, membershipStates } from '../../models/membership.js';
import { flagStates, flagSubjectTypes } from '../../models/flag.js';
import { termSchema } from '../../vocab/index.js';
import { markdownBodySchema } from '../shared/schemas.js';

export const objectIdSchema = z.string().regex(/^[0-9a-f]{24}$/i, 'must be an id');
const markdownBody = markdownBodySchema(20_000);
const reasonText = z.string().trim().min(1, 'must not be empty').max(500);

/** How far a reader has seen a thread: the number of posts, in thread order. */
export const readPositionSchema = z.strictObject({ position: z.number().int().min(0).max(1_000_000) });

export const pageQuerySchema = z.strictObject({
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.output<typeof pageQuerySchema>;
/** Members by state: active (anyone who may read), pending requests and bans (moderators). */
export const memberQuerySchema = pageQuerySchema.extend({
  state: z.enum(membershipStates).default('active'),
  /** Part of the display name, any case. */
  q: z.string().trim().max(80).optional(),
});
/** A page of a thread's posts (50 by default). */
export const threadQuerySchema = pageQuerySchema.extend({ limit: pageQuerySchema.shape.limit.default(50) });
/** The flag queue by state, open by default. */
export const flagQuerySchema = pageQuerySchema.extend({ state: z.enum(flagStates).default('open') });

export const createCommunitySchema = z.strictObject({
  name: z.string().trim().min(3, 'must be at least 3 characters').max(120),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens').max(80).optional(),
  description: z.string().trim().max(20_000).default(''),
  language: termSchema('languages'),
  visibility: termSchema('communityVisibility'),
  joinPolicy: termSchema('joinPolicies'),
  firstPostQueue: z.boolean().default(false),
});

export const updateCommunitySchema = z
  .strictObject({
    name: z.string().trim().min(3, 'must be at least 3 characters').max(120).optional(),
    description: z.string().trim().max(20_000).optional(),
    language: termSchema('languages').optional(),
    visibility: termSchema('communityVisibility').optional(),
    joinPolicy: termSchema('joinPolicies').optional(),
    firstPostQueue: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, 'name at least one field to change');

export const setMemberRoleSchema = z.strictObject({ role: z.enum(memberRoles) });
export const banMemberSchema = z.strictObject({ reason: reasonText });
export const warnMemberSchema = z.strictObject({ reason: reasonText });
export const muteMemberSchema = z.strictObject({
  minutes: z.number().int().min(0).max(60 * 24 * 90),
  reason: reasonText,
});
export const optionalReasonSchema = z.strictObject({ reason: reasonText.optional() });

export const createInviteSchema = z.strictObject({
  expiresInHours: z.number().int().min(1).max(24 * 90).default(24 * 7),
  maxUses: z.number().int().min(1).max(10_000).default(50),
});

export const createThreadSchema = z.strictObject({
  title: z.string().trim().min(3, 'must be at least 3 characters').max(200),
  body: markdownBody,
});
export const replySchema = z.strictObject({ body: markdownBody, parentId: objectIdSchema.optional() });
export const editPostSchema = z.strictObject({ body: markdownBody, rev: z.number().int().min(1) });
export const lockSchema = z.strictObject({ locked: z.boolean(), reason: reasonText.optional() });

export const createFlagSchema = z.strictObject({
  subjectType: z.enum(flagSubjectTypes),
  subjectId: objectIdSchema,
  reason: termSchema('flagReasons'),
  note: z.string().trim().max(1000).default(''),
});
export const resolveFlagSchema = z.strictObject({ note: z.string().trim().min(1, 'must not be empty').max(1000) });

export const inviteByEmailSchema = z.strictObject({
  email: z.email('must be a valid e-mail address').max(254).transform((value) => value.toLowerCase()),
  /** The language of the mail when the address has no account (an account's own language wins). */
  locale: z.enum(['sl', 'pl', 'sv', 'en']).default('en'),
});
