// The programmes collection: a funded programme (e.g. 220 schools, 50 JST) with per-language texts, owner and
// partner organisations, a period, goals, people in programme roles (advisor, organiser) and a cohort of member
// organisations. Shared by the plans and the trainings work.
import { Schema, type Types } from 'mongoose';

export const programmeRoles = ['advisor', 'organiser'] as const;
export type ProgrammeRole = (typeof programmeRoles)[number];

/** Text keyed by content-language code. */
export type LocalizedText = Record<string, string>;

export interface ProgrammeRoleHolder {
  userId: Types.ObjectId;
  role: ProgrammeRole;
}

export interface CohortMember {
  organisationId: Types.ObjectId;
  joinedAt: Date;
}

export interface Programme {
  _id: Types.ObjectId;
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  ownerOrganisationIds: Types.ObjectId[];
  partnerOrganisationIds: Types.ObjectId[];
  periodStart: Date;
  periodEnd: Date;
  funding: string;
  goals: LocalizedText[];
  roles: ProgrammeRoleHolder[];
  cohort: CohortMember[];
  rev: number;
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

export const programmeSchema = new Schema<Programme>(
  {
    slug: { type: String, required: true, unique: true },
    name: { type: Schema.Types.Mixed, required: true },
    description: { type: Schema.Types.Mixed, default: {} },
    ownerOrganisationIds: { type: [Schema.Types.ObjectId], default: [] },
    partnerOrganisationIds: { type: [Schema.Types.ObjectId], default: [] },
    periodStart: { type: Date, required: true },
    periodEnd: { type: Date, required: true },
    funding: { type: String, default: '' },
    goals: { type: Schema.Types.Mixed, default: () => [] },
    roles: { type: [{ _id: false, userId: { type: Schema.Types.ObjectId, required: true }, role: { type: String, enum: programmeRoles, required: true } }], default: [] },
    cohort: { type: [{ _id: false, organisationId: { type: Schema.Types.ObjectId, required: true }, joinedAt: { type: Date, required: true } }], default: [] },
    rev: { type: Number, default: 1 },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, minimize: false },
);
