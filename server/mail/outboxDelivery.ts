// Delivers outbox messages one at a time: claim (an atomic findOneAndUpdate that takes a lease, so two workers on
// two nodes never hold one message), render it, send over SMTP with nodemailer, then record sent, a retry with exponential
// backoff, or a failure (a 5xx answer is a bounce and is not retried). A lapsed lease makes a message claimable again.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { createTransport, type Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import type { AppContext } from '../context.js';
import type { OutboxMessage } from '../models/outboxMessage.js';
import { renderOutboxMessage } from './queueMail.js';

/** Longer than the transport's timeouts together, so a lease never lapses while its send is still running. */
export const leaseMs = 120_000;

export const newLeaseOwner = (): string => `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

export function createMailTransport(smtpUrl: string): Transporter {
  return createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

export async function claimNextMessage(ctx: AppContext, owner: string, now = new Date()): Promise<OutboxMessage | null> {
  const claimed = await ctx.models.OutboxMessage.findOneAndUpdate(
    { $or: [{ state: 'queued', nextAttemptAt: { $lte: now } }, { state: 'sending', leaseUntil: { $lt: now } }] },
    { $set: { state: 'sending', leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) }, $inc: { attempts: 1 } },
    { sort: { nextAttemptAt: 1, _id: 1 }, returnDocument: 'after' },
  ).lean<OutboxMessage>();
  // The fallback engine may return an image that already holds a later claim: only our own lease counts.
  return claimed && claimed.leaseOwner === owner ? claimed : null;
}

export const retryDelayMs = (config: Config, attempts: number): number =>
  Math.min(config.mail.retryMaxMs, config.mail.retryBaseMs * 2 ** Math.max(0, attempts - 1));

interface SmtpError {
  message?: string;
  responseCode?: number;
}

export type DeliveryOutcome = 'sent' | 'bounced' | 'retry' | 'lease_lost';

export async function deliverMessage(ctx: AppContext, transport: Transporter, message: OutboxMessage, owner: string): Promise<DeliveryOutcome> {
  const mine = { _id: message._id, leaseOwner: owner, state: 'sending' as const };
  const release = { leaseOwner: '', leaseUntil: '' };
  try {
    await transport.sendMail({
      from: ctx.config.mail.from,
      replyTo: ctx.config.mail.replyTo,
      to: message.to,
      ...renderOutboxMessage(ctx.config, message),
      messageId: `<${String(message._id)}@praxis.outbox>`,
    });
  } catch (error) {
    const { message: reason = String(error), responseCode } = error as SmtpError;
    const failure = { at: new Date(), message: reason.slice(0, 500), ...(responseCode ? { responseCode } : {}) };
    const bounced = responseCode !== undefined && responseCode >= 500;
    const exhausted = message.attempts >= ctx.config.mail.maxAttempts;
    const next = bounced || exhausted
      ? { state: 'failed' as const }
      : { state: 'queued' as const, nextAttemptAt: new Date(Date.now() + retryDelayMs(ctx.config, message.attempts)) };
    await ctx.models.OutboxMessage.updateOne(mine, { $set: next, $unset: release, $push: { failures: { $each: [failure], $slice: -20 } } });
    return bounced || exhausted ? 'bounced' : 'retry';
  }
  const recorded = await ctx.models.OutboxMessage.updateOne(mine, { $set: { state: 'sent', sentAt: new Date() }, $unset: release });
  if (recorded.matchedCount === 0) {
    ctx.log.warn({ outboxId: String(message._id) }, 'a mail was sent after its lease lapsed');
    return 'lease_lost';
  }
  return 'sent';
}
