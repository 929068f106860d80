// The assessmentTallies collection: one document per school round (its _id is the round's), the exact counters
// behind the round's aggregate, moved by $inc with every submitted answer and every deleted account, so an aggregate
// reads one small document instead of every respondent's attempt. Never a person's answers: only counts and sums.
import { Schema, type Types } from 'mongoose';

/** The counters of one group (`*` for everyone, or a respondent role) and one competence or area. */
export interface TallyCell {
  /** Respondents with a score here. */
  count: number;
  /** The sum of their scores in tenths of a level (scores carry one decimal, so the sum is exact). */
  tenths: number;
  /** Respondents per level `1` … `6` (each score rounded). */
  levels: Record<string, number>;
}

export interface AssessmentTally {
  _id: Types.ObjectId;
  /** Submitted respondents per group. */
  respondents: Record<string, number>;
  /** Per `group|dimension` (dots escaped). */
  cells: Record<string, TallyCell>;
}

export const assessmentTallySchema = new Schema<AssessmentTally>(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    respondents: { type: Schema.Types.Mixed, default: {} },
    cells: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, minimize: false },
);
