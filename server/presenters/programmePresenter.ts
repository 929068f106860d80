// Shapes programmes for the outside: texts, period, organisations by id, people in programme roles and the cohort.
import type { Programme } from '../models/programme.js';
import type { ProgrammeAccess } from '../policies/programmePolicy.js';
import { personRef, type DisplayNames } from './displayNames.js';

const day = (date: Date): string => date.toISOString().slice(0, 10);

export function presentProgramme(programme: Programme, names: DisplayNames, viewer: ProgrammeAccess = { roles: [] }) {
  return {
    id: String(programme._id),
    slug: programme.slug,
    name: programme.name,
    description: programme.description,
    ownerOrganisationIds: programme.ownerOrganisationIds.map(String),
    partnerOrganisationIds: programme.partnerOrganisationIds.map(String),
    periodStart: day(programme.periodStart),
    periodEnd: day(programme.periodEnd),
    funding: programme.funding,
    goals: programme.goals,
    roles: programme.roles.map((holder) => ({ person: personRef(names, holder.userId), role: holder.role })),
    cohort: programme.cohort.map((member) => ({ organisationId: String(member.organisationId), joinedAt: member.joinedAt.toISOString() })),
    rev: programme.rev,
    viewer: { roles: viewer.roles },
  };
}
