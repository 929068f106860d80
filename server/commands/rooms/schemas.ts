// zod schemas for live rooms and messages, for HTTP bodies and Socket.IO payloads alike.
import { z } from 'zod';
import { reactionKinds } from '../../models/message.js';
import { roomKinds } from '../../models/room.js';
import { objectIdSchema } from '../communities/schemas.js';
import { markdownBodySchema } from '../shared/schemas.js';

const messageBody = markdownBodySchema(4000);
const seqSchema = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const createRoomSchema = z
  .strictObject({
    name: z.string().trim().min(2, 'must be at least 2 characters').max(80),
    topic: z.string().trim().max(300).default(''),
    kind: z.enum(roomKinds).default('standing'),
    scheduledAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((room) => room.kind === 'standing' || room.scheduledAt !== undefined, {
    path: ['scheduledAt'],
    message: 'a scheduled session needs a start time',
  });

export const sendMessageSchema = z.strictObject({
  body: messageBody,
  clientId: z.string().regex(/^[\w-]{1,64}$/, 'must be 1–64 letters, digits, _ or -'),
  /** The message of the same room this one answers. */
  replyTo: objectIdSchema.optional(),
});
export const editMessageSchema = z.strictObject({ body: messageBody });
/** Adds (on) or takes back (off) the reader's reaction of one kind; repeating either changes nothing. */
export const reactSchema = z.strictObject({ kind: z.enum(reactionKinds), on: z.boolean() });
export const slowModeSchema = z
  .strictObject({ seconds: z.number().int().min(0).max(3600), reason: z.string().trim().max(500).optional() })
  .refine((value) => value.seconds === 0 || (value.reason ?? '').length > 0, {
    path: ['reason'],
    message: 'say why slow mode is switched on',
  });

export const messageQuerySchema = z
  .strictObject({
    afterSeq: seqSchema.optional(),
    beforeSeq: seqSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .refine((query) => query.afterSeq === undefined || query.beforeSeq === undefined, 'use either afterSeq or beforeSeq');

export const joinRoomEventSchema = z.strictObject({
  roomId: objectIdSchema,
  afterSeq: seqSchema.optional(),
  /** The serverTime of the client's previous join: messages it already has that changed since then come back too. */
  changedSince: z.iso.datetime({ message: 'must be an ISO date-time' }).optional(),
});
export const roomEventSchema = z.strictObject({ roomId: objectIdSchema });
export const sendMessageEventSchema = sendMessageSchema.extend({ roomId: objectIdSchema });
export const editMessageEventSchema = editMessageSchema.extend({ messageId: objectIdSchema });
export const reactEventSchema = reactSchema.extend({ messageId: objectIdSchema });
export const deleteMessageEventSchema = z.strictObject({ messageId: objectIdSchema });
export const catchUpEventSchema = z.strictObject({
  roomId: objectIdSchema,
  afterSeq: seqSchema,
  limit: z.number().int().min(1).max(500).default(200),
});
/** What follows "@" in the composer: the start of a handle or of a word of a name. */
export const mentionQuerySchema = z.strictObject({ q: z.string().trim().min(1, 'type a letter or more after @').max(40) });
