// The posts collection: Markdown posts in threads with rendered HTML, moderation state, revisions and linked items;
// searchable, so it carries the sync fields (ARCHITECTURE §5).
import { Schema, type Types } from 'mongoose';
import { addSyncFields, type SyncFields } from '../search/syncFields.js';

export const postStates = ['visible', 'queued', 'hidden', 'deleted'] as const;
export type PostState = (typeof postStates)[number];
export const linkedItemTypes = ['practice', 'resource'] as const;

export interface PostRevision {
  at: Date;
  by: Types.ObjectId;
  body: string;
}

export interface LinkedItem {
  type: (typeof linkedItemTypes)[number];
  slug: string;
}

export interface Post extends SyncFields {
  _id: Types.ObjectId;
  communityId: Types.ObjectId;
  threadId: Types.ObjectId;
  parentId: Types.ObjectId | null;
  authorId: Types.ObjectId;
  body: string;
  bodyHtml: string;
  state: PostState;
  revisions: PostRevision[];
  linkedItems: LinkedItem[];
  editedAt: Date | null;
  /** Set when the post became visible, removed once its notification fan-outs are stored: a sweep finds the rest. */
  fanOutDue?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export const postSchema = new Schema<Post>(
  {
    communityId: { type: Schema.Types.ObjectId, required: true, index: true },
    threadId: { type: Schema.Types.ObjectId, required: true, index: true },
    parentId: { type: Schema.Types.ObjectId, default: null },
    authorId: { type: Schema.Types.ObjectId, required: true },
    body: { type: String, required: true },
    bodyHtml: { type: String, required: true },
    state: { type: String, enum: postStates, default: 'visible' },
    revisions: {
      type: [new Schema<PostRevision>({ at: Date, by: Schema.Types.ObjectId, body: String }, { _id: false })],
      default: [],
    },
    linkedItems: {
      type: [new Schema<LinkedItem>({ type: { type: String, enum: linkedItemTypes }, slug: String }, { _id: false })],
      default: [],
    },
    editedAt: { type: Date, default: null },
    fanOutDue: { type: Date, index: { sparse: true } },
  },
  { timestamps: true },
);
addSyncFields(postSchema);
