// The practices collection: the good-practice case study of ARCHITECTURE §4, with its workflow state, slugs,
// per-language texts (Markdown beside its rendered safe HTML), review data, attachments and search sync fields.
import { Schema, type Types } from 'mongoose';
import { addSyncFields, type SyncFields } from '../search/syncFields.js';

export const practiceStates = [
  'draft',
  'submitted',
  'in-review',
  'changes-requested',
  'scheduled',
  'published',
  'unpublished',
  'archived',
] as const;
export type PracticeState = (typeof practiceStates)[number];

export const textProvenances = ['original', 'human', 'machine'] as const;
export type TextProvenance = (typeof textProvenances)[number];

/** The Markdown fields of one language version; each is stored with its rendered HTML as `<field>Html`. */
export const practiceMarkdownFields = [
  'summary',
  'challenge',
  'description',
  'implementation',
  'resourcesNeeded',
  'outcomes',
  'difficulties',
  'transferConditions',
  'lessons',
] as const;
export type PracticeMarkdownField = (typeof practiceMarkdownFields)[number];

type RenderedFields = { [F in PracticeMarkdownField as `${F}Html`]?: string };

export type PracticeTextInput = { provenance: TextProvenance; reviewed: boolean; title?: string; translator?: string } & {
  [F in PracticeMarkdownField]?: string;
};

export type PracticeText = PracticeTextInput & RenderedFields & { excerpt?: string };

export interface PracticeScale {
  schools?: number;
  municipalities?: number;
  participants?: number;
  trainings?: number;
}

export interface ReviewComment {
  authorId: Types.ObjectId;
  at: Date;
  comment: string;
  commentHtml: string;
  fieldComments: { field: string; comment: string }[];
}

export interface PracticeAttachment {
  uploadId: Types.ObjectId;
  licence: string;
  caption?: string;
  alt?: string;
}

/** An attachment as a pending change proposes it (the input shape: the upload's id as text). */
export interface AttachmentChoice {
  uploadId: string;
  licence: string;
  caption?: string;
  alt?: string;
}

export const pendingChangeStates = ['draft', 'submitted', 'changes-requested'] as const;
export type PendingChangeState = (typeof pendingChangeStates)[number];

/**
 * A change to a published practice that waits for review while the published version stays live: under the key
 * `record` the record itself (its original-language text, every other field and its attachments, in the input shape), under a
 * language code a translation (that language's text, in the input shape).
 */
export interface PendingChange {
  fields: Record<string, unknown>;
  state: PendingChangeState;
  authorId: Types.ObjectId;
  updatedAt: Date;
  /** The public change note ("Results of the 2026 evaluation added"). */
  note?: string;
  /** The author asks to publish it without review (typos, links), where the policy allows. */
  minor?: boolean;
  /** What the reviewer asked for when sending it back. */
  reviewComment?: string;
}

/** One published change, for the public history of the practice. */
export interface ChangeLogEntry {
  at: Date;
  /** `record` or the language of a translation. */
  target: string;
  rev: number;
  note?: string;
  minor: boolean;
  authorId: Types.ObjectId;
}

/** The fields an author writes (the create/update input); everything else is kept by the workflow. */
export interface PracticeEditableFields {
  originalLanguage: string;
  texts: Record<string, PracticeTextInput>;
  organisation?: { name?: string; ownerType?: string };
  country?: string;
  region?: string;
  sector?: string;
  educationLevels?: string[];
  targetGroups?: string[];
  practiceType?: string;
  lifecycleStage?: string;
  startDate?: string;
  endDate?: string;
  scale?: PracticeScale;
  digCompEdu?: string[];
  digComp?: string[];
  selfieAreas?: string[];
  evidenceTypes?: string[];
  evidenceLevel?: string;
  licence?: string;
  programme?: string;
  funding?: string;
  contact?: { name?: string; email?: string };
  tags?: string[];
  communityId?: string;
}

/** What a change of the record edits: the editable fields and the list of attachments it proposes. */
export type PracticeRecordFields = PracticeEditableFields & { attachments?: AttachmentChoice[] };

