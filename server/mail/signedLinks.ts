// Links in e-mails that act without a session (one-click unsubscribe): a base64url JSON payload and its
// HMAC-SHA256 under config.mail.linkSecret. A forged, altered or malformed token reads as null.
import { z } from 'zod';
import { hmac, safeEqual } from '../security/tokens.js';

export function signPayload(secret: string, payload: object): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${hmac(secret, body)}`;
}

export function verifyPayload<T>(secret: string, token: string, schema: z.ZodType<T>): T | null {
  if (token.length > 1_000) return null;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined || !safeEqual(signature, hmac(secret, body))) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
