// Starts the embedded SMTP catcher (server/services/smtpCatcherProcess.ts) as a guarded child process on a
// loopback port and waits until it listens; the default mail server when SMTP_URL is unset, and the tests' one.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { spawnGuarded } from './childProcess.js';

export interface SmtpCatcher {
  readonly url: string;
  readonly port: number;
  /** Where each received message is stored as a JSON file. */
  readonly dir: string;
  stop(): Promise<void>;
}

function catcherCommand(): string[] {
  const here = fileURLToPath(import.meta.url);
  const extension = path.extname(here);
  const script = path.join(path.dirname(here), `smtpCatcherProcess${extension}`);
  return extension === '.ts' ? ['--import', 'tsx', script] : [script];
}

export async function startSmtpCatcher(options: { dir: string; log: Logger; port?: number }): Promise<SmtpCatcher> {
  const guarded = spawnGuarded(process.execPath, [...catcherCommand(), '--dir', options.dir, '--port', String(options.port ?? 0)], options.log, 'smtp-catcher');
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('the SMTP catcher did not start within 30 s')), 30_000);
    guarded.child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void guarded.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the SMTP catcher exited during start-up (code ${code}; LOG_LEVEL=debug shows its output)`));
    });
  }).catch(async (error: unknown) => {
    await guarded.stop();
    throw error;
  });
  options.log.debug({ port, dir: options.dir }, 'embedded SMTP catcher is up');
  return { url: `smtp://127.0.0.1:${port}`, port, dir: options.dir, stop: () => guarded.stop() };
}
