// Publishing now or at a future `publishAt` (practices, collections …): the transition a publish command builds, and
// the run of the scheduled-publishing worker, which takes each due document live through the ordinary transition.
import type { Model, QueryFilter, Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { applyTransition, type Transition } from './workflow.js';
import type { PublishRequest } from './schemas.js';

const scheduler: Actor = Object.freeze({ userId: null, roles: [], displayName: 'scheduled publishing' });

interface SchedulableDocument {
  _id: Types.ObjectId;
  state: string;
  publishAt: Date | null;
}

export interface ScheduledKind<T extends SchedulableDocument> {
  readonly model: Model<T>;
  /** Audit subject type and action prefix, e.g. `practice` → `practice.publish`. */
  readonly subjectType: string;
  /** "This practice", for messages. */
  readonly noun: string;
  /** The fields a document gets when it goes live at `at` (e.g. publishedAt). */
  readonly publishedFields: (at: Date) => Record<string, unknown>;
}

/** Publishes now, or schedules for a future `publishAt` (audited as `<subjectType>.schedule`). */
export function publishNowOrLater(
  kind: Pick<ScheduledKind<SchedulableDocument>, 'subjectType' | 'publishedFields'>,
  request: PublishRequest,
  from: readonly string[],
  operators?: Transition['operators'],
): Transition {
  const now = new Date();
  const publishAt = request.publishAt ? new Date(request.publishAt) : null;
  if (publishAt && publishAt > now) {
    return {
      from,
      to: 'scheduled',
      verb: 'scheduled',
      set: { publishAt, publishTimeZone: request.timeZone ?? null },
      operators,
      audit: { action: `${kind.subjectType}.schedule`, data: { publishAt: publishAt.toISOString(), timeZone: request.timeZone ?? null } },
    };
  }
  return { from, to: 'published', verb: 'published', set: kind.publishedFields(now), operators };
}

/** Returns how many documents went live; one that was changed meanwhile is skipped (the next run sees it again). */
export async function publishDue<T extends SchedulableDocument>(ctx: AppContext, kind: ScheduledKind<T>, now = new Date()): Promise<number> {
  const filter = { state: 'scheduled', publishAt: { $lte: now }, deletedAt: null } as QueryFilter<T>;
  const due = await kind.model.find(filter).limit(100).lean<T[]>();
  let published = 0;
  for (const doc of due) {
    try {
      await applyTransition(ctx, scheduler, kind.model, doc, {
        from: ['scheduled'],
        to: 'published',
        verb: 'published',
        noun: kind.noun,
        set: kind.publishedFields(doc.publishAt ?? now),
        audit: { action: `${kind.subjectType}.publish`, subjectType: kind.subjectType, data: { scheduled: true } },
      });
      published += 1;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'state_changed')) throw error;
    }
  }
  return published;
}
