// The instruments collection: a self-assessment instrument as data, one document per published version. Areas and
// competences come from the framework's vocabulary (DigCompEdu or SELFIE); every item is a statement in the four
// interface languages with 4–6 answer options, each scoring to a level, and names the competence or area it informs.
import { Schema, type Types } from 'mongoose';
import type { LocalizedText } from './programme.js';

export const instrumentFrameworks = ['digCompEdu', 'selfieAreas'] as const;
export type InstrumentFramework = (typeof instrumentFrameworks)[number];
export const instrumentAudiences = ['individual', 'school'] as const;
export type InstrumentAudience = (typeof instrumentAudiences)[number];
/** Who answers a school instrument (an item names the roles it is asked of). */
/** A draft is not offered yet; a retired instrument starts no new attempt or round, its results stay readable. */
export const instrumentStates = ['draft', 'published', 'retired'] as const;
export type InstrumentState = (typeof instrumentStates)[number];
export const respondentRoles = ['leader', 'teacher'] as const;
export type RespondentRole = (typeof respondentRoles)[number];

export interface InstrumentLevel {
  /** 'A1' … 'C2', or '1' … '5'. */
  code: string;
  labels: LocalizedText;
}

export interface InstrumentOption {
  id: string;
  /** 1-based position in `levels`. */
  level: number;
  texts: LocalizedText;
}

export interface InstrumentItem {
  id: string;
  /** A term of the framework's vocabulary: a DigCompEdu competence ('2.3') or a SELFIE area ('leadership'). */
  dimension: string;
  /** The respondent roles it is asked of; empty for an individual instrument. */
  roles: RespondentRole[];
  texts: LocalizedText;
  options: InstrumentOption[];
}

export interface Instrument {
  _id: Types.ObjectId;
  /** Stable across versions, e.g. 'educator-digcompedu'. */
  key: string;
  version: number;
  framework: InstrumentFramework;
  audience: InstrumentAudience;
  title: LocalizedText;
  description: LocalizedText;
  levels: InstrumentLevel[];
  roles: RespondentRole[];
  items: InstrumentItem[];
  /** Absent on versions stored before states existed: those are published. */
  state?: InstrumentState;
  publishedBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

export const instrumentSchema = new Schema<Instrument>(
  {
    key: { type: String, required: true },
    version: { type: Number, required: true },
    framework: { type: String, enum: instrumentFrameworks, required: true },
    audience: { type: String, enum: instrumentAudiences, required: true },
    title: { type: Schema.Types.Mixed, required: true },
    description: { type: Schema.Types.Mixed, default: {} },
    levels: { type: Schema.Types.Mixed, required: true },
    roles: { type: [String], default: [] },
    items: { type: Schema.Types.Mixed, required: true },
    state: { type: String, enum: instrumentStates, default: 'published' },
    publishedBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, minimize: false },
);
instrumentSchema.index({ key: 1, version: 1 }, { unique: true });
