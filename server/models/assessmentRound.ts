// The assessmentRounds collection: a school (an organisation) asks its staff to answer one version of an instrument;
// its admins see only the aggregate, and only above the threshold.
import { Schema, type Types } from 'mongoose';

export const roundStates = ['open', 'closed'] as const;
export type RoundState = (typeof roundStates)[number];

export interface AssessmentRound {
  _id: Types.ObjectId;
  organisationId: Types.ObjectId;
  instrumentId: Types.ObjectId;
  instrumentKey: string;
  version: number;
  title: string;
  state: RoundState;
  closedAt: Date | null;
  /** When its admins last reminded those who had not answered (one reminder a day at most). */
  remindedAt: Date | null;
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

export const assessmentRoundSchema = new Schema<AssessmentRound>(
  {
    organisationId: { type: Schema.Types.ObjectId, required: true, index: true },
    instrumentId: { type: Schema.Types.ObjectId, required: true },
    instrumentKey: { type: String, required: true },
    version: { type: Number, required: true },
    title: { type: String, required: true },
    state: { type: String, enum: roundStates, default: 'open' },
    closedAt: { type: Date, default: null },
    remindedAt: { type: Date, default: null },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true },
);
