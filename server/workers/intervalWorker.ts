// A background loop that runs one task every `intervalMs` (never two at once) and logs failures; stoppable for
// shutdown, waiting for a run in progress.

export interface RunningWorker {
  stop(): Promise<void>;
}

export interface IntervalTask {
  readonly intervalMs: number;
  readonly run: () => Promise<void>;
  readonly onError: (error: unknown) => void;
}

export function startIntervalWorker(task: IntervalTask): RunningWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  const runOnce = async (): Promise<void> => {
    try {
      await task.run();
    } catch (error) {
      task.onError(error);
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
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
