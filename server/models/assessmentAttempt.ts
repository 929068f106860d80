// The assessmentAttempts collection: one person's answers to one version of an instrument, in progress or submitted,
// on their own or in a school's round. Private to its owner: only aggregates above the threshold leave it. The
// scores per competence or area are kept at submission, so results and aggregates never re-score the answers.
import { Schema, type Types } from 'mongoose';
import type { RespondentRole } from './instrument.js';

export const attemptStates = ['in-progress', 'submitted'] as const;
export type AttemptState = (typeof attemptStates)[number];

export interface AttemptAnswer {
  itemId: string;
  optionId: string;
  level: number;
}

export interface DimensionScore {
  dimension: string;
  /** The mean level of the answered items, 1 … number of levels, rounded to one decimal. */
  level: number;
}

export interface AssessmentAttempt {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  instrumentId: Types.ObjectId;
  instrumentKey: string;
  version: number;
  roundId: Types.ObjectId | null;
  organisationId: Types.ObjectId | null;
  role: RespondentRole | null;
  /** `${roundId}:${userId}` for a round's attempt (unique: one answer per person and round); absent otherwise. */
  roundMember?: string;
  state: AttemptState;
  answers: AttemptAnswer[];
  scores: DimensionScore[];
  /** Present while the owner shares the result by link; the link shows levels, never answers. */
  shareToken?: string;
  submittedAt: Date | null;
  rev: number;
  createdAt: Date;
  updatedAt: Date;
}

export const assessmentAttemptSchema = new Schema<AssessmentAttempt>(
  {
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    instrumentId: { type: Schema.Types.ObjectId, required: true },
    instrumentKey: { type: String, required: true },
    version: { type: Number, required: true },
    roundId: { type: Schema.Types.ObjectId, default: null },
    organisationId: { type: Schema.Types.ObjectId, default: null },
    role: { type: String, default: null },
    roundMember: { type: String },
    state: { type: String, enum: attemptStates, default: 'in-progress' },
    answers: { type: [{ _id: false, itemId: String, optionId: String, level: Number }], default: [] },
    scores: { type: [{ _id: false, dimension: String, level: Number }], default: [] },
    shareToken: { type: String },
    submittedAt: { type: Date, default: null },
    rev: { type: Number, default: 1 },
  },
  { timestamps: true, minimize: false },
);
assessmentAttemptSchema.index({ roundMember: 1 }, { unique: true, sparse: true });
assessmentAttemptSchema.index({ shareToken: 1 }, { unique: true, sparse: true });
// A round's aggregate reads its submitted attempts only.
assessmentAttemptSchema.index({ roundId: 1, state: 1 });
