// Parses untrusted input with a zod schema into an AppError 400 that names every bad field.
import type { z } from 'zod';
import { AppError, type ErrorDetail } from './errors.js';

/** Strings must not carry NUL, and object keys must not contain '.' or start with '$' (ARCHITECTURE §3). */
export function findUnsafeKeyOrString(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '(value)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUnsafeKeyOrString(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.startsWith('$') || key.includes('.') || key.includes('\u0000')) return [...path, key].join('.');
      const found = findUnsafeKeyOrString(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export function issuesToDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Validates `input` against `schema`; on failure throws 400 `validation_failed` listing each problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what = 'request'): z.output<S> {
  const unsafe = findUnsafeKeyOrString(input);
  if (unsafe) {
    throw new AppError(400, 'validation_failed', `The ${what} contains a forbidden character or key at "${unsafe}".`, [
      { path: unsafe, message: 'NUL characters, keys starting with "$" and keys containing "." are not allowed' },
    ]);
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const details = issuesToDetails(result.error);
    const first = details[0];
    const summary = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid input';
    throw new AppError(400, 'validation_failed', `The ${what} is not valid — ${summary}.`, details);
  }
  return result.data;
}

/** A path id that is not a well-formed ObjectId cannot name anything: answer 404, never a cast error. */
export function parseObjectId(value: unknown, what = 'The item'): string {
  if (typeof value !== 'string' || !/^[0-9a-f]{24}$/i.test(value)) {
    throw new AppError(404, 'not_found', `${what} was not found.`);
  }
  return value.toLowerCase();
}
