// The outbox delivery worker: on the node holding the 'mailDelivery' lease (so MAIL_SEND_PER_MINUTE holds for the
// whole site), woken by 'mail.queued' and on an interval, it claims and sends messages one by one; each claim is
// a per-message lease too, so even a lease hand-over never sends one message twice. While the SMTP server fails it
// stops the pass and backs off; the messages stay queued with their own retry time, so nothing is lost.
import type { AppContext } from '../context.js';
import { claimNextMessage, createMailTransport, deliverMessage, newLeaseOwner, retryDelayMs } from '../mail/outboxDelivery.js';
import { holdLease } from '../services/leases.js';
import type { RunningWorker } from './intervalWorker.js';

const windowMs = 60_000;

export function startMailDelivery(ctx: AppContext, smtpUrl: string): RunningWorker {
  const transport = createMailTransport(smtpUrl);
  const owner = newLeaseOwner();
  const sentAt: number[] = [];
  let stopped = false;
  let failures = 0;
  let running: Promise<void> | null = null;
  let wokenWhileRunning = false;
  let timer: NodeJS.Timeout | null = null;

  const schedule = (delayMs: number): void => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
    timer.unref();
  };

  /** Sends until the outbox has nothing due, the rate limit is reached or SMTP fails; returns the delay to the next pass. */
  const pass = async (): Promise<number> => {
    const interval = ctx.config.mail.workerIntervalMs;
    while (!stopped && lease.held()) {
      while (sentAt.length > 0 && (sentAt[0] ?? 0) <= Date.now() - windowMs) sentAt.shift();
      if (sentAt.length >= ctx.config.mail.sendPerMinute) return (sentAt[0] ?? Date.now()) + windowMs - Date.now();
      const message = await claimNextMessage(ctx, owner);
      if (!message) return interval;
      sentAt.push(Date.now());
      const outcome = await deliverMessage(ctx, transport, message, owner);
      if (outcome === 'retry') {
        failures += 1;
        if (failures === 1 || failures % 10 === 0) ctx.log.warn({ failures }, 'mail delivery failed; retrying with backoff');
        return Math.min(retryDelayMs(ctx.config, failures), interval * 30);
      }
      if (failures > 0) ctx.log.info({ afterFailures: failures }, 'mail delivery recovered');
      failures = 0;
    }
    return interval;
  };

  const run = async (): Promise<void> => {
    if (stopped || running) {
      wokenWhileRunning = true;
      return;
    }
    wokenWhileRunning = false;
    let delay = ctx.config.mail.workerIntervalMs;
    running = pass()
      .then((next) => {
        delay = next;
      })
      .catch((error: unknown) => ctx.log.error({ err: error }, 'mail delivery pass failed'));
    await running;
    running = null;
    schedule(wokenWhileRunning && failures === 0 ? 0 : delay);
  };

  const onQueued = (): void => {
    if (failures > 0 || !lease.held()) return;
    if (running) wokenWhileRunning = true;
    else schedule(0);
  };

  const lease = holdLease(ctx, 'mailDelivery', { onAcquired: onQueued });
  ctx.events.on('mail.queued', onQueued);
  schedule(0);
  return {
    job: lease.job,
    holdsLease: () => lease.held(),
    stop: async () => {
      stopped = true;
      ctx.events.off('mail.queued', onQueued);
      if (timer) clearTimeout(timer);
      await running;
      await lease.release();
      transport.close();
    },
  };
}
