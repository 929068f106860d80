// zod schemas for attaching uploads to (and detaching them from) practices, resources, posts and avatars.
import { z } from 'zod';
import { attachmentTargetTypes } from '../../models/upload.js';
import { termSchema } from '../../vocab/index.js';

const targetSchema = {
  type: z.enum(attachmentTargetTypes),
  id: z.string().regex(/^[0-9a-f]{24}$/i, 'must be the id of the item').transform((value) => value.toLowerCase()),
};

export const attachUploadSchema = z.strictObject({
  ...targetSchema,
  licence: termSchema('licences'),
  caption: z.string().trim().max(500).optional(),
  alt: z.string().trim().max(300, 'must be at most 300 characters').optional(),
});

export const detachUploadSchema = z.strictObject(targetSchema);
