// Applies one workflow transition to a searchable document: an atomic compare-and-set on its current state,
// a rev bump for search sync, and an audit entry. Commands decide who may act (policies) before calling it.
import type { Model, QueryFilter, Types, UpdateQuery } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
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
    $inc: { rev: 1 },
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
  return updated;
}
