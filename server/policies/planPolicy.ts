// Who may see and change a plan. A draft is private to its organisation; afterwards the owners choose
// organisation-only, programme-only (the organisation plus the programme's advisors and organisers) or public.
// Plan editors and organisation admins edit and report; the programme's advisors and organisers give feedback.
import type { Actor } from '../context.js';
import type { OrganisationRole } from '../models/organisationMembership.js';
import type { PlanStatus, PlanVisibility } from '../models/plan.js';
import type { ProgrammeRole } from '../models/programme.js';
import { isAdmin } from './roles.js';

/** A plan's state and the actor's relation to its organisation and programme. */
export interface PlanAccess {
  readonly status: PlanStatus;
  readonly visibility: PlanVisibility;
  /** The actor's active role in the plan's organisation, if any. */
  readonly organisationRole: OrganisationRole | null;
  /** The actor's roles in the plan's programme (none when the plan has no programme). */
  readonly programmeRoles: readonly ProgrammeRole[];
}

const closedStatuses: readonly PlanStatus[] = ['completed', 'discontinued'];
export const isClosedPlan = (status: PlanStatus): boolean => closedStatuses.includes(status);
const editsPlans = (s: PlanAccess): boolean => s.organisationRole === 'plan-editor' || s.organisationRole === 'org-admin';
const followsProgramme = (s: PlanAccess): boolean => s.programmeRoles.length > 0;

function reads(actor: Actor, s: PlanAccess): boolean {
  if (s.organisationRole !== null || isAdmin(actor)) return true;
  if (s.status === 'draft') return false;
  return s.visibility === 'public' || (s.visibility === 'programme' && followsProgramme(s));
}

export const planRules = {
  'plan.create': (_actor: Actor, s: { organisationRole: OrganisationRole | null }) => s.organisationRole === 'plan-editor' || s.organisationRole === 'org-admin',
  'plan.read': (actor: Actor, s: PlanAccess) => reads(actor, s),
  'plan.edit': (_actor: Actor, s: PlanAccess) => editsPlans(s) && !isClosedPlan(s.status),
  'plan.changeStatus': (_actor: Actor, s: PlanAccess) => editsPlans(s),
  'plan.report': (_actor: Actor, s: PlanAccess) => editsPlans(s),
  'plan.feedback': (actor: Actor, s: PlanAccess) => reads(actor, s) && (followsProgramme(s) || isAdmin(actor)),
  'planTemplate.create': (actor: Actor, s: { programmeRoles: readonly ProgrammeRole[] }) => s.programmeRoles.includes('organiser') || isAdmin(actor),
};
