// zod schemas for plan requests: the plan, its goals, actions and indicators, measured values, status changes,
// progress reports and advisors' feedback. Numbers may come as text from forms and CSV ("12,5" too).
import { z } from 'zod';
import { actionStatuses, overallStatuses, planKinds, planStatuses, planVisibilities } from '../../models/plan.js';

export { actionStatuses, overallStatuses, planKinds, planStatuses, planVisibilities };
import { localizedStringSchema } from '../shared/localizedText.js';
import { isoDateSchema, objectIdSchema, pageQueryFields } from '../shared/schemas.js';

/** A finite number, or a text that reads as one (a decimal comma is accepted). */
export const numberInputSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value.trim().replace(',', '.')) : value),
  z.number({ error: 'must be a number' }).finite('must be a number'),
);
const revSchema = z.number().int().min(1);
const localizedRequired = (max: number) => localizedStringSchema(max).refine((value) => Object.keys(value).length > 0, 'needs a text in at least one language');
const shortText = (max: number) => z.string().trim().max(max);
const idList = z.array(objectIdSchema).max(20).transform((ids) => [...new Set(ids)]);

export const createPlanSchema = z.strictObject({
  organisationId: objectIdSchema,
  programmeId: objectIdSchema.optional(),
  templateId: objectIdSchema.optional(),
  kind: z.enum(planKinds),
  title: localizedRequired(200),
  vision: localizedStringSchema(10_000).default({}),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  reportEveryMonths: z.number().int().min(1).max(24).default(6),
});
export type CreatePlanInput = z.output<typeof createPlanSchema>;

export const updatePlanSchema = z
  .strictObject({
    rev: revSchema,
    title: localizedRequired(200).optional(),
    vision: localizedStringSchema(10_000).optional(),
    periodStart: isoDateSchema.optional(),
    periodEnd: isoDateSchema.optional(),
    visibility: z.enum(planVisibilities).optional(),
    reportEveryMonths: z.number().int().min(1).max(24).optional(),
  })
  .refine((value) => Object.keys(value).length > 1, 'name at least one field to change');

export const planStatusSchema = z.strictObject({ rev: revSchema, status: z.enum(planStatuses) });

export const goalInputSchema = z.strictObject({
  rev: revSchema,
  title: localizedRequired(300),
  parentId: objectIdSchema.nullable().default(null),
});

export const actionInputSchema = z.strictObject({
  rev: revSchema,
  goalId: objectIdSchema,
  parentId: objectIdSchema.nullable().default(null),
  description: z.string().trim().min(1, 'must not be empty').max(2_000),
  owner: shortText(200).default(''),
  start: isoDateSchema.nullable().default(null),
  due: isoDateSchema.nullable().default(null),
  status: z.enum(actionStatuses).default('not-started'),
  reason: shortText(1_000).nullable().default(null),
  budget: numberInputSchema.pipe(z.number().min(0, 'must not be negative')).nullable().default(null),
  fundingSource: shortText(200).nullable().default(null),
  inspiredByPracticeIds: idList.default([]),
  inspiredByResourceIds: idList.default([]),
  producedPracticeId: objectIdSchema.nullable().default(null),
});
export type ActionInput = z.output<typeof actionInputSchema>;

export const indicatorInputSchema = z.strictObject({
  rev: revSchema,
  goalId: objectIdSchema,
  name: localizedRequired(300),
  unit: z.string().trim().min(1, 'must not be empty').max(40),
  baselineValue: numberInputSchema,
  baselineDate: isoDateSchema,
  targetValue: numberInputSchema,
  targetDate: isoDateSchema,
});
export type IndicatorInput = z.output<typeof indicatorInputSchema>;

export const measurementInputSchema = z.strictObject({
  indicatorId: objectIdSchema,
  date: isoDateSchema,
  value: numberInputSchema,
  source: shortText(200).default(''),
  note: shortText(1_000).default(''),
});
export type MeasurementInput = z.output<typeof measurementInputSchema>;

export const measurementsSchema = z.strictObject({ rev: revSchema, values: z.array(measurementInputSchema).min(1, 'needs at least one value').max(5_000) });
export const removeItemSchema = z.strictObject({ rev: revSchema });
export const moveDirections = ['up', 'down'] as const;
export const moveItemSchema = z.strictObject({ rev: revSchema, direction: z.enum(moveDirections) });

export const reportInputSchema = z.strictObject({
  rev: revSchema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  overallStatus: z.enum(overallStatuses),
  achievements: z.string().trim().max(20_000).default(''),
  difficulties: z.string().trim().max(20_000).default(''),
  actionUpdates: z
    .array(z.strictObject({ actionId: objectIdSchema, status: z.enum(actionStatuses), note: shortText(2_000).default(''), reason: shortText(1_000).nullable().default(null) }))
    .max(500)
    .default([]),
  indicatorValues: z.array(measurementInputSchema).max(1_000).default([]),
});
export type ReportInput = z.output<typeof reportInputSchema>;

export const feedbackInputSchema = z.strictObject({ body: z.string().trim().min(1, 'must not be empty').max(10_000) });

export const planTemplateInputSchema = z.strictObject({
  programmeId: objectIdSchema.nullable().default(null),
  name: localizedRequired(200),
  goals: z
    .array(
      z.strictObject({
        title: localizedRequired(300),
        actions: z.array(z.string().trim().min(1).max(2_000)).max(50).default([]),
        indicators: z.array(z.strictObject({ name: localizedRequired(300), unit: z.string().trim().min(1).max(40) })).max(20).default([]),
      }),
    )
    .min(1, 'needs at least one goal')
    .max(30),
});

export const planQuerySchema = z.strictObject({
  ...pageQueryFields,
  organisationId: objectIdSchema.optional(),
  programmeId: objectIdSchema.optional(),
  status: z.enum(planStatuses).optional(),
});

export const dashboardQuerySchema = z.strictObject({
  sort: z.enum(['organisation', 'status', 'lastReport', 'actionsLate', 'overall']).default('organisation'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

/** A CSV of indicator values (header indicatorId,date,value,source,note) sent as text inside JSON or a form. */
export const csvImportSchema = z.strictObject({ rev: revSchema, csv: z.string().min(1, 'must not be empty').max(900_000, 'must be at most 900 kB: split the file') });
