// The administrators' view of mail: outbox counts by state, the latest messages, and what the embedded SMTP
// catcher received (when it is the mail server).
import type { Actor, AppContext } from '../../context.js';
import { outboxStates, type OutboxMessage, type OutboxState } from '../../models/outboxMessage.js';
import { authorize } from '../../policies/index.js';
import { readReceivedMail, type ReceivedMail } from '../../services/receivedMail.js';
import { parseInput } from '../../validation.js';
import { outboxQuerySchema } from './schemas.js';

export interface OutboxView {
  readonly counts: Record<OutboxState, number>;
  readonly messages: OutboxMessage[];
  /** null when mail goes to an external SMTP server. */
  readonly received: ReceivedMail[] | null;
}

export async function listOutbox(ctx: AppContext, actor: Actor, input: unknown): Promise<OutboxView> {
  authorize(actor, 'mail.readOutbox');
  const query = parseInput(outboxQuerySchema, input, 'outbox query');
  const Outbox = ctx.models.OutboxMessage;
  const [counts, messages, received] = await Promise.all([
    Promise.all(outboxStates.map(async (state) => [state, await Outbox.countDocuments({ state })] as const)),
    Outbox.find(query.state ? { state: query.state } : {}).sort({ createdAt: -1, _id: -1 }).limit(query.limit).lean<OutboxMessage[]>(),
    ctx.mail.catcherDir ? readReceivedMail(ctx.mail.catcherDir).then((all) => all.slice(0, query.limit)) : Promise.resolve(null),
  ]);
  return { counts: Object.fromEntries(counts) as Record<OutboxState, number>, messages, received };
}
