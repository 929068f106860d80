// Random tokens and their one-way digests (what is stored for a session is the digest, never the token).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');
export const digest = (token: string): string => createHash('sha256').update(token).digest('base64url');
export const hmac = (secret: string, value: string): string => createHmac('sha256', secret).update(value).digest('base64url');

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
