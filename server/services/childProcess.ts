// Spawns a server binary tied to this process: a tiny shell guard kills it when our stdin pipe closes,
// so even a killed Node parent leaves no orphan behind; stop() ends it and waits for the exit.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from 'pino';

export interface GuardedProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** sh -c script: runs "$0" "$@" and kills it when stdin reaches EOF (our end closed, or we died) or on TERM/INT. */
export const guardScript = '"$0" "$@" & child=$!; trap \'kill $child 2>/dev/null\' TERM INT; cat >/dev/null; kill $child 2>/dev/null; wait $child';

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGTERM');
  });
}

export function spawnGuarded(command: string, args: string[], log: Logger, name: string): GuardedProcess {
  installExitHook();
  const child = spawn('sh', ['-c', guardScript, command, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    });
  });
  child.stderr?.on('data', (chunk: Buffer) => log.debug({ process: name }, chunk.toString().trimEnd()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.stdin?.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { child, exited, stop };
}
