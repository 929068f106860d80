// Keeps an embedded child server running while the app runs: when it dies (killed, crashed) it is started again on the
// same data and port after a growing pause, so the app's clients reconnect by themselves. One log line as it goes
// down, one per failed attempt, one when it is back; a server that keeps dying is retried ever more slowly.
import { startChildServer, type ChildServer, type ChildServerSpec } from './childServer.js';

/** Pauses before each restart attempt in a row; the last repeats. */
const RESTART_DELAYS_MS = [200, 500, 1_000, 2_000, 5_000, 10_000, 30_000] as const;
/** Up this long after a restart, a new death starts again from the shortest pause. */
const STABLE_AFTER_MS = 60_000;

export interface SupervisedServer<T> {
  /** What the first start's readiness check yielded. */
  readonly ready: T;
  /** The process running now (it changes with each restart). */
  readonly pid: number;
  /** Stops it for good: no restart follows. */
  stop(): Promise<void>;
}

const oneLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Starts `spec` and supervises it. `respawn` gives the spec of a restart from what the first start yielded (e.g. to
 * bind the port it chose then); by default the same spec.
 */
export async function startSupervisedServer<T>(spec: ChildServerSpec<T>, respawn: (ready: T) => ChildServerSpec<T> = () => spec): Promise<SupervisedServer<T>> {
  const { name, log } = spec;
  let stopped = false;
  let failedInARow = 0;
  let upSince = Date.now();
  let restarting: Promise<void> = Promise.resolve();
  let wakeEarly: (() => void) | undefined;
  let current: ChildServer<T>;

  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeEarly = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restart = async (how: string): Promise<void> => {
    const downSince = Date.now();
    if (downSince - upSince >= STABLE_AFTER_MS) failedInARow = 0;
    log.warn({ process: name, exit: how }, `${name} stopped unexpectedly (${how}); starting it again`);
    while (!stopped) {
      const delay = RESTART_DELAYS_MS[Math.min(failedInARow, RESTART_DELAYS_MS.length - 1)] ?? 0;
      failedInARow += 1;
      await pause(delay);
      if (stopped) return;
      try {
        const server = await startChildServer(supervised(respawn(first.ready)));
        current = server;
        upSince = Date.now();
        if (stopped) await server.stop();
        else log.info({ process: name, pid: server.pid, downMs: upSince - downSince }, `${name} is running again (down ${seconds(upSince - downSince)})`);
        return;
      } catch (error) {
        const next = RESTART_DELAYS_MS[Math.min(failedInARow, RESTART_DELAYS_MS.length - 1)] ?? 0;
        log.warn({ process: name }, `${name} could not be started again: ${oneLine(error)}; next try in ${seconds(next)}`);
      }
    }
  };

  const supervised = (childSpec: ChildServerSpec<T>): ChildServerSpec<T> => ({
    ...childSpec,
    onUnexpectedExit: (how) => {
      if (!stopped) restarting = restart(how);
    },
  });

  const first = await startChildServer(supervised(spec));
  current = first;
  return {
    ready: first.ready,
    get pid() {
      return current.pid;
    },
    stop: async () => {
      stopped = true;
      wakeEarly?.();
      await restarting;
      await current.stop();
    },
  };
}
