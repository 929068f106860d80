// The organisations collection: schools, municipalities (JST), agencies and others that own plans, practices and
// resources and take part in programmes. Members are in organisationMemberships.
import { Schema, type Types } from 'mongoose';

export interface Organisation {
  _id: Types.ObjectId;
  slug: string;
  name: string;
  /** An ownerTypes term: school, municipality, ministry-agency … */
  type: string;
  /** A countries term. */
  country: string;
  region: string;
  /** An official register number (e.g. a school's ID or a TERYT code), when known. */
  identifier: string | null;
  description: string;
  memberCount: number;
  rev: number;
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

export const organisationSchema = new Schema<Organisation>(
  {
    slug: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    country: { type: String, required: true },
    region: { type: String, default: '' },
    identifier: { type: String, default: null },
    description: { type: String, default: '' },
    memberCount: { type: Number, default: 0 },
    rev: { type: Number, default: 1 },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true },
);
