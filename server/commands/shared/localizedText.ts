// zod schemas for content keyed by content-language code (sl, pl, …): keys must be known language ids, so an
// unknown code is a 400 naming it and no key ever carries '.' or '$'.
import { z } from 'zod';
import { isTerm, termSchema } from '../../vocab/index.js';

export const contentLanguageSchema = termSchema('languages');

/** An object keyed by content-language code whose values each match `value`. */
export function byLanguageSchema<V extends z.ZodType>(value: V) {
  return z.record(z.string(), value).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (!isTerm('languages', key)) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a known language` });
    }
  });
}

/** A short text in one or more languages, e.g. a title `{ sl: '…', en: '…' }`. */
export function localizedStringSchema(maxLength: number) {
  return byLanguageSchema(z.string().trim().min(1, 'must not be empty').max(maxLength));
}
