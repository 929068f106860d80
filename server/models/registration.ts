// The registrations collection: one person's place on a training, registered or on the waiting list (in the
// order they queued), their answers to the organiser's questions and the sessions they attended.
import { Schema, type Types } from 'mongoose';

export const registrationStates = ['waiting', 'registered', 'cancelled'] as const;
export type RegistrationState = (typeof registrationStates)[number];

export interface Registration {
  _id: Types.ObjectId;
  trainingId: Types.ObjectId;
  userId: Types.ObjectId;
  state: RegistrationState;
  answers: Record<string, string>;
  /** When they joined the queue: the waiting list moves up oldest first. */
  queuedAt: Date;
  registeredAt: Date | null;
  cancelledAt: Date | null;
  attendedSessionIds: Types.ObjectId[];
  createdAt: Date;
  updatedAt: Date;
}

export const registrationSchema = new Schema<Registration>(
  {
    trainingId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    state: { type: String, enum: registrationStates, required: true },
    answers: { type: Map, of: String, default: {} },
    queuedAt: { type: Date, required: true },
    registeredAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
    attendedSessionIds: { type: [Schema.Types.ObjectId], default: [] },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
registrationSchema.index({ trainingId: 1, userId: 1 }, { unique: true });
