// A background worker woken by a domain event and on an interval (search sync, mail delivery), on the node holding its
// job lease: one pass at a time, a wake during a pass runs another right after it, failures back off (wakes are then
// ignored until a pass succeeds), timers never keep the process alive, and stop() waits for the pass in progress.
import type { AppContext } from '../context.js';
import type { AppEventMap } from '../events.js';
import { holdLease } from '../services/leases.js';
import { isDatabaseUnreachable } from '../services/mongoConnection.js';
import type { RunningWorker } from './intervalWorker.js';

type WakeEvent = { [K in keyof AppEventMap]: AppEventMap[K] extends [] ? K : never }[keyof AppEventMap];

export interface WokenTask {
  readonly job: string;
  readonly wakeOn: WakeEvent;
  readonly intervalMs: number;
  /** One pass; `goOn()` turns false when the worker stops or loses its lease. Resolves to the delay before the next
   *  pass (undefined: the interval); throws when it failed and should be retried with backoff. */
  readonly pass: (goOn: () => boolean) => Promise<number | undefined>;
  /** The delay before the next try after `failures` failed passes in a row. */
  readonly backoffMs: (failures: number) => number;
  /** Not called for an unreachable database, which the connection logs once (mongoConnection.ts). */
  readonly onFailure: (error: unknown, failures: number) => void;
  readonly onRecovery: (afterFailures: number) => void;
  /** Releases what the task holds (e.g. an SMTP transport), after the last pass. */
  readonly close?: () => void;
}

export function startWokenWorker(ctx: AppContext, task: WokenTask): RunningWorker {
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

  const goOn = (): boolean => !stopped && lease.held();

  /** Runs the task once; the delay before the next pass. */
  const pass = async (): Promise<number> => {
    try {
      const next = await task.pass(goOn);
      if (failures > 0) task.onRecovery(failures);
      failures = 0;
      return wokenWhileRunning ? 0 : next ?? task.intervalMs;
    } catch (error) {
      failures += 1;
      // An unreachable database is logged once, by the connection (mongoConnection.ts).
      if (!isDatabaseUnreachable(error)) task.onFailure(error, failures);
      return task.backoffMs(failures);
    }
  };

  const run = async (): Promise<void> => {
    if (stopped) return;
    if (!lease.held()) {
      schedule(task.intervalMs);
      return;
    }
    if (running) {
      wokenWhileRunning = true;
      return;
    }
    wokenWhileRunning = false;
    let delay = task.intervalMs;
    running = pass().then((next) => {
      delay = next;
    });
    await running;
    running = null;
    schedule(delay);
  };

  const wake = (): void => {
    if (failures > 0 || !lease.held()) return;
    if (running) wokenWhileRunning = true;
    else schedule(0);
  };

  const lease = holdLease(ctx, task.job, { onAcquired: wake });
  ctx.events.on(task.wakeOn, wake);
  schedule(0);
  return {
    job: task.job,
    holdsLease: () => lease.held(),
    stop: async () => {
      stopped = true;
      ctx.events.off(task.wakeOn, wake);
      if (timer) clearTimeout(timer);
      await running;
      await lease.release();
      task.close?.();
    },
  };
}
