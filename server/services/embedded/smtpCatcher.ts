// Starts the embedded SMTP catcher (smtpCatcherProcess.ts beside it) as a child server on a
// loopback port and waits until it listens; the default mail server when SMTP_URL is unset, and the tests' one.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { ChildServerSpec } from './childServer.js';
import { startSupervisedServer } from './supervisedServer.js';

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
  // Its packages are devDependencies: say so here rather than through a child that dies at start-up.
  createRequire(import.meta.url).resolve('smtp-server');
  const specOn = (port: number): ChildServerSpec<number> => ({
    name: 'the SMTP catcher',
    command: process.execPath,
    args: [...catcherCommand(), '--dir', options.dir, '--port', String(port)],
    log: options.log,
    readyLine: (line) => {
      const match = /^listening (\d+)$/.exec(line);
      return match ? Number(match[1]) : undefined;
    },
    startTimeoutMs: 30_000,
  });
  const server = await startSupervisedServer(specOn(options.port ?? 0), specOn);
  const port = server.ready;
  options.log.debug({ port, dir: options.dir }, 'embedded SMTP catcher is up');
  return { url: `smtp://127.0.0.1:${port}`, port, dir: options.dir, stop: () => server.stop() };
}
