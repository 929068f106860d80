// Closes the open reports on one item with a moderator's outcome: the oldest by compare-and-set first (so of two
// moderators deciding at once only one goes on to act), the others after the action, then reads them back decided.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { conflict } from '../../errors.js';
import type { Flag } from '../../models/flag.js';

export interface ReportClosing {
  readonly state: 'resolved' | 'rejected';
  readonly outcome: string;
  readonly resolutionNote: string;
  readonly resolvedBy: Types.ObjectId;
  readonly resolvedAt: Date;
  readonly claimedBy: null;
  readonly claimedAt: null;
}

export const reportClosed = (): ReturnType<typeof conflict> => conflict('flag_closed', 'This report has already been dealt with.');

export function reportClosing(actor: Actor, outcome: string, kept: boolean, reason: string): ReportClosing {
  const state = kept ? 'rejected' : 'resolved';
  return { state, outcome, resolutionNote: reason, resolvedBy: new Types.ObjectId(actor.userId ?? undefined), resolvedAt: new Date(), claimedBy: null, claimedAt: null };
}

/** Closes the oldest open report, or answers 409 flag_closed when another moderator got there first. */
export async function closeLeadReport(ctx: AppContext, flags: readonly Flag[], closing: ReportClosing): Promise<void> {
  const lead = await ctx.models.Flag.findOneAndUpdate({ _id: flags[0]._id, state: 'open' }, { $set: closing }, { returnDocument: 'after' }).lean<Flag>();
  if (!lead) throw reportClosed();
}

/** Closes the remaining reports with the same outcome and answers all of them as stored. */
export async function closeOtherReports(ctx: AppContext, flags: readonly Flag[], closing: ReportClosing): Promise<Flag[]> {
  const rest = flags.slice(1).map((flag) => flag._id);
  if (rest.length > 0) await ctx.models.Flag.updateMany({ _id: { $in: rest }, state: 'open' }, { $set: closing });
  return ctx.models.Flag.find({ _id: { $in: flags.map((flag) => flag._id) } }).lean<Flag[]>();
}
