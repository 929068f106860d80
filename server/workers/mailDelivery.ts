// The outbox delivery worker: on the node holding the 'mailDelivery' lease (so MAIL_SEND_PER_MINUTE holds for the
// whole site), woken by 'mail.queued' and on an interval, it claims and sends messages one by one; each claim is
// a per-message lease too, so even a lease hand-over never sends one message twice. While the SMTP server fails it
// stops the pass and backs off; the messages stay queued with their own retry time, so nothing is lost.
import type { AppContext } from '../context.js';
import { claimNextMessage, createMailTransport, deliverMessage, newLeaseOwner, retryDelayMs } from '../mail/outboxDelivery.js';
import type { RunningWorker } from './intervalWorker.js';
import { startWokenWorker } from './wokenWorker.js';

const windowMs = 60_000;

/** The SMTP server did not take a message: not a fault of the program, so its line carries the reason, not a stack
 * (the outbox entry keeps the server's answer in its failures). */
class MailRefused extends Error {}

export function startMailDelivery(ctx: AppContext, smtpUrl: string): RunningWorker {
  const transport = createMailTransport(smtpUrl);
  const owner = newLeaseOwner();
  const sentAt: number[] = [];
  const intervalMs = ctx.config.mail.workerIntervalMs;
  return startWokenWorker(ctx, {
    job: 'mailDelivery',
    wakeOn: 'mail.queued',
    intervalMs,
    // Sends until the outbox has nothing due or the send rate is reached; a delivery to retry fails the pass.
    pass: async (goOn) => {
      while (goOn()) {
        while (sentAt.length > 0 && (sentAt[0] ?? 0) <= Date.now() - windowMs) sentAt.shift();
        if (sentAt.length >= ctx.config.mail.sendPerMinute) return (sentAt[0] ?? Date.now()) + windowMs - Date.now();
        const message = await claimNextMessage(ctx, owner);
        if (!message) return undefined;
        sentAt.push(Date.now());
        if ((await deliverMessage(ctx, transport, message, owner)) === 'retry') throw new MailRefused('the SMTP server did not take the message; it stays queued');
      }
      return undefined;
    },
    backoffMs: (failures) => Math.min(retryDelayMs(ctx.config, failures), intervalMs * 30),
    onFailure: (error, failures) => {
      if (failures === 1 || failures % 10 === 0) ctx.log.warn(error instanceof MailRefused ? { reason: error.message, failures } : { err: error, failures }, 'mail delivery failed; retrying with backoff');
    },
    onRecovery: (afterFailures) => ctx.log.info({ afterFailures }, 'mail delivery recovered'),
    close: () => transport.close(),
  });
}
