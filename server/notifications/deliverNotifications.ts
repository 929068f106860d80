// Turns one event into notifications for the people it concerns (the actor never, each person once): the work is a
// stored fan-out job (fanOutJobs.ts) that writes its recipients in slices (fanOutSlice.ts) and survives a crash.
import { Types } from 'mongoose';
import type { AppContext } from '../context.js';
import type { NotificationKind } from '../vocab/notificationKinds.js';
import { fanOutJobId, runNewFanOut } from './fanOutJobs.js';

export interface NotificationEvent {
  readonly kind: NotificationKind;
  /** Events with one key are shown together ("3 new replies in …"). */
  readonly groupKey: string;
  readonly communityId: Types.ObjectId | null;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly title: string;
  readonly path: string;
  /** For a practice's workflow step: the state it moved to. */
  readonly detail?: string;
}

/** What a fan-out answers, when a replay must store the same job: the document it is about and the step. */
export interface FanOutOrigin {
  readonly documentId: Types.ObjectId;
  readonly step: string;
}

/**
 * Notifies each recipient once (the actor never) through a stored fan-out job; returns how many were notified.
 * With an origin, a second run for the same document and step stores no second job and no second notification.
 */
export async function deliverNotifications(ctx: AppContext, event: NotificationEvent, recipientIds: Iterable<string>, origin?: FanOutOrigin): Promise<number> {
  const ids = [...new Set(recipientIds)].filter((id) => id !== event.actorId && Types.ObjectId.isValid(id));
  if (ids.length === 0) return 0;
  const jobId = origin ? fanOutJobId(origin.documentId, origin.step) : new Types.ObjectId();
  return runNewFanOut(ctx, { ...event, detail: event.detail ?? '' }, ids.map((id) => new Types.ObjectId(id)), jobId);
}
