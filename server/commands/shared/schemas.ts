// zod building blocks shared by the request schemas: ids, calendar dates, vocabulary term lists and list paging.
import { z } from 'zod';
import { isTimeZone } from '../../content/zonedTime.js';
import { renderMarkdown, showsSomething } from '../../content/markdown.js';
import { isTerm, termSchema, type TermId, type VocabularyId } from '../../vocab/index.js';

export const objectIdSchema = z.string().regex(/^[0-9a-fA-F]{24}$/, 'must be an id').transform((value) => value.toLowerCase());

/**
 * A Markdown body of 1 to `max` characters that still shows something once rendered and sanitized, so a body of only
 * `<script>` or an HTML comment is refused before anything is written.
 */
export function markdownBodySchema(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max.toLocaleString('en')} characters`)
    .refine((body) => showsSomething(renderMarkdown(body)), 'has nothing left to show once unsafe markup is removed: write some text');
}

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real date');

/** A list of distinct terms of one vocabulary (duplicates are dropped). */
export function termListSchema<V extends VocabularyId>(vocabId: V, max = 40) {
  return z
    .array(termSchema(vocabId))
    .max(max)
    .transform((values) => [...new Set(values)] as TermId<V>[]);
}

/** `offset` and `limit` of a list request (limit at most 100). */
export const pageQueryFields = {
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
};

/** A query-string flag: `true`/`false` (also 1/0). */
export const queryFlagSchema = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** A competence filter `digCompEdu:2.1` or `digComp:1.3` naming a known competence. */
export const competenceSchema = z
  .string()
  .regex(/^(digCompEdu|digComp):\d\.\d$/, { error: 'must look like digCompEdu:2.1 or digComp:1.3', abort: true })
  .refine((value) => {
    const [framework, id] = value.split(':') as ['digCompEdu' | 'digComp', string];
    return isTerm(framework, id);
  }, 'is not a known competence');

/** Free-form tags: trimmed, at most 30 of at most 60 characters, duplicates dropped. */
export const tagListSchema = z
  .array(z.string().trim().min(1, 'must not be empty').max(60))
  .max(30)
  .transform((tags) => [...new Set(tags)]);

/** An IANA time zone name this server knows, e.g. Europe/Ljubljana. */
export const timeZoneSchema = z.string().max(64).refine(isTimeZone, 'is not a known time zone (e.g. Europe/Ljubljana)');

/** Publish now, or schedule for a future `publishAt`; `timeZone` is the zone it was chosen in, to show it back so. */
export const publishRequestSchema = z.strictObject({
  publishAt: z.iso.datetime({ offset: true, message: 'must be an ISO date-time' }).optional(),
  timeZone: timeZoneSchema.optional(),
});
export type PublishRequest = z.output<typeof publishRequestSchema>;

/** The optional reason of a workflow step, for the audit log. */
export const reasonSchema = z.strictObject({ reason: z.string().trim().min(1).max(2_000).optional() });
