// zod schemas for the administrators' outbox view and the unsubscribe link; also the source of their OpenAPI description.
import { z } from 'zod';
import { outboxStates } from '../../models/outboxMessage.js';

export const outboxQuerySchema = z.strictObject({
  state: z.enum(outboxStates).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const unsubscribeTokenSchema = z.string().min(1).max(1_000);
