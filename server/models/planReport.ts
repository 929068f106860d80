// The planReports collection: a periodic progress report on a plan (period, each action's status and note, new
// indicator values, an overall status, achievements and difficulties in Markdown) and the advisors' feedback on it.
import { Schema, type Types } from 'mongoose';
import { actionStatuses, overallStatuses, type ActionStatus, type OverallStatus } from './plan.js';

export interface ReportActionUpdate {
  actionId: Types.ObjectId;
  status: ActionStatus;
  note: string;
}

export interface ReportIndicatorValue {
  indicatorId: Types.ObjectId;
  date: Date;
  value: number;
  source: string;
  note: string;
}

export interface ReportFeedback {
  _id: Types.ObjectId;
  authorId: Types.ObjectId;
  body: string;
  bodyHtml: string;
  at: Date;
}

export interface PlanReport {
  _id: Types.ObjectId;
  planId: Types.ObjectId;
  periodStart: Date;
  periodEnd: Date;
  overallStatus: OverallStatus;
  achievements: string;
  achievementsHtml: string;
  difficulties: string;
  difficultiesHtml: string;
  actionUpdates: ReportActionUpdate[];
  indicatorValues: ReportIndicatorValue[];
  feedback: ReportFeedback[];
  submittedBy: Types.ObjectId;
  submittedAt: Date;
}

export const planReportSchema = new Schema<PlanReport>(
  {
    planId: { type: Schema.Types.ObjectId, required: true, index: true },
    periodStart: { type: Date, required: true },
    periodEnd: { type: Date, required: true },
    overallStatus: { type: String, enum: overallStatuses, required: true },
    achievements: { type: String, default: '' },
    achievementsHtml: { type: String, default: '' },
    difficulties: { type: String, default: '' },
    difficultiesHtml: { type: String, default: '' },
    actionUpdates: {
      type: [{ _id: false, actionId: { type: Schema.Types.ObjectId, required: true }, status: { type: String, enum: actionStatuses, required: true }, note: { type: String, default: '' } }],
      default: [],
    },
    indicatorValues: {
      type: [{ _id: false, indicatorId: { type: Schema.Types.ObjectId, required: true }, date: Date, value: Number, source: String, note: String }],
      default: [],
    },
    feedback: {
      type: [{ authorId: { type: Schema.Types.ObjectId, required: true }, body: String, bodyHtml: String, at: Date }],
      default: [],
    },
    submittedBy: { type: Schema.Types.ObjectId, required: true },
    submittedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
