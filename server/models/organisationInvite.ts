// The organisationInvites collection: an organisation's invitation by e-mail to a person who has no account yet,
// stored by the digest of its link's token, with the role it grants, its expiry and when (and by whom) it was used
// or withdrawn.
import { Schema, type Types } from 'mongoose';
import { organisationRoles, type OrganisationRole } from './organisationMembership.js';

export interface OrganisationInvite {
  _id: Types.ObjectId;
  tokenDigest: string;
  organisationId: Types.ObjectId;
  email: string;
  role: OrganisationRole;
  createdBy: Types.ObjectId;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedBy: Types.ObjectId | null;
  withdrawnAt: Date | null;
  withdrawnBy: Types.ObjectId | null;
  createdAt: Date;
}

export const organisationInviteSchema = new Schema<OrganisationInvite>(
  {
    tokenDigest: { type: String, required: true, unique: true },
    organisationId: { type: Schema.Types.ObjectId, required: true, index: true },
    email: { type: String, required: true },
    role: { type: String, enum: organisationRoles, required: true },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    expiresAt: { type: Date, required: true, index: { expireAfterSeconds: 0 } },
    acceptedAt: { type: Date, default: null },
    acceptedBy: { type: Schema.Types.ObjectId, default: null },
    withdrawnAt: { type: Date, default: null },
    withdrawnBy: { type: Schema.Types.ObjectId, default: null },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
