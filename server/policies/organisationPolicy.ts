// Who may do what with organisations: anyone reads them; any signed-in person may found one (and administers it);
// organisation admins edit it and decide about members; members see the member list; plan editors and admins add
// what they wrote to the organisation's page.
import type { Actor } from '../context.js';
import type { OrganisationMembershipState, OrganisationRole } from '../models/organisationMembership.js';
import { isAdmin, isSignedIn } from './roles.js';

/** What a policy needs to know about the actor's membership in one organisation. */
export interface OrganisationAccess {
  readonly membership: { readonly role: OrganisationRole; readonly state: OrganisationMembershipState } | null;
}

/** The membership plus whether the actor wrote the practice or resource in question. */
export interface OrganisationContentAccess extends OrganisationAccess {
  readonly authorsItem: boolean;
}

const isActive = (s: OrganisationAccess): boolean => s.membership?.state === 'active';
export const isOrganisationAdmin = (s: OrganisationAccess): boolean => isActive(s) && s.membership?.role === 'org-admin';
export const isOrganisationMember = (s: OrganisationAccess): boolean => isActive(s);
export const editsOrganisationPlans = (s: OrganisationAccess): boolean =>
  isActive(s) && (s.membership?.role === 'plan-editor' || s.membership?.role === 'org-admin');
const administers = (actor: Actor, s: OrganisationAccess): boolean => isOrganisationAdmin(s) || isAdmin(actor);

export const organisationRules = {
  'organisation.create': (actor: Actor) => isSignedIn(actor),
  'organisation.update': (actor: Actor, s: OrganisationAccess) => administers(actor, s),
  'organisation.manageMembers': (actor: Actor, s: OrganisationAccess) => administers(actor, s),
  'organisation.listMembers': (actor: Actor, s: OrganisationAccess) => isActive(s) || isAdmin(actor),
  'organisation.requestMembership': (actor: Actor, s: OrganisationAccess) => isSignedIn(actor) && s.membership === null,
  'organisation.acceptInvitation': (actor: Actor, s: OrganisationAccess) => isSignedIn(actor) && s.membership?.state === 'invited',
  'organisation.leave': (actor: Actor, s: OrganisationAccess) => isSignedIn(actor) && s.membership !== null,
  /** Add a practice or resource to the organisation: its plan editors or admins, for what they wrote (site admins for anything). */
  'organisation.addContent': (actor: Actor, s: OrganisationContentAccess) => isAdmin(actor) || (editsOrganisationPlans(s) && s.authorsItem),
  /** Take it off again: the organisation's admins, its plan editors for what they wrote, or the item's author. */
  'organisation.removeContent': (actor: Actor, s: OrganisationContentAccess) => administers(actor, s) || s.authorsItem,
};
