// The uploads collection: one record per upload per owner; the bytes are stored once per sha256 (content-addressed).
import { Schema, type Types } from 'mongoose';

/** `practiceChange`: a file proposed for a published practice by its pending change (seen by its author and reviewers). */
export const attachmentTargetTypes = ['practice', 'resource', 'post', 'avatar', 'practiceChange'] as const;
export type AttachmentTargetType = (typeof attachmentTargetTypes)[number];
export const uploadStates = ['ready', 'removing'] as const;

export interface UploadRendition {
  name: string;
  key: string;
  type: string;
  size: number;
  width?: number;
  height?: number;
}

export interface UploadAttachment {
  type: AttachmentTargetType;
  id: string;
  licence: string;
  caption?: string;
  /** What an image shows, for readers who cannot see it (required for images on practices and resources). */
  alt?: string;
  attachedAt: Date;
}

export interface Upload {
  _id: Types.ObjectId;
  ownerId: Types.ObjectId;
  sha256: string;
  originalName: string;
  kind: 'image' | 'document';
  sniffedType: string;
  ext: string;
  /** Size of the uploaded bytes. */
  size: number;
  width?: number;
  height?: number;
  animated?: boolean;
  /** The cleaned original (for documents: the bytes as uploaded). */
  original: UploadRendition;
  variants: UploadRendition[];
  attachedTo: UploadAttachment[];
  /** Since when nothing has been attached (set at upload and when the last attachment goes); null while attached. */
  orphanSince: Date | null;
  /** `removing` once the cleanup has claimed an orphan; nothing may attach to it then. */
  state: (typeof uploadStates)[number];
  rev: number;
  createdAt: Date;
}

const renditionSchema = new Schema<UploadRendition>(
  {
    name: { type: String, required: true },
    key: { type: String, required: true },
    type: { type: String, required: true },
    size: { type: Number, required: true },
    width: Number,
    height: Number,
  },
  { _id: false },
);

const attachmentSchema = new Schema<UploadAttachment>(
  {
    type: { type: String, enum: attachmentTargetTypes, required: true },
    id: { type: String, required: true },
    licence: { type: String, required: true },
    caption: String,
    alt: String,
    attachedAt: { type: Date, default: () => new Date() },
  },
  { _id: false },
);

export const uploadSchema = new Schema<Upload>(
  {
    ownerId: { type: Schema.Types.ObjectId, required: true, index: true },
    sha256: { type: String, required: true, index: true },
    originalName: { type: String, required: true },
    kind: { type: String, enum: ['image', 'document'], required: true },
    sniffedType: { type: String, required: true },
    ext: { type: String, required: true },
    size: { type: Number, required: true },
    width: Number,
    height: Number,
    animated: Boolean,
    original: { type: renditionSchema, required: true },
    variants: { type: [renditionSchema], default: [] },
    attachedTo: { type: [attachmentSchema], default: [] },
    orphanSince: { type: Date, default: null, index: true },
    state: { type: String, enum: uploadStates, default: 'ready' },
    rev: { type: Number, default: 0 },
    createdAt: { type: Date, default: () => new Date(), index: true },
  },
  { versionKey: false },
);
