// A school's rounds of self-reflection: opening one over the current version of an instrument (organisation
// admins; its members are invited by e-mail), reminding those who have not answered, closing it, listing an
// organisation's rounds and the open rounds a member is asked to answer.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import type { AssessmentRound } from '../../models/assessmentRound.js';
import type { OrganisationAccess } from '../../policies/organisationPolicy.js';
import { authorize, can } from '../../policies/index.js';
import { parseInput, parseObjectId } from '../../validation.js';
import { activeOrganisationRoles, findOrganisationMembership, loadOrganisation, organisationAccessOf, type LoadedOrganisation } from '../organisations/loadOrganisation.js';
import { recordAudit } from '../recordAudit.js';
import { assertNotRetired, loadInstrument } from './instruments.js';
import { mailRoundMembers } from './roundInvitations.js';
import { createRoundTally } from './roundTallies.js';
import { createRoundSchema } from './schemas.js';

export interface LoadedRound {
  readonly round: AssessmentRound;
  readonly access: OrganisationAccess;
}

/** A round with the actor's relation to its organisation; 404 unless the actor administers it or may answer it. */
export async function loadRound(ctx: AppContext, actor: Actor, id: unknown): Promise<LoadedRound> {
  const round = await ctx.models.AssessmentRound.findById(parseObjectId(id, 'The round')).lean<AssessmentRound>();
  if (!round) throw notFound('The round');
  const access = organisationAccessOf(await findOrganisationMembership(ctx, round.organisationId, actor.userId));
  if (!can(actor, 'assessmentRound.manage', access) && !can(actor, 'assessmentRound.answer', access)) throw notFound('The round');
  return { round, access };
}

export async function loadManagedRound(ctx: AppContext, actor: Actor, id: unknown): Promise<LoadedRound> {
  const loaded = await loadRound(ctx, actor, id);
  authorize(actor, 'assessmentRound.manage', loaded.access);
  return loaded;
}

export function assertRoundOpen(round: Pick<AssessmentRound, 'state'>): void {
  if (round.state !== 'open') throw conflict('round_closed', 'This round of self-reflection is closed: answers are no longer taken.');
}

export async function openRound(ctx: AppContext, actor: Actor, organisationIdOrSlug: unknown, input: unknown): Promise<AssessmentRound> {
  const { organisation, access } = await loadOrganisation(ctx, actor, organisationIdOrSlug);
  authorize(actor, 'assessmentRound.manage', access);
  const data = parseInput(createRoundSchema, input, 'round');
  const instrument = await loadInstrument(ctx, data.instrument);
  assertNotRetired(instrument);
  const round = await ctx.models.AssessmentRound.create({
    organisationId: organisation._id, instrumentId: instrument._id, instrumentKey: instrument.key, version: instrument.version, title: data.title, createdBy: new Types.ObjectId(actor.userId ?? undefined),
  });
  await createRoundTally(ctx, round._id);
  const invited = await mailRoundMembers(ctx, round, organisation.name, 'invitation', [round.createdBy]);
  await recordAudit(ctx, actor, { action: 'assessmentRound.open', subjectType: 'assessmentRound', subjectId: String(round._id), data: { organisationId: String(organisation._id), instrument: instrument.key, version: instrument.version, invited } });
  return round.toObject();
}

export async function closeRound(ctx: AppContext, actor: Actor, id: unknown): Promise<AssessmentRound> {
  const { round } = await loadManagedRound(ctx, actor, id);
  assertRoundOpen(round);
  const closed = await ctx.models.AssessmentRound.findOneAndUpdate({ _id: round._id, state: 'open' }, { $set: { state: 'closed', closedAt: new Date() } }, { returnDocument: 'after' }).lean<AssessmentRound>();
  if (!closed) throw conflict('round_closed', 'This round of self-reflection is closed already.');
  await recordAudit(ctx, actor, { action: 'assessmentRound.close', subjectType: 'assessmentRound', subjectId: String(round._id) });
  return closed;
}

const reminderGapMs = 24 * 60 * 60 * 1000;

/** Mails a reminder to the members who have not submitted (but not its opener); at most once a day. Returns how many were reminded. */
export async function remindRound(ctx: AppContext, actor: Actor, id: unknown, now = new Date()): Promise<{ round: AssessmentRound; reminded: number }> {
  const { round } = await loadManagedRound(ctx, actor, id);
  assertRoundOpen(round);
  const reminded = await ctx.models.AssessmentRound.findOneAndUpdate(
    { _id: round._id, state: 'open', $or: [{ remindedAt: null }, { remindedAt: { $lte: new Date(now.getTime() - reminderGapMs) } }] },
    { $set: { remindedAt: now } },
    { returnDocument: 'after' },
  ).lean<AssessmentRound>();
  if (!reminded) throw conflict('reminder_too_soon', 'A reminder for this round was sent less than a day ago; wait a day before sending another.');
  const [organisation, answered] = await Promise.all([
    ctx.models.Organisation.findById(round.organisationId, { name: 1 }).lean<{ name: string }>(),
    ctx.models.AssessmentAttempt.find({ roundId: round._id, state: 'submitted' }, { userId: 1 }).lean<{ userId: Types.ObjectId }[]>(),
  ]);
  const count = await mailRoundMembers(ctx, round, organisation?.name ?? '', 'reminder', [round.createdBy, ...answered.map((attempt) => attempt.userId)]);
  await recordAudit(ctx, actor, { action: 'assessmentRound.remind', subjectType: 'assessmentRound', subjectId: String(round._id), data: { reminded: count } });
  return { round: reminded, reminded: count };
}

/** The rounds of an organisation, newest first (its admins). */
export async function listOrganisationRounds(ctx: AppContext, actor: Actor, organisationIdOrSlug: unknown): Promise<{ loaded: LoadedOrganisation; rounds: AssessmentRound[] }> {
  const loaded = await loadOrganisation(ctx, actor, organisationIdOrSlug);
  authorize(actor, 'assessmentRound.manage', loaded.access);
  const rounds = await ctx.models.AssessmentRound.find({ organisationId: loaded.organisation._id }).sort({ createdAt: -1 }).lean<AssessmentRound[]>();
  return { loaded, rounds };
}

/** The open rounds of the organisations the actor is an active member of. */
export async function roundsToAnswer(ctx: AppContext, actor: Actor): Promise<AssessmentRound[]> {
  const roles = await activeOrganisationRoles(ctx, actor.userId);
  if (roles.size === 0) return [];
  return ctx.models.AssessmentRound.find({ organisationId: { $in: [...roles.keys()].map((id) => new Types.ObjectId(id)) }, state: 'open' }).sort({ createdAt: -1 }).lean<AssessmentRound[]>();
}
