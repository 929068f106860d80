// zod schemas for trainings and events: the create/update input (with sessions, registration questions and the
// completion rule), the list query, registration answers, attendance marking and feedback.
import { z } from 'zod';
import { completionRules, trainingFormats, trainingKinds, trainingStates } from '../../models/training.js';
export { trainingFormats, trainingKinds };
import { localizedStringSchema, byLanguageSchema, contentLanguageSchema } from '../shared/localizedText.js';
import { competenceSchema, objectIdSchema, pageQueryFields, termListSchema, timeZoneSchema } from '../shared/schemas.js';

const dateTimeSchema = z.iso.datetime({ offset: true, message: 'must be an ISO date-time with a time zone offset' });

export const sessionInputSchema = z.strictObject({
  /** An existing session's id keeps its attendance; a session without one is new. */
  id: objectIdSchema.optional(),
  title: z.string().trim().max(200).default(''),
  startsAt: dateTimeSchema,
  endsAt: dateTimeSchema,
  timeZone: timeZoneSchema,
  place: z.string().trim().max(300).optional(),
  onlineUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).max(500).optional(),
  capacity: z.number().int().min(1).max(100_000).nullable().default(null),
  speakers: z
    .array(z.strictObject({ name: z.string().trim().min(1, 'must not be empty').max(120), affiliation: z.string().trim().max(200).optional() }))
    .max(30)
    .default([]),
  collectionId: objectIdSchema.optional(),
});
export type SessionInput = z.output<typeof sessionInputSchema>;

const questionSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and dashes'),
  label: z.string().trim().min(1, 'must not be empty').max(300),
  required: z.boolean().default(false),
});

const fieldShape = {
  kind: z.enum(trainingKinds),
  title: localizedStringSchema(200).refine((titles) => Object.keys(titles).length > 0, 'a title in at least one language is required'),
  description: byLanguageSchema(z.string().max(20_000, 'must be at most 20000 characters')),
  format: z.enum(trainingFormats),
  durationHours: z.number().min(0.5, 'must be at least half an hour').max(1000),
  language: contentLanguageSchema,
  competences: z.array(competenceSchema).max(43).transform((values) => [...new Set(values)]),
  targetGroups: termListSchema('targetGroups'),
  provider: z.string().trim().max(200),
  programmeId: objectIdSchema.nullable(),
  organiserIds: z.array(objectIdSchema).max(20).transform((ids) => [...new Set(ids)]),
  registrationQuestions: z
    .array(questionSchema)
    .max(10)
    .refine((questions) => new Set(questions.map((q) => q.key)).size === questions.length, 'each question key may appear only once'),
  completionRule: z.enum(completionRules),
  sessions: z.array(sessionInputSchema).max(60),
};

export const createTrainingSchema = z
  .strictObject(fieldShape)
  .partial()
  .extend({ kind: fieldShape.kind, title: fieldShape.title, format: fieldShape.format, durationHours: fieldShape.durationHours, language: fieldShape.language });
export type TrainingFields = z.output<typeof createTrainingSchema>;

export const updateTrainingSchema = z.strictObject({
  rev: z.number().int().min(1),
  changes: z
    .strictObject(fieldShape)
    .partial()
    .refine((changes) => Object.keys(changes).length > 0, 'there is nothing to change'),
});

export const trainingListQuerySchema = z.strictObject({
  kind: z.enum(trainingKinds).optional(),
  format: z.enum(trainingFormats).optional(),
  programmeId: objectIdSchema.optional(),
  state: z.enum(trainingStates).optional(),
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
  ...pageQueryFields,
});

export const registrationSchema = z.strictObject({
  answers: z.record(z.string().regex(/^[a-z][a-z0-9-]{0,39}$/), z.string().trim().max(2000)).default({}),
});

export const attendanceSchema = z.strictObject({
  present: z.array(objectIdSchema).max(5000).default([]),
  absent: z.array(objectIdSchema).max(5000).default([]),
});

export const feedbackSchema = z.strictObject({
  rating: z.number().int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5'),
  comment: z.string().trim().max(4000).default(''),
});

export const statisticsQuerySchema = z
  .strictObject({
    programme: z.string().min(1).max(100).optional(),
    /** One calendar year: the same as from YYYY-01-01 to YYYY-12-31. */
    year: z.string().regex(/^(19|20)\d{2}$/, 'must be a year such as 2026').optional(),
    from: z.iso.date({ message: 'must be a date YYYY-MM-DD' }).optional(),
    to: z.iso.date({ message: 'must be a date YYYY-MM-DD' }).optional(),
  })
  .refine((query) => !query.year || (!query.from && !query.to), { message: 'give either a year or dates from/to, not both', path: ['year'] })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: 'must not be before from', path: ['to'] });

/** A client-chosen id under which an import's progress can be read while it runs. */
export const importIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'must be 8–64 letters, digits or dashes');

export const completionImportSchema = z.strictObject({
  csv: z.string().min(1, 'must not be empty').max(8_000_000, 'must be at most 8 MB: split the file'),
  importId: importIdSchema.optional(),
});

/** One row of an LMS completion file. */
export const completionRowSchema = z.object({
  training: z.string().min(1, 'is required').max(200),
  email: z.email('must be an e-mail address').transform((email) => email.toLowerCase()),
  completedAt: z
    .string()
    .refine((value) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(value) && !Number.isNaN(Date.parse(value)), 'must be a date YYYY-MM-DD or an ISO date-time')
    .transform((value) => new Date(value.length === 10 ? `${value}T12:00:00Z` : value)),
});

export const cancelTrainingSchema = z.strictObject({
  reason: z.string().trim().max(2000, 'must be at most 2000 characters').default(''),
});
