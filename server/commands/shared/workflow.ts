// The one workflow style of practices, resources and collections: each transition is a command that names its
// policy action and builds the step from the current document; runTransition loads what the actor may see, asks the
// policy, then applies it (an atomic compare-and-set on the state, a rev bump for search sync, an audit entry).
import type { Model, QueryFilter, Types, UpdateQuery } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
import { bumpRev } from '../../search/syncFields.js';
import { recordAudit } from '../recordAudit.js';

interface WorkflowDocument {
  _id: Types.ObjectId;
  state: string;
}

export interface TransitionSpec {
  /** States the transition may start from. */
  readonly from: readonly string[];
  /** The new state; omit for an action that keeps the state (e.g. featuring). */
  readonly to?: string;
  /** Further fields to set, and other update operators ($push, $addToSet …). */
  readonly set?: Record<string, unknown>;
  readonly operators?: Record<string, Record<string, unknown>>;
  /** Audit entry: action name, subject type, optional reason and data. */
  readonly audit: { action: string; subjectType: string; reason?: string; data?: Record<string, unknown> };
  /** For messages: what the document is ("This practice") and what the transition does to it ("published"). */
  readonly noun: string;
  readonly verb: string;
}

/** Answers 409 `invalid_transition` unless `current.state` is one of `from`. */
export function assertTransitionAllowed(current: WorkflowDocument, from: readonly string[], noun: string, verb: string): void {
  if (!from.includes(current.state)) {
    throw conflict('invalid_transition', `${noun} is ${current.state}; it cannot be ${verb} now.`, {
      state: current.state,
      allowedFrom: [...from],
    });
  }
}

/**
 * Moves `current` along the workflow. The update only applies if the stored state is still `current.state`,
 * so two concurrent transitions cannot both win; the loser gets 409 `state_changed`.
 */
export async function applyTransition<T extends WorkflowDocument>(
  ctx: AppContext,
  actor: Actor,
  model: Model<T>,
  current: T,
  spec: TransitionSpec,
): Promise<T> {
  assertTransitionAllowed(current, spec.from, spec.noun, spec.verb);
  const filter = { _id: current._id, state: current.state, deletedAt: null } as QueryFilter<T>;
  const update = {
    ...spec.operators,
    $set: { ...spec.set, ...(spec.to ? { state: spec.to } : {}) },
    ...bumpRev,
  } as UpdateQuery<T>;
  const updated = await model.findOneAndUpdate(filter, update, { returnDocument: 'after' }).lean<T>();
  if (!updated) throw conflict('state_changed', `${spec.noun} was changed by someone else meanwhile. Reload it and try again.`);
  ctx.events.emit('search.pending');
  await recordAudit(ctx, actor, {
    action: spec.audit.action,
    subjectType: spec.audit.subjectType,
    subjectId: String(current._id),
    reason: spec.audit.reason,
    data: { from: current.state, ...(spec.to ? { to: spec.to } : {}), ...spec.audit.data },
  });
  ctx.events.emit('content.transitioned', { subjectType: spec.audit.subjectType, document: updated, from: current.state, to: spec.to ?? null, action: spec.audit.action, actorId: actor.userId });
  return updated;
}

/** One kind of document with a workflow: how it is loaded for an actor and how the policy is asked. */
export interface WorkflowKind<T extends WorkflowDocument, A extends string> {
  /** Audit subject type, e.g. `practice`; messages call it "This practice". */
  readonly subjectType: string;
  readonly model: (ctx: AppContext) => Model<T>;
  /** Loads the document the actor may see (else 404). */
  readonly load: (ctx: AppContext, actor: Actor, id: unknown) => Promise<T>;
  /** Throws unless the policy lets the actor take `action` on it. */
  readonly authorize: (actor: Actor, action: A, doc: T) => void;
}

/** What a transition command builds from the current document; the audit action defaults to the policy action. */
export type Transition = Omit<TransitionSpec, 'noun' | 'audit'> & {
  readonly audit?: { action?: string; reason?: string; data?: Record<string, unknown> };
};

/** `build` sees the current document (after the policy check) and may throw to refuse, e.g. on bad input. */
export async function runTransition<T extends WorkflowDocument, A extends string>(
  ctx: AppContext,
  actor: Actor,
  kind: WorkflowKind<T, A>,
  id: unknown,
  action: A,
  build: (doc: T) => Transition,
): Promise<T> {
  const doc = await kind.load(ctx, actor, id);
  kind.authorize(actor, action, doc);
  const spec = build(doc);
  return applyTransition(ctx, actor, kind.model(ctx), doc, {
    ...spec,
    noun: `This ${kind.subjectType}`,
    audit: { subjectType: kind.subjectType, ...spec.audit, action: spec.audit?.action ?? action },
  });
}
