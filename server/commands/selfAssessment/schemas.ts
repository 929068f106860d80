// Input contracts of the self-assessment area: an instrument version, starting and answering an attempt, saving a
// recommendation, a school's round, plan actions from a round, the programme view's query and a share link's token.
import { z } from 'zod';
import { instrumentAudiences, instrumentFrameworks, respondentRoles } from '../../models/instrument.js';
import { recommendationKinds } from '../../models/savedRecommendation.js';
import { isTerm } from '../../vocab/index.js';
import { objectIdSchema } from '../shared/schemas.js';

const localIdSchema = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,39}$/, 'must be 1–40 lower-case letters, digits, dots or hyphens');
export const instrumentKeySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'must be 2–60 lower-case letters, digits or hyphens');

/** A text in each of the four interface languages. */
function fourLanguages(max: number) {
  const text = z.string().trim().min(1, 'must not be empty').max(max);
  return z.strictObject({ sl: text, pl: text, sv: text, en: text });
}

const levelSchema = z.strictObject({ code: z.string().trim().min(1).max(8), labels: fourLanguages(200) });
const optionSchema = z.strictObject({ id: localIdSchema, level: z.number().int().min(1).max(6), texts: fourLanguages(400) });
const itemSchema = z.strictObject({
  id: localIdSchema,
  dimension: z.string().min(1).max(60),
  roles: z.array(z.enum(respondentRoles)).max(respondentRoles.length).default([]),
  texts: fourLanguages(600),
  options: z.array(optionSchema).min(4, 'needs 4 to 6 answer options').max(6, 'needs 4 to 6 answer options'),
});

const distinct = (values: readonly string[]): boolean => new Set(values).size === values.length;

export const instrumentInputSchema = z
  .strictObject({
    key: instrumentKeySchema,
    framework: z.enum(instrumentFrameworks),
    audience: z.enum(instrumentAudiences),
    title: fourLanguages(200),
    description: fourLanguages(2_000),
    levels: z.array(levelSchema).min(4).max(6),
    roles: z.array(z.enum(respondentRoles)).max(respondentRoles.length).default([]),
    items: z.array(itemSchema).min(1).max(200),
  })
  .superRefine((value, issue) => {
    const add = (path: (string | number)[], message: string) => issue.addIssue({ code: 'custom', path, message });
    if (!distinct(value.items.map((item) => item.id))) add(['items'], 'item ids must be distinct');
    if (value.audience === 'school' && value.roles.length === 0) add(['roles'], 'a school instrument names who answers it');
    if (value.audience === 'individual' && value.roles.length > 0) add(['roles'], 'an individual instrument has no respondent roles');
    value.items.forEach((item, index) => {
      if (!isTerm(value.framework, item.dimension)) add(['items', index, 'dimension'], `is not a term of ${value.framework}`);
      if (!distinct(item.options.map((option) => option.id))) add(['items', index, 'options'], 'option ids must be distinct');
      if (item.options.some((option) => option.level > value.levels.length)) add(['items', index, 'options'], 'an option scores to a level the instrument does not have');
      if (item.roles.some((role) => !value.roles.includes(role))) add(['items', index, 'roles'], 'names a role the instrument does not have');
      if (value.audience === 'school' && item.roles.length === 0) add(['items', index, 'roles'], 'must name who is asked');
    });
  });
export type InstrumentInput = z.output<typeof instrumentInputSchema>;

export const instrumentVersionQuerySchema = z.strictObject({ version: z.coerce.number().int().min(1).max(10_000).optional() });

export const startAttemptSchema = z.strictObject({
  instrument: instrumentKeySchema.optional(),
  roundId: objectIdSchema.optional(),
  role: z.enum(respondentRoles).optional(),
}).refine((value) => value.instrument !== undefined || value.roundId !== undefined, { message: 'name an instrument or a round', path: ['instrument'] });
export type StartAttemptInput = z.output<typeof startAttemptSchema>;

export const answersSchema = z.strictObject({
  answers: z.array(z.strictObject({ itemId: localIdSchema, optionId: localIdSchema })).min(1).max(200),
});
export type AnswersInput = z.output<typeof answersSchema>;

export const saveRecommendationSchema = z.strictObject({
  kind: z.enum(recommendationKinds),
  targetId: objectIdSchema,
  attemptId: objectIdSchema.optional(),
  dimension: z.string().min(1).max(60),
});

export const createRoundSchema = z.strictObject({
  instrument: instrumentKeySchema,
  title: z.string().trim().min(1, 'must not be empty').max(200),
});

export const compareRoundsQuerySchema = z.strictObject({ with: objectIdSchema, lang: z.string().max(5).optional() });

export const roundPlanActionsSchema = z.strictObject({
  planId: objectIdSchema,
  goalId: objectIdSchema,
  rev: z.coerce.number().int().min(1),
  actions: z.array(z.strictObject({ practiceId: objectIdSchema, dimension: z.string().refine((value) => isTerm('selfieAreas', value) || isTerm('digCompEdu', value), 'is not a SELFIE area or DigCompEdu competence') })).min(1).max(20),
});

/** `lang` chooses the language of a page or CSV and is read by the route, not here. */
export const programmeViewQuerySchema = z.strictObject({ instrument: instrumentKeySchema.optional(), lang: z.string().max(5).optional() });

/** A share link's secret: 24 random bytes in base64url. */
export const shareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/);
