// The one way Praxis runs a development server as a child process (mongod, mongo-java-server, Meilisearch, the SMTP
// catcher, the tests' redis-server): spawned in its own process group and tied to this process, ready when its output
// or a probe says so, an unexpected exit logged (or handed to a supervisor, supervisedServer.ts), and stopped in order (stdin closed / SIGTERM, then SIGKILL).
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { createInterface } from 'node:readline';
import type { Logger } from 'pino';

export interface ChildServerSpec<T> {
  /** For people and logs, e.g. "mongo-java-server". */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly log: Logger;
  /**
   * True when the program itself exits as its stdin closes (PraxisMongoServer.java does). Otherwise a small shell
   * guard runs it and ends it when our end of the pipe closes, so even a killed Node parent leaves no orphan.
   */
  readonly exitsWithStdin?: boolean;
  /** Ready once a line it prints on stdout yields a value (e.g. the port it bound)… */
  readonly readyLine?: (line: string) => T | undefined;
  /** …or once this probe, polled every `pollMs`, yields one. */
  readonly probe?: () => Promise<T | undefined>;
  readonly pollMs?: number;
  readonly startTimeoutMs: number;
  /** How long a stop waits after asking politely before SIGKILL (default 10 s). */
  readonly stopGraceMs?: number;
  /** Its output once it runs is logged at this level (default debug). */
  readonly outputLevel?: 'debug' | 'warn';
  /** Turns a failure to spawn into a clearer message (e.g. "java is not on PATH"). */
  readonly explainSpawnError?: (error: Error) => Error;
  /** Sums up its recent output for a start-up failure (default: the last lines as they are). */
  readonly summarise?: (lines: readonly string[]) => string;
  /** Called when it exits after start-up without being stopped (default: an error is logged), e.g. to restart it. */
  readonly onUnexpectedExit?: (how: string) => void;
}

export interface ChildServer<T> {
  /** What the readiness check yielded. */
  readonly ready: T;
  /** The process spawned: the server itself when it `exitsWithStdin`, else its shell guard. */
  readonly pid: number;
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * sh -c script: runs "$0" "$@", kills it when stdin reaches EOF (our end closed, or we died) or on TERM/INT, and exits
 * with its status as soon as it ends (so a supervisor sees it die).
 */
const guardScript = [
  'exec 3<&0; "$0" "$@" 3<&- & child=$!',
  "trap 'kill $child 2>/dev/null' TERM INT",
  '{ cat <&3 >/dev/null; kill $child 2>/dev/null; } &',
  'wait $child; status=$?',
  'if kill -0 $child 2>/dev/null; then wait $child; status=$?; fi',
  'exit $status',
].join('\n');
const TAIL_LINES = 40;

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Whatever way this process ends, every child server's group gets SIGTERM (guarded ones also see their pipe close). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) signalGroup(child, 'SIGTERM');
  });
}

/** How it ended; a guard shell reports a signal that ended its program as 128 + the signal's number. */
function describeExit(code: number | null, signal: NodeJS.Signals | null, guarded: boolean): string {
  const guardedSignal = guarded && code !== null && code > 128 ? Object.entries(constants.signals).find(([, number]) => number === code - 128)?.[0] : undefined;
  const ended = signal ?? guardedSignal;
  return ended ? `signal ${ended}` : `exit code ${String(code)}`;
}

const lastLines = (lines: readonly string[]): string => (lines.length > 0 ? lines.map((line) => `  ${line}`).join('\n') : '  (no output)');

function waitForProbe<T>(probe: () => Promise<T | undefined>, pollMs: number, isOver: () => boolean): Promise<T> {
  return new Promise<T>((resolve) => {
    const attempt = (): void => {
      if (isOver()) return;
      probe()
        .catch(() => undefined)
        .then((value) => {
          if (value !== undefined) resolve(value);
          else setTimeout(attempt, pollMs);
        });
    };
    attempt();
  });
}

export async function startChildServer<T>(spec: ChildServerSpec<T>): Promise<ChildServer<T>> {
  installExitHook();
  const { name, log } = spec;
  const guarded = spec.exitsWithStdin !== true;
  const [command, args] = guarded ? ['sh', ['-c', guardScript, spec.command, ...spec.args]] : [spec.command, [...spec.args]];
  const child = spawn(command, args, { cwd: spec.cwd, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  running.add(child);
  const exited = new Promise<number | null>((resolve) => {
    const gone = (code: number | null): void => {
      running.delete(child);
      child.stdin.destroy();
      resolve(code);
    };
    child.once('exit', gone);
    // A command that cannot be spawned at all never exits.
    child.once('error', () => {
      if (child.pid === undefined) gone(null);
    });
  });

  const tail: string[] = [];
  let isReady = false;
  let settled = false;
  let stopping: Promise<void> | undefined;
  const onOutput = (line: string): void => {
    if (isReady) log[spec.outputLevel ?? 'debug']({ process: name }, line);
    else {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
    }
  };
  const lineReady = new Promise<T>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const value = !isReady && spec.readyLine ? spec.readyLine(line) : undefined;
      if (value !== undefined) resolve(value);
      else onOutput(line);
    });
  });
  createInterface({ input: child.stderr }).on('line', onOutput);

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end();
      if (!guarded) child.kill('SIGTERM');
      const escalate = setTimeout(() => signalGroup(child, 'SIGKILL'), spec.stopGraceMs ?? 10_000);
      await exited;
      clearTimeout(escalate);
    })();
    return stopping;
  };

  const summary = (): string => (spec.summarise ?? lastLines)(tail);
  let timer: NodeJS.Timeout | undefined;
  try {
    const ready = await Promise.race([
      spec.readyLine ? lineReady : waitForProbe(spec.probe ?? (async () => undefined), spec.pollMs ?? 100, () => settled),
      new Promise<never>((_resolve, reject) => {
        child.once('error', (error) => reject(spec.explainSpawnError?.(error) ?? error));
        child.once('exit', (code, signal) => reject(new Error(`${name} exited during start-up (${describeExit(code, signal, guarded)}). Its output:\n${summary()}`)));
        timer = setTimeout(
          () => reject(new Error(`${name} did not become ready within ${Math.round(spec.startTimeoutMs / 1000)} s. Its last output:\n${summary()}`)),
          spec.startTimeoutMs,
        );
      }),
    ]);
    isReady = true;
    child.once('exit', (code, signal) => {
      if (stopping) return;
      const how = describeExit(code, signal, guarded);
      if (spec.onUnexpectedExit) spec.onUnexpectedExit(how);
      else log.error({ process: name }, `${name} exited unexpectedly (${how})`);
    });
    return { ready, pid: child.pid ?? 0, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    settled = true;
    clearTimeout(timer);
  }
}

/** Runs a short command (e.g. `java -version`) to its end; its exit code and stdout+stderr, or null when there is no such command. */
export function commandOutput(command: string, args: readonly string[]): Promise<{ code: number | null; output: string } | null> {
  return new Promise((resolve, reject) => {
    const probe = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
    };
    probe.stdout.on('data', collect);
    probe.stderr.on('data', collect);
    probe.once('error', (error) => (error instanceof Error && 'code' in error && error.code === 'ENOENT' ? resolve(null) : reject(error)));
    probe.once('close', (code) => resolve({ code, output }));
  });
}
