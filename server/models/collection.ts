// The collections collection: curated, ordered sets of practices and resources, e.g. a conference's write-ups,
// with the event, organisers, per-language title and introduction (Markdown beside its safe HTML), titled sections
// (a conference's tracks) that items belong to, and scheduling.
import { Schema, type Types } from 'mongoose';

export const collectionStates = ['draft', 'scheduled', 'published'] as const;
export type CollectionState = (typeof collectionStates)[number];

export const collectionItemTypes = ['practice', 'resource'] as const;
export type CollectionItemType = (typeof collectionItemTypes)[number];

export interface CollectionItem {
  type: CollectionItemType;
  id: Types.ObjectId;
  /** The id of the section the item is shown in; absent for items before the first section. */
  section?: string;
}

/** A titled group of items (a track, a day, a theme), in the organisers' order. */
export interface CollectionSection {
  id: string;
  title: Record<string, string>;
}

export interface CollectionEvent {
  name: string;
  date?: string;
  place?: string;
}

export interface Collection {
  _id: Types.ObjectId;
  slug: string;
  previousSlugs: string[];
  /** Title and introduction keyed by content language; the first title's language names the slug. */
  title: Record<string, string>;
  introduction: Record<string, string>;
  introductionHtml: Record<string, string>;
  sortTitle: string;
  event?: CollectionEvent;
  organiserIds: Types.ObjectId[];
  items: CollectionItem[];
  sections: CollectionSection[];
  state: CollectionState;
  publishAt: Date | null;
  /** The time zone the organiser chose publishAt in, to show it back in their wall-clock time. */
  publishTimeZone?: string | null;
  publishedAt: Date | null;
  rev: number;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const itemSchema = new Schema<CollectionItem>(
  { type: { type: String, enum: collectionItemTypes, required: true }, id: { type: Schema.Types.ObjectId, required: true }, section: String },
  { _id: false },
);

const sectionSchema = new Schema<CollectionSection>({ id: { type: String, required: true }, title: { type: Schema.Types.Mixed, required: true } }, { _id: false });

export const collectionSchema = new Schema<Collection>(
  {
    slug: { type: String, required: true, unique: true },
    previousSlugs: { type: [String], default: [], index: true },
    title: { type: Map, of: String, required: true },
    introduction: { type: Map, of: String, default: {} },
    introductionHtml: { type: Map, of: String, default: {} },
    sortTitle: { type: String, default: '' },
    event: { type: new Schema({ name: { type: String, required: true }, date: String, place: String }, { _id: false }), default: undefined },
    organiserIds: { type: [Schema.Types.ObjectId], default: [], index: true },
    items: { type: [itemSchema], default: [] },
    sections: { type: [sectionSchema], default: [] },
    state: { type: String, enum: collectionStates, required: true, default: 'draft', index: true },
    publishAt: { type: Date, default: null },
    publishTimeZone: { type: String, default: null },
    publishedAt: { type: Date, default: null },
    rev: { type: Number, default: 1, required: true },
    deletedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
