// Notification fan-outs as stored jobs, so none is lost or doubled when a node dies mid-way: the job (the event and
// its recipients) is written first, then worked through slice by slice (fanOutSlice.ts), the cursor and the
// node's hold on it moving forward with each slice. A job whose holder stopped renewing is taken over, with one
// conditional update, by the recovery worker (workers/notificationFanOut.ts) and resumed at its cursor; the slice
// that was being written when the node died is written again, and its derived ids keep it from being stored twice.
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { AppContext } from '../context.js';
import { isDuplicateKeyError } from '../errors.js';
import { newLeaseOwner } from '../mail/outboxDelivery.js';
import type { FanOutEvent, FanOutJob } from '../models/fanOutJob.js';
import { deliverSlice, loadFanOutPlace, loadRecipients } from './fanOutSlice.js';

const leaseEnd = (ctx: AppContext): Date => new Date(Date.now() + ctx.config.notifications.fanOutLeaseMs);

/**
 * Works a job from its cursor while this node holds it; returns how many people were notified. The next slice's
 * accounts are read while the current one is written, so the database and this process work side by side.
 */
async function runFanOut(ctx: AppContext, job: FanOutJob, owner: string): Promise<number> {
  const mine = { _id: job._id, leaseOwner: owner };
  const place = await loadFanOutPlace(ctx, job.event.communityId);
  let notified = 0;
  const step = ctx.config.notifications.fanOutBatchSize;
  const sliceFrom = (cursor: number) => (cursor < job.recipientIds.length ? loadRecipients(ctx, job.recipientIds.slice(cursor, cursor + step)) : null);
  let next = place ? sliceFrom(job.cursor) : null;
  for (let cursor = job.cursor; place && next; cursor += step) {
    const users = await next;
    next = sliceFrom(cursor + step);
    // A read that is no longer wanted (the job was taken over or failed) must not surface as an unhandled rejection.
    next?.catch(() => undefined);
    notified += await deliverSlice(ctx, job._id, job.event, place, users);
    const moved = await ctx.models.FanOutJob.updateOne(mine, { $set: { cursor: cursor + step, leaseUntil: leaseEnd(ctx) } });
    // Another node took the job over (this one stalled past its hold): it carries on from the cursor.
    if (moved.matchedCount === 0) return notified;
  }
  await ctx.models.FanOutJob.deleteOne(mine);
  return notified;
}

/** The one job id of a document's fan-out step: the document's time, as ObjectIds start, then a hash of both. */
export function fanOutJobId(documentId: Types.ObjectId, step: string): Types.ObjectId {
  const hash = createHash('sha256').update(`${String(documentId)}:${step}`).digest();
  return new Types.ObjectId(Buffer.concat([Buffer.from(documentId.id).subarray(0, 4), hash.subarray(0, 8)]));
}

/**
 * Stores a new fan-out job held by this node and works it at once. When a job with that id is stored already (a
 * replay while it still runs or waits for recovery) this one stops: that job is worked by its holder.
 */
export async function runNewFanOut(ctx: AppContext, event: FanOutEvent, recipientIds: Types.ObjectId[], jobId: Types.ObjectId): Promise<number> {
  const owner = newLeaseOwner();
  const job: FanOutJob = { _id: jobId, event, recipientIds, cursor: 0, leaseOwner: owner, leaseUntil: leaseEnd(ctx), createdAt: new Date() };
  try {
    await ctx.models.FanOutJob.collection.insertOne(job);
  } catch (error) {
    if (isDuplicateKeyError(error)) return 0;
    throw error;
  }
  return runFanOut(ctx, job, owner);
}

/** Takes over one job whose holder stopped renewing, or null when there is none. */
async function claimStalledJob(ctx: AppContext, owner: string): Promise<FanOutJob | null> {
  const claimed = await ctx.models.FanOutJob.findOneAndUpdate(
    { leaseUntil: { $lt: new Date() } },
    { $set: { leaseOwner: owner, leaseUntil: leaseEnd(ctx) } },
    { sort: { createdAt: 1 }, returnDocument: 'after' },
  ).lean<FanOutJob>();
  // The fallback engine may return an image that already holds a later claim: only our own hold counts.
  return claimed && claimed.leaseOwner === owner ? claimed : null;
}

/** Resumes every stalled fan-out, oldest first; returns how many jobs were resumed. */
export async function resumeStalledFanOuts(ctx: AppContext): Promise<number> {
  const owner = newLeaseOwner();
  let resumed = 0;
  for (let job = await claimStalledJob(ctx, owner); job; job = await claimStalledJob(ctx, owner)) {
    const notified = await runFanOut(ctx, job, owner);
    ctx.log.info({ job: String(job._id), from: job.cursor, of: job.recipientIds.length, notified }, 'resumed a notification fan-out');
    resumed += 1;
  }
  return resumed;
}
