// The communities collection: experience-exchange groups with a slug, visibility, join policy and member count.
import { Schema, type Types } from 'mongoose';

export const visibilities = ['public', 'members-only'] as const;
export const joinPolicyIds = ['open', 'request', 'invite'] as const;

export interface Community {
  _id: Types.ObjectId;
  slug: string;
  name: string;
  description: string;
  descriptionHtml: string;
  language: string;
  visibility: (typeof visibilities)[number];
  joinPolicy: (typeof joinPolicyIds)[number];
  firstPostQueue: boolean;
  createdBy: Types.ObjectId;
  memberCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export const communitySchema = new Schema<Community>(
  {
    slug: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    description: { type: String, default: '' },
    descriptionHtml: { type: String, default: '' },
    language: { type: String, required: true },
    visibility: { type: String, enum: visibilities, required: true },
    joinPolicy: { type: String, enum: joinPolicyIds, required: true },
    firstPostQueue: { type: Boolean, default: false },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    memberCount: { type: Number, default: 0 },
  },
  { timestamps: true },
);
