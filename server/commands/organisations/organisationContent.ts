// The practices and resources that belong to an organisation: listed on its page (only what the reader may see),
// added by address by its plan editors and admins for what they wrote, chosen by the author in the editor (the
// organisations they may choose, a move from one to another), and taken off again. Belonging is the item's
// `organisationId`, a relation beside its content (no revision of the text); each change is audited.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import type { Organisation } from '../../models/organisation.js';
import { authorize } from '../../policies/index.js';
import { editsOrganisationPlans } from '../../policies/organisationPolicy.js';
import { parseInput } from '../../validation.js';
import { resolveItemAddresses } from '../plans/itemAddresses.js';
import { recordAudit } from '../recordAudit.js';
import { visibleItemRefs, type ItemRef } from '../shared/visibleItems.js';
import { activeOrganisationRoles, loadOrganisation, organisationAccessOf, type LoadedOrganisation } from './loadOrganisation.js';
import { addOrganisationContentSchema, itemOrganisationSchema, removeOrganisationContentSchema } from './schemas.js';

export interface OrganisationContent {
  readonly practices: ItemRef[];
  readonly resources: ItemRef[];
}

export type ItemType = 'practice' | 'resource';
const shownAtMost = 100;

/** What of the organisation's practices and resources the reader may see, newest first. */
export async function listOrganisationContent(ctx: AppContext, actor: Actor, organisation: Pick<Organisation, '_id'>): Promise<OrganisationContent> {
  const filter = { organisationId: organisation._id, deletedAt: null };
  const [practices, resources] = await Promise.all([
    ctx.models.Practice.find(filter, { _id: 1 }).sort({ publishedAt: -1, _id: -1 }).limit(shownAtMost).lean<{ _id: Types.ObjectId }[]>(),
    ctx.models.Resource.find(filter, { _id: 1 }).sort({ publishedAt: -1, _id: -1 }).limit(shownAtMost).lean<{ _id: Types.ObjectId }[]>(),
  ]);
  const refs = await visibleItemRefs(ctx, actor, [...practices.map(({ _id }) => ({ type: 'practice' as const, id: _id })), ...resources.map(({ _id }) => ({ type: 'resource' as const, id: _id }))]);
  return { practices: refs.filter((ref) => ref.type === 'practice'), resources: refs.filter((ref) => ref.type === 'resource') };
}

interface Belonging {
  authorId: Types.ObjectId;
  organisationId?: Types.ObjectId | null;
}

async function itemOf(ctx: AppContext, type: ItemType, id: string): Promise<Belonging | null> {
  if (!/^[0-9a-f]{24}$/i.test(id)) return null;
  const filter = { _id: id, deletedAt: null };
  const fields = { authorId: 1, organisationId: 1 };
  return type === 'practice' ? ctx.models.Practice.findOne(filter, fields).lean<Belonging>() : ctx.models.Resource.findOne(filter, fields).lean<Belonging>();
}

async function setOrganisation(ctx: AppContext, type: ItemType, id: string, organisationId: Types.ObjectId | null): Promise<void> {
  const update = { $set: { organisationId } };
  await (type === 'practice' ? ctx.models.Practice.updateOne({ _id: id }, update) : ctx.models.Resource.updateOne({ _id: id }, update));
}

/** Adds the practice or resource at `address` to the organisation (409 in_other_organisation when another holds it). */
export async function addOrganisationContent(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown): Promise<LoadedOrganisation> {
  const loaded = await loadOrganisation(ctx, actor, idOrSlug);
  const { address } = parseInput(addOrganisationContentSchema, input, 'address');
  const ids = await resolveItemAddresses(ctx, [address], 'address');
  const type: ItemType = ids.practiceIds.length ? 'practice' : 'resource';
  const id = ids.practiceIds[0] ?? ids.resourceIds[0] ?? '';
  const item = await itemOf(ctx, type, id);
  if (!item) throw notFound(type === 'practice' ? 'The practice' : 'The resource');
  authorize(actor, 'organisation.addContent', { ...loaded.access, authorsItem: Boolean(actor.userId && item.authorId.equals(actor.userId)) });
  if (item.organisationId && !item.organisationId.equals(loaded.organisation._id)) {
    throw conflict('in_other_organisation', 'This belongs to another organisation already: it has to be taken off there first.');
  }
  await setOrganisation(ctx, type, id, loaded.organisation._id);
  await recordAudit(ctx, actor, { action: 'organisation.content.add', subjectType: type, subjectId: id, data: { organisationId: String(loaded.organisation._id) } });
  return loaded;
}

