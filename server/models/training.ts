// The trainings collection: trainings and events (workshops, regional meetings, conferences) with their sessions,
// registration questions, completion rule and the seat counter that registrations take atomically.
import { Schema, type Types } from 'mongoose';

export const trainingKinds = ['training', 'workshop', 'regional-meeting', 'conference'] as const;
export type TrainingKind = (typeof trainingKinds)[number];
export const trainingFormats = ['in-person', 'online-live', 'e-learning', 'hybrid'] as const;
export type TrainingFormat = (typeof trainingFormats)[number];
export const completionRules = ['all-sessions', 'any-session'] as const;
export type CompletionRule = (typeof completionRules)[number];
export const trainingStates = ['draft', 'published'] as const;
export type TrainingState = (typeof trainingStates)[number];

export interface Speaker {
  name: string;
  affiliation?: string;
}

export interface TrainingSession {
  _id: Types.ObjectId;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** IANA time zone the session is held in, e.g. Europe/Ljubljana. */
  timeZone: string;
  place?: string;
  onlineUrl?: string;
  /** Seats in this session; null means unlimited. */
  capacity: number | null;
  speakers: Speaker[];
  /** A conference session's practice write-ups. */
  collectionId?: Types.ObjectId;
}

export interface RegistrationQuestion {
  key: string;
  label: string;
  required: boolean;
}

export interface Training {
  _id: Types.ObjectId;
  slug: string;
  previousSlugs: string[];
  kind: TrainingKind;
  title: Record<string, string>;
  description: Record<string, string>;
  sortTitle: string;
  format: TrainingFormat;
  durationHours: number;
  language: string;
  competences: string[];
  targetGroups: string[];
  provider: string;
  programmeId: Types.ObjectId | null;
  organiserIds: Types.ObjectId[];
  registrationQuestions: RegistrationQuestion[];
  completionRule: CompletionRule;
  sessions: TrainingSession[];
  /** The smallest session capacity (everyone registered attends every session); null means unlimited. */
  capacity: number | null;
  /** Registered (not waiting) people: only ever moved by conditional updates (seats.ts). */
  seatsTaken: number;
  startsAt: Date | null;
  endsAt: Date | null;
  state: TrainingState;
  publishedAt: Date | null;
  rev: number;
  /** Set when the organiser called it off: out of the catalogue, closed to registration, registrants told. */
  cancelledAt: Date | null;
  cancellationReason: string;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const speakerSchema = new Schema<Speaker>({ name: { type: String, required: true }, affiliation: String }, { _id: false });

const sessionSchema = new Schema<TrainingSession>({
  title: { type: String, default: '' },
  startsAt: { type: Date, required: true },
  endsAt: { type: Date, required: true },
  timeZone: { type: String, required: true },
  place: String,
  onlineUrl: String,
  capacity: { type: Number, default: null },
  speakers: { type: [speakerSchema], default: [] },
  collectionId: { type: Schema.Types.ObjectId },
});

const questionSchema = new Schema<RegistrationQuestion>(
  { key: { type: String, required: true }, label: { type: String, required: true }, required: { type: Boolean, default: false } },
  { _id: false },
);

export const trainingSchema = new Schema<Training>(
  {
    slug: { type: String, required: true, unique: true },
    previousSlugs: { type: [String], default: [], index: true },
    kind: { type: String, enum: trainingKinds, required: true },
    title: { type: Map, of: String, required: true },
    description: { type: Map, of: String, default: {} },
    sortTitle: { type: String, default: '' },
    format: { type: String, enum: trainingFormats, required: true },
    durationHours: { type: Number, required: true },
    language: { type: String, required: true },
    competences: { type: [String], default: [] },
    targetGroups: { type: [String], default: [] },
    provider: { type: String, default: '' },
    programmeId: { type: Schema.Types.ObjectId, default: null, index: true },
    organiserIds: { type: [Schema.Types.ObjectId], default: [], index: true },
    registrationQuestions: { type: [questionSchema], default: [] },
    completionRule: { type: String, enum: completionRules, default: 'all-sessions' },
    sessions: { type: [sessionSchema], default: [] },
    capacity: { type: Number, default: null },
    seatsTaken: { type: Number, default: 0 },
    startsAt: { type: Date, default: null },
    endsAt: { type: Date, default: null },
    state: { type: String, enum: trainingStates, default: 'draft', index: true },
    publishedAt: { type: Date, default: null },
    rev: { type: Number, default: 1, required: true },
    cancelledAt: { type: Date, default: null },
    cancellationReason: { type: String, default: '' },
    deletedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
