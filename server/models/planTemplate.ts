// The planTemplates collection: the structure a programme asks its plans to follow (goals with their actions and
// indicators, without dates or values); a plan created from a template starts with a copy of it.
import { Schema, type Types } from 'mongoose';
import type { LocalizedText } from './programme.js';

export interface TemplateGoal {
  title: LocalizedText;
  actions: string[];
  indicators: { name: LocalizedText; unit: string }[];
}

export interface PlanTemplate {
  _id: Types.ObjectId;
  programmeId: Types.ObjectId | null;
  name: LocalizedText;
  goals: TemplateGoal[];
  createdBy: Types.ObjectId;
  createdAt: Date;
}

export const planTemplateSchema = new Schema<PlanTemplate>(
  {
    programmeId: { type: Schema.Types.ObjectId, default: null, index: true },
    name: { type: Schema.Types.Mixed, required: true },
    goals: { type: Schema.Types.Mixed, default: () => [] },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, minimize: false },
);
