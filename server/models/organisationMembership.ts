// The organisationMemberships collection: one document per (organisation, user) with a role and a state. Separate
// from community memberships: these say who may edit an organisation's plans and who administers it.
import { Schema, type Types } from 'mongoose';

export const organisationRoles = ['member', 'plan-editor', 'org-admin'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];
/** active; pending = the person asked and an organisation admin decides; invited = an admin asked and the person decides. */
export const organisationMembershipStates = ['active', 'pending', 'invited'] as const;
export type OrganisationMembershipState = (typeof organisationMembershipStates)[number];

export interface OrganisationMembership {
  _id: Types.ObjectId;
  organisationId: Types.ObjectId;
  userId: Types.ObjectId;
  role: OrganisationRole;
  state: OrganisationMembershipState;
  createdAt: Date;
  updatedAt: Date;
}

export const organisationMembershipSchema = new Schema<OrganisationMembership>(
  {
    organisationId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    role: { type: String, enum: organisationRoles, default: 'member' },
    state: { type: String, enum: organisationMembershipStates, required: true },
  },
  { timestamps: true },
);
organisationMembershipSchema.index({ organisationId: 1, userId: 1 }, { unique: true });
