// A background loop that runs one task every `intervalMs` (never two at once) and logs failures, only while this
// node holds the task's job lease (server/services/leases.ts); stoppable for shutdown, waiting for a run in progress
// and handing the lease back.
import type { AppContext } from '../context.js';
import { holdLease } from '../services/leases.js';
import { isDatabaseUnreachable } from '../services/mongoConnection.js';

export interface RunningWorker {
  /** The job name its lease is held under. */
  readonly job: string;
  /** True while this node holds the job's lease (so it, and no other node, runs the job). */
  holdsLease(): boolean;
  stop(): Promise<void>;
}

export interface IntervalTask {
  readonly job: string;
  readonly intervalMs: number;
  readonly run: () => Promise<void>;
  readonly onError: (error: unknown) => void;
}

export function startIntervalWorker(ctx: AppContext, task: IntervalTask): RunningWorker {
  const lease = holdLease(ctx, task.job);
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  const runOnce = async (): Promise<void> => {
    if (!lease.held()) return;
    try {
      await task.run();
    } catch (error) {
      // An unreachable database is logged once, by the connection (mongoConnection.ts).
      if (!isDatabaseUnreachable(error)) task.onError(error);
    }
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce().finally(schedule);
    }, task.intervalMs);
    timer.unref();
  };
  schedule();

  return {
    job: task.job,
    holdsLease: () => lease.held(),
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await lease.release();
    },
  };
}
