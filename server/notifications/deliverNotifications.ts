// Turns one event into notifications for the people it concerns (the actor never, each person once): the work is a
// stored fan-out job (fanOutJobs.ts) that writes its recipients in slices (fanOutSlice.ts) and survives a crash.
import { Types } from 'mongoose';
import type { AppContext } from '../context.js';
import type { NotificationKind } from '../vocab/notificationKinds.js';
import { runNewFanOut } from './fanOutJobs.js';

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

/** Notifies each recipient once (the actor never) through a stored fan-out job; returns how many were notified. */
export async function deliverNotifications(ctx: AppContext, event: NotificationEvent, recipientIds: Iterable<string>): Promise<number> {
  const ids = [...new Set(recipientIds)].filter((id) => id !== event.actorId && Types.ObjectId.isValid(id));
  if (ids.length === 0) return 0;
  return runNewFanOut(ctx, { ...event, detail: event.detail ?? '' }, ids.map((id) => new Types.ObjectId(id)));
}
