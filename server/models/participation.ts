// The participations collection: a completed training of one person (from attendance or an LMS import), with what
// statistics and certificates need copied from the training and from the person's organisation at completion (so
// statistics by region and organisation type need no join), and the certificate's verification code.
import { Schema, type Types } from 'mongoose';

export const participationSources = ['attendance', 'import'] as const;
export type ParticipationSource = (typeof participationSources)[number];

export interface Participation {
  _id: Types.ObjectId;
  trainingId: Types.ObjectId;
  userId: Types.ObjectId;
  programmeId: Types.ObjectId | null;
  kind: string;
  format: string;
  hours: number;
  competences: string[];
  /** The person's organisation at completion, when they belong to one. */
  organisationId: Types.ObjectId | null;
  /** Its ownerTypes term (school, municipality …); '' when none. */
  organisationType: string;
  /** `country:region` of that organisation (e.g. `SI:Osrednjeslovenska`); '' when none. */
  region: string;
  completedAt: Date;
  /** `YYYY-MM` of completedAt (UTC), the statistics' time bucket. */
  month: string;
  source: ParticipationSource;
  certificateCode: string;
  createdAt: Date;
}

export const participationSchema = new Schema<Participation>(
  {
    trainingId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    programmeId: { type: Schema.Types.ObjectId, default: null, index: true },
    kind: { type: String, required: true },
    format: { type: String, required: true },
    hours: { type: Number, required: true },
    competences: { type: [String], default: [] },
    organisationId: { type: Schema.Types.ObjectId, default: null },
    organisationType: { type: String, default: '' },
    region: { type: String, default: '' },
    completedAt: { type: Date, required: true, index: true },
    month: { type: String, required: true },
    source: { type: String, enum: participationSources, required: true },
    certificateCode: { type: String, required: true, unique: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
participationSchema.index({ trainingId: 1, userId: 1 }, { unique: true });