/** Takes a practice or resource off the organisation. */
export async function removeOrganisationContent(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown): Promise<LoadedOrganisation> {
  const loaded = await loadOrganisation(ctx, actor, idOrSlug);
  const { type, id } = parseInput(removeOrganisationContentSchema, input, 'request');
  const item = await itemOf(ctx, type, id);
  if (!item || !item.organisationId?.equals(loaded.organisation._id)) throw notFound(type === 'practice' ? 'The practice' : 'The resource');
  authorize(actor, 'organisation.removeContent', { ...loaded.access, authorsItem: Boolean(actor.userId && item.authorId.equals(actor.userId)) });
  await setOrganisation(ctx, type, id, null);
  await recordAudit(ctx, actor, { action: 'organisation.content.remove', subjectType: type, subjectId: id, data: { organisationId: String(loaded.organisation._id) } });
  return loaded;
}

/** The organisations the actor may put what they write under (where they edit plans or administer), by name. */
export async function authoringOrganisations(ctx: AppContext, actor: Actor): Promise<Organisation[]> {
  const roles = await activeOrganisationRoles(ctx, actor.userId);
  const ids = [...roles].filter(([, role]) => editsOrganisationPlans(organisationAccessOf({ role, state: 'active' }))).map(([id]) => new Types.ObjectId(id));
  if (ids.length === 0) return [];
  return ctx.models.Organisation.find({ _id: { $in: ids } }).sort({ name: 1, _id: 1 }).lean<Organisation[]>();
}

/** The organisation a new practice or resource is written for, when its author may add to it (404 / 403 otherwise). */
export async function organisationForNewItem(ctx: AppContext, actor: Actor, organisationId: string): Promise<Organisation> {
  const loaded = await loadOrganisation(ctx, actor, organisationId);
  authorize(actor, 'organisation.addContent', { ...loaded.access, authorsItem: true });
  return loaded.organisation;
}

/**
 * Sets (or, with null, clears) the organisation of a practice or resource: its author chooses it in the editor or the
 * API. A move takes it off the old organisation (as its author may) and adds it to the new one (as a plan editor there).
 */
export async function setItemOrganisation(ctx: AppContext, actor: Actor, type: ItemType, id: string, input: unknown): Promise<Types.ObjectId | null> {
  const { organisationId } = parseInput(itemOrganisationSchema, input, 'organisation');
  const item = await itemOf(ctx, type, id);
  if (!item) throw notFound(type === 'practice' ? 'The practice' : 'The resource');
  const authorsItem = Boolean(actor.userId && item.authorId.equals(actor.userId));
  const current = item.organisationId ?? null;
  if (current && organisationId && current.equals(organisationId)) return current;
  if (!current && !organisationId) return null;
  if (current) {
    const held = await loadOrganisation(ctx, actor, current);
    authorize(actor, 'organisation.removeContent', { ...held.access, authorsItem });
  }
  const target = organisationId ? await loadOrganisation(ctx, actor, organisationId) : null;
  if (target) authorize(actor, 'organisation.addContent', { ...target.access, authorsItem });
  const next = target?.organisation._id ?? null;
  await setOrganisation(ctx, type, id, next);
  await recordAudit(ctx, actor, {
    action: next ? 'organisation.content.add' : 'organisation.content.remove', subjectType: type, subjectId: id,
    data: { organisationId: String(next ?? current), ...(current && next ? { from: String(current) } : {}) },
  });
  return next;
}
