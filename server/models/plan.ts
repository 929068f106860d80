// The plans collection: a school's digital strategy, a JST's local digitalisation plan or an organisation's plan
// within a programme. Goals, actions and indicators are arrays of the plan (a plan is edited as one document with a
// compare-and-set on `rev`); goals and actions may have a parent one level up. Measurements sit in their indicator,
// kept in date order.
import { Schema, type Types } from 'mongoose';
import type { LocalizedText } from './programme.js';

export const planKinds = ['school-strategy', 'local-plan', 'programme-plan'] as const;
export type PlanKind = (typeof planKinds)[number];
export const planStatuses = ['draft', 'adopted', 'in-implementation', 'completed', 'discontinued'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planVisibilities = ['organisation', 'programme', 'public'] as const;
export type PlanVisibility = (typeof planVisibilities)[number];
export const actionStatuses = ['not-started', 'in-progress', 'done', 'delayed', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const overallStatuses = ['on-track', 'at-risk', 'off-track'] as const;
export type OverallStatus = (typeof overallStatuses)[number];

export interface PlanGoal {
  _id: Types.ObjectId;
  parentId: Types.ObjectId | null;
  title: LocalizedText;
}

export interface PlanAction {
  _id: Types.ObjectId;
  goalId: Types.ObjectId;
  parentId: Types.ObjectId | null;
  description: string;
  owner: string;
  start: Date | null;
  due: Date | null;
  status: ActionStatus;
  /** Why it is delayed or dropped (required for those two). */
  reason: string | null;
  budget: number | null;
  fundingSource: string | null;
  inspiredByPracticeIds: Types.ObjectId[];
  inspiredByResourceIds: Types.ObjectId[];
  /** The practice write-up this completed action produced. */
  producedPracticeId: Types.ObjectId | null;
}

export interface Measurement {
  date: Date;
  value: number;
  source: string;
  note: string;
}

export interface PlanIndicator {
  _id: Types.ObjectId;
  goalId: Types.ObjectId;
  name: LocalizedText;
  unit: string;
  baselineValue: number;
  baselineDate: Date;
  targetValue: number;
  targetDate: Date;
  measurements: Measurement[];
  /** The newest measured value (kept with the series, so the dashboard compares it in the database). */
  latestValue: number | null;
}

/** Figures kept with every write, so the dashboard reads them instead of walking every action and indicator. */
export interface PlanSummary {
  actionsTotal: number;
  actionsDone: number;
  actionsDelayed: number;
  /** Due dates of actions not started or in progress: the late ones are those before today. */
  openActionDues: Date[];
  indicatorsTotal: number;
  indicatorsAtTarget: number;
}

/** The organisation's facts the dashboard lists, kept with the plan (refreshed when the organisation changes). */
export interface PlanOrganisation {
  name: string;
  type: string;
  country: string;
}

export interface Plan {
  _id: Types.ObjectId;
  slug: string;
  organisationId: Types.ObjectId;
  organisation: PlanOrganisation | null;
  programmeId: Types.ObjectId | null;
  kind: PlanKind;
  title: LocalizedText;
  vision: LocalizedText;
  periodStart: Date;
  periodEnd: Date;
  status: PlanStatus;
  visibility: PlanVisibility;
  reportEveryMonths: number;
  adoptedAt: Date | null;
  lastReportAt: Date | null;
  overallStatus: OverallStatus | null;
  goals: PlanGoal[];
  actions: PlanAction[];
  indicators: PlanIndicator[];
  summary: PlanSummary;
  rev: number;
  indexedRev: number;
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

const objectIds = { type: [Schema.Types.ObjectId], default: [] };

const goalSchema = new Schema<PlanGoal>({ parentId: { type: Schema.Types.ObjectId, default: null }, title: { type: Schema.Types.Mixed, required: true } }, { minimize: false });
const actionSchema = new Schema<PlanAction>({
  goalId: { type: Schema.Types.ObjectId, required: true },
  parentId: { type: Schema.Types.ObjectId, default: null },
  description: { type: String, required: true },
  owner: { type: String, default: '' },
  start: { type: Date, default: null },
  due: { type: Date, default: null },
  status: { type: String, enum: actionStatuses, default: 'not-started' },
  reason: { type: String, default: null },
  budget: { type: Number, default: null },
  fundingSource: { type: String, default: null },
  inspiredByPracticeIds: objectIds,
  inspiredByResourceIds: objectIds,
  producedPracticeId: { type: Schema.Types.ObjectId, default: null },
});
const measurementSchema = new Schema<Measurement>(
  { date: { type: Date, required: true }, value: { type: Number, required: true }, source: { type: String, default: '' }, note: { type: String, default: '' } },
  { _id: false },
);
const indicatorSchema = new Schema<PlanIndicator>(
  {
    goalId: { type: Schema.Types.ObjectId, required: true },
    name: { type: Schema.Types.Mixed, required: true },
    unit: { type: String, required: true },
    baselineValue: { type: Number, required: true },
    baselineDate: { type: Date, required: true },
    targetValue: { type: Number, required: true },
    targetDate: { type: Date, required: true },
    measurements: { type: [measurementSchema], default: [] },
    latestValue: { type: Number, default: null },
  },
  { minimize: false },
);

const planOrganisationSchema = new Schema<PlanOrganisation>({ name: String, type: { type: String }, country: String }, { _id: false });

export const planSchema = new Schema<Plan>(
  {
    slug: { type: String, required: true, unique: true },
    organisationId: { type: Schema.Types.ObjectId, required: true, index: true },
    organisation: { type: planOrganisationSchema, default: null },
    programmeId: { type: Schema.Types.ObjectId, default: null, index: true },
    kind: { type: String, enum: planKinds, required: true },
    title: { type: Schema.Types.Mixed, required: true },
    vision: { type: Schema.Types.Mixed, default: {} },
    periodStart: { type: Date, required: true },
    periodEnd: { type: Date, required: true },
    status: { type: String, enum: planStatuses, default: 'draft' },
    visibility: { type: String, enum: planVisibilities, default: 'organisation' },
    reportEveryMonths: { type: Number, default: 6 },
    adoptedAt: { type: Date, default: null },
    lastReportAt: { type: Date, default: null },
    overallStatus: { type: String, enum: [...overallStatuses, null], default: null },
    goals: { type: [goalSchema], default: [] },
    actions: { type: [actionSchema], default: [] },
    indicators: { type: [indicatorSchema], default: [] },
    summary: { type: Schema.Types.Mixed, default: () => ({ actionsTotal: 0, actionsDone: 0, actionsDelayed: 0, openActionDues: [], indicatorsTotal: 0, indicatorsAtTarget: 0 }) },
    rev: { type: Number, default: 1 },
    indexedRev: { type: Number, default: 0 },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, minimize: false },
);
