// Saves an edit of a slugged document with optimistic concurrency: a compare-and-set on the revision the client
// edited, moving the slug when the title changed (the old one keeps redirecting), retried on a slug race.
import type { Model, QueryFilter, UpdateQuery } from 'mongoose';
import type { AppError } from '../../errors.js';
import { slugChange, withSlugRetry, type Slugged } from './slugs.js';

export interface EditToSave {
  /** The revision the client edited; the stored one must still be it. */
  readonly rev: number;
  /** The title the slug should follow. */
  readonly title: string;
  readonly set: Record<string, unknown>;
  readonly unset: Record<string, ''>;
  /** The 409 to answer when someone else saved first. */
  readonly stale: (currentRev: number) => AppError;
}

export async function saveEdit<T extends Slugged & { rev: number }>(model: Model<T>, current: T, edit: EditToSave): Promise<void> {
  await withSlugRetry(async () => {
    const slugFields = await slugChange(model, current, edit.title);
    const update = {
      $set: { ...edit.set, ...slugFields },
      ...(Object.keys(edit.unset).length > 0 ? { $unset: edit.unset } : {}),
      $inc: { rev: 1 },
    } as UpdateQuery<T>;
    const result = await model.updateOne({ _id: current._id, rev: edit.rev, deletedAt: null } as QueryFilter<T>, update);
    if (result.matchedCount === 0) {
      const now = await model.findById(current._id, { rev: 1 }).lean<{ rev: number }>();
      throw edit.stale(now?.rev ?? edit.rev);
    }
  });
}
