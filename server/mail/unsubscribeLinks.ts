// Signed one-click unsubscribe links (RFC 8058): the token names a person and a kind of notification (or the digest).
import { z } from 'zod';
import type { Config } from '../config.js';
import { notificationKinds } from '../vocab/notificationKinds.js';
import { signPayload, verifyPayload } from './signedLinks.js';

export const unsubscribeTopics = [...notificationKinds, 'digest'] as const;
export type UnsubscribeTopic = (typeof unsubscribeTopics)[number];

const unsubscribeSchema = z.strictObject({ u: z.string().regex(/^[0-9a-f]{24}$/), k: z.enum(unsubscribeTopics), p: z.literal('unsub') });

export function unsubscribeUrl(config: Config, userId: string, topic: UnsubscribeTopic): string {
  return `${config.publicUrl}/unsubscribe/${signPayload(config.mail.linkSecret, { u: userId, k: topic, p: 'unsub' })}`;
}

export function readUnsubscribeToken(config: Config, token: string): { userId: string; topic: UnsubscribeTopic } | null {
  const payload = verifyPayload(config.mail.linkSecret, token, unsubscribeSchema);
  return payload ? { userId: payload.u, topic: payload.k } : null;
}
