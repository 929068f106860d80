// The one edit skeleton of practices, resources and collections: load what the actor may see, ask the policy, refuse
// an edit of a stale revision (409 `stale_revision`, never a silent overwrite), merge and check the change, save it
// with a compare-and-set on the revision (the slug follows the title, the old one keeps redirecting), keep a
// revision where the kind has a history, and mark search work where it is indexed.
import type { Model, QueryFilter, UpdateQuery } from 'mongoose';
import type { z } from 'zod';
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
import type { Revision } from '../../models/revision.js';
import { bumpRev } from '../../search/syncFields.js';
import { parseInput } from '../../validation.js';
import { changedFields, recordRevision } from './revisions.js';
import { slugChange, withSlugRetry, type Slugged } from './slugs.js';

type Revised = Slugged & { rev: number };

/** How one kind of document is edited. `F` is its editable fields (also the revision snapshot), `C` a change. */
export interface EditableKind<T extends Revised, F extends object, C> {
  /** "practice": names the document in messages. */
  readonly name: string;
  readonly schema: z.ZodType<{ rev: number; changes: C }>;
  readonly model: (ctx: AppContext) => Model<T>;
  /** Loads the document the actor may see (else 404). */
  readonly load: (ctx: AppContext, actor: Actor, id: unknown) => Promise<T>;
  /** Throws unless the policy lets the actor edit it. */
  readonly authorize: (actor: Actor, doc: T) => void;
  readonly fieldsOf: (doc: T) => F;
  readonly merge: (fields: F, changes: C) => F;
  /** Refuses an inconsistent result with a 4xx; runs only when something changed. */
  readonly check?: (ctx: AppContext, actor: Actor, after: F, before: F) => Promise<void> | void;
  /** The stored form of the fields, for `$set` and `$unset`. */
  readonly store: (fields: F) => { set: Record<string, unknown>; unset: Record<string, ''> };
  readonly slugTitle: (fields: F) => string;
  /** False for an edit that leaves the live title alone (a pending change), so the slug stays. */
  readonly movesSlug?: boolean;
  /** Where the kind keeps its revision history, if it has one. */
  readonly revisions?: (ctx: AppContext) => Model<Revision>;
  /** Whether the kind is in the search index (its edits wake the sync worker). */
  readonly searchable: boolean;
}

export interface EditResult<T, F> {
  readonly updated: T;
  /** The fields before the edit. */
  readonly before: F;
  /** False when the change left every field as it was (nothing was written). */
  readonly changed: boolean;
}

const staleRevision = (name: string, currentRev: number) =>
  conflict('stale_revision', `This ${name} was changed after you opened it. Reload it, reapply your edit and save again.`, { currentRev });

export async function editWithRevision<T extends Revised, F extends object, C>(
  ctx: AppContext,
  actor: Actor,
  kind: EditableKind<T, F, C>,
  id: unknown,
  input: unknown,
): Promise<EditResult<T, F>> {
  const current = await kind.load(ctx, actor, id);
  kind.authorize(actor, current);
  const { rev, changes } = parseInput(kind.schema, input, `${kind.name} change`);
  if (rev !== current.rev) throw staleRevision(kind.name, current.rev);
  const before = kind.fieldsOf(current);
  const after = kind.merge(before, changes);
  const snapshot = after as Record<string, unknown>;
  const changed = changedFields(before as Record<string, unknown>, snapshot);
  if (changed.length === 0) return { updated: current, before, changed: false };
  await kind.check?.(ctx, actor, after, before);
  await saveRevision(kind.model(ctx), current, rev, kind.movesSlug === false ? null : kind.slugTitle(after), kind.store(after), kind.name);
  if (kind.revisions) await recordRevision(kind.revisions(ctx), actor, { subjectId: current._id, rev: rev + 1, changedFields: changed, snapshot });
  if (kind.searchable) ctx.events.emit('search.pending');
  const updated = await kind.load(ctx, actor, String(current._id));
  ctx.events.emit('content.updated', { subjectType: kind.name, document: updated, actorId: actor.userId });
  return { updated, before, changed: true };
}

/** The compare-and-set on the edited revision, moving the slug when the title changed, retried on a slug race. */
async function saveRevision<T extends Revised>(
  model: Model<T>,
  current: T,
  rev: number,
  title: string | null,
  { set, unset }: { set: Record<string, unknown>; unset: Record<string, ''> },
  name: string,
): Promise<void> {
  await withSlugRetry(async () => {
    const slugFields = title === null ? {} : await slugChange(model, current, title);
    const update = { $set: { ...set, ...slugFields }, ...(Object.keys(unset).length > 0 ? { $unset: unset } : {}), ...bumpRev } as UpdateQuery<T>;
    const result = await model.updateOne({ _id: current._id, rev, deletedAt: null } as QueryFilter<T>, update);
    if (result.matchedCount === 0) {
      const now = await model.findById(current._id, { rev: 1 }).lean<{ rev: number }>();
      throw staleRevision(name, now?.rev ?? rev);
    }
  });
}
