// The resources collection: handbooks, training materials, e-trainings, tools and links, each a link (`url`) or a
// file (`uploadId`), with licence, language, competences, related practices, a workflow state and search sync fields.
import { Schema, type Types } from 'mongoose';
import { addSyncFields, type SyncFields } from '../search/syncFields.js';

export const resourceStates = ['draft', 'published', 'archived'] as const;
export type ResourceState = (typeof resourceStates)[number];

/** The fields an author writes (the create/update input, also the revision snapshot). */
export interface ResourceEditableFields {
  title: string;
  description: string;
  kind: string;
  language: string;
  licence: string;
  url?: string;
  uploadId?: string;
  tags?: string[];
  relatedPracticeIds?: string[];
  digCompEdu?: string[];
  digComp?: string[];
}

export interface Resource extends SyncFields, Omit<ResourceEditableFields, 'uploadId' | 'relatedPracticeIds'> {
  _id: Types.ObjectId;
  slug: string;
  previousSlugs: string[];
  descriptionHtml: string;
  excerpt: string;
  /** The title folded to lower-case ASCII, for sorting by title. */
  sortTitle: string;
  uploadId?: Types.ObjectId;
  relatedPracticeIds: Types.ObjectId[];
  authorId: Types.ObjectId;
  /** The organisation the resource belongs to (listed on its page). */
  organisationId?: Types.ObjectId | null;
  state: ResourceState;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const resourceSchema = new Schema<Resource>(
  {
    slug: { type: String, required: true, unique: true },
    previousSlugs: { type: [String], default: [], index: true },
    title: { type: String, required: true },
    sortTitle: { type: String, default: '' },
    description: { type: String, default: '' },
    descriptionHtml: { type: String, default: '' },
    excerpt: { type: String, default: '' },
    kind: { type: String, required: true },
    language: { type: String, required: true },
    licence: { type: String, required: true },
    url: String,
    uploadId: Schema.Types.ObjectId,
    tags: { type: [String], default: undefined },
    relatedPracticeIds: { type: [Schema.Types.ObjectId], default: [] },
    digCompEdu: { type: [String], default: undefined },
    digComp: { type: [String], default: undefined },
    authorId: { type: Schema.Types.ObjectId, required: true, index: true },
    organisationId: { type: Schema.Types.ObjectId, default: null, index: true },
    state: { type: String, enum: resourceStates, required: true, default: 'draft', index: true },
    publishedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, minimize: true },
);
addSyncFields(resourceSchema);