export interface Practice extends SyncFields, Omit<PracticeEditableFields, 'texts' | 'communityId'> {
  _id: Types.ObjectId;
  slug: string;
  previousSlugs: string[];
  state: PracticeState;
  authorId: Types.ObjectId;
  communityId?: Types.ObjectId | null;
  /** The organisation the practice belongs to (listed on its page), set by its author and the organisation's editors. */
  organisationId?: Types.ObjectId | null;
  texts: Record<string, PracticeText>;
  /** Content languages with a title, for filtering and facets. */
  languages: string[];
  /** The original-language title folded to lower-case ASCII, for sorting by title. */
  sortTitle: string;
  licence: string;
  attachments: PracticeAttachment[];
  featured: boolean;
  publishAt: Date | null;
  /** The time zone the scheduler chose publishAt in, to show it back in their wall-clock time. */
  publishTimeZone?: string | null;
  publishedAt: Date | null;
  reviewers: Types.ObjectId[];
  reviewComments: ReviewComment[];
  lastVerifiedAt: Date | null;
  reviewDueAt: Date | null;
  archivedFrom: PracticeState | null;
  /** Absent on records stored before changes to published practices existed. */
  pendingChanges?: Record<string, PendingChange>;
  changeLog?: ChangeLogEntry[];
  /** When a published change last replaced the content (null until the first one). */
  contentUpdatedAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const renderedTextFields = Object.fromEntries(
  practiceMarkdownFields.flatMap((field) => [
    [field, String],
    [`${field}Html`, String],
  ]),
);

const practiceTextSchema = new Schema(
  {
    provenance: { type: String, enum: textProvenances, required: true },
    reviewed: { type: Boolean, default: false },
    title: String,
    translator: String,
    ...renderedTextFields,
    excerpt: String,
  },
  { _id: false },
);

const pendingChangeSchema = new Schema(
  {
    fields: { type: Schema.Types.Mixed, required: true },
    state: { type: String, enum: pendingChangeStates, required: true },
    authorId: { type: Schema.Types.ObjectId, required: true },
    updatedAt: { type: Date, required: true },
    note: String,
    minor: Boolean,
    reviewComment: String,
  },
  { _id: false, minimize: false },
);

export const practiceSchema = new Schema<Practice>(
  {
    slug: { type: String, required: true, unique: true },
    previousSlugs: { type: [String], default: [], index: true },
    state: { type: String, enum: practiceStates, required: true, default: 'draft', index: true },
    authorId: { type: Schema.Types.ObjectId, required: true, index: true },
    communityId: { type: Schema.Types.ObjectId, default: null, index: true },
    organisationId: { type: Schema.Types.ObjectId, default: null, index: true },
    originalLanguage: { type: String, required: true },
    texts: { type: Map, of: practiceTextSchema, default: {} },
    languages: { type: [String], default: [] },
    sortTitle: { type: String, default: '' },
    organisation: { name: String, ownerType: String },
    country: String,
    region: String,
    sector: String,
    educationLevels: { type: [String], default: undefined },
    targetGroups: { type: [String], default: undefined },
    practiceType: String,
    lifecycleStage: String,
    startDate: String,
    endDate: String,
    scale: { schools: Number, municipalities: Number, participants: Number, trainings: Number },
    digCompEdu: { type: [String], default: undefined },
    digComp: { type: [String], default: undefined },
    selfieAreas: { type: [String], default: undefined },
    evidenceTypes: { type: [String], default: undefined },
    evidenceLevel: String,
    licence: { type: String, default: 'cc-by-4.0' },
    programme: String,
    funding: String,
    contact: { name: String, email: String },
    tags: { type: [String], default: undefined },
    attachments: {
      type: [{ uploadId: { type: Schema.Types.ObjectId, required: true }, licence: { type: String, required: true }, caption: String, alt: String, _id: false }],
      default: [],
    },
    featured: { type: Boolean, default: false },
    publishAt: { type: Date, default: null },
    publishTimeZone: { type: String, default: null },
    publishedAt: { type: Date, default: null },
    reviewers: { type: [Schema.Types.ObjectId], default: [] },
    reviewComments: {
      type: [
        {
          authorId: { type: Schema.Types.ObjectId, required: true },
          at: { type: Date, required: true },
          comment: { type: String, required: true },
          commentHtml: { type: String, required: true },
          fieldComments: { type: [{ field: String, comment: String, _id: false }], default: [] },
          _id: false,
        },
      ],
      default: [],
    },
    lastVerifiedAt: { type: Date, default: null },
    reviewDueAt: { type: Date, default: null },
    archivedFrom: { type: String, enum: [...practiceStates, null], default: null },
    pendingChanges: { type: Map, of: pendingChangeSchema, default: {} },
    changeLog: {
      type: [
        {
          at: { type: Date, required: true },
          target: { type: String, required: true },
          rev: { type: Number, required: true },
          note: String,
          minor: { type: Boolean, default: false },
          authorId: { type: Schema.Types.ObjectId, required: true },
          _id: false,
        },
      ],
      default: [],
    },
    contentUpdatedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, minimize: true },
);
addSyncFields(practiceSchema);
