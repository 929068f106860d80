// Who may do what with self-assessment: organisers publish instrument versions; anyone signed in takes an
// instrument; a result and its answers are its owner's alone (no role reads them, administrators included); a
// school's admins run rounds and see only aggregates; the school's active members answer its open rounds.
import type { Actor } from '../context.js';
import type { OrganisationAccess } from './organisationPolicy.js';
import { isOrganisationAdmin, isOrganisationMember } from './organisationPolicy.js';
import { isOrganiser, isSelf, isSignedIn } from './roles.js';

export const selfAssessmentRules = {
  'instrument.publish': (actor: Actor) => isOrganiser(actor),
  'selfAssessment.take': (actor: Actor) => isSignedIn(actor),
  'selfAssessment.readOwn': (actor: Actor, s: { ownerId: string }) => isSelf(actor, s.ownerId),
  'assessmentRound.manage': (_actor: Actor, s: OrganisationAccess) => isOrganisationAdmin(s),
  'assessmentRound.answer': (_actor: Actor, s: OrganisationAccess) => isOrganisationMember(s),
};
