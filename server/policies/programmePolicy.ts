// Who may do what with programmes: anyone reads a programme's page; organisers (site role) found programmes and
// become their programme organisers; programme organisers edit it, name advisors and organisers and shape the cohort;
// advisors and organisers follow the programme's plans.
import type { Actor } from '../context.js';
import type { ProgrammeRole } from '../models/programme.js';
import { isAdmin, isOrganiser } from './roles.js';

/** The actor's roles within one programme. */
export interface ProgrammeAccess {
  readonly roles: readonly ProgrammeRole[];
}

export const organisesProgramme = (actor: Actor, s: ProgrammeAccess): boolean => s.roles.includes('organiser') || isAdmin(actor);
export const followsProgramme = (actor: Actor, s: ProgrammeAccess): boolean => s.roles.length > 0 || isAdmin(actor);

export const programmeRules = {
  'programme.create': (actor: Actor) => isOrganiser(actor),
  'programme.update': (actor: Actor, s: ProgrammeAccess) => organisesProgramme(actor, s),
  'programme.manageRoles': (actor: Actor, s: ProgrammeAccess) => organisesProgramme(actor, s),
  'programme.manageCohort': (actor: Actor, s: ProgrammeAccess) => organisesProgramme(actor, s),
  'programme.monitor': (actor: Actor, s: ProgrammeAccess) => followsProgramme(actor, s),
};
