// Where a running Praxis publishes the servers it uses (DATA_DIR/running.json, readable by its owner only), so an
// operator command started beside it (create-admin, seed, reindex…) talks to those servers instead of starting a
// second embedded database on the same, locked files. A file left by a process that died is ignored.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const endpointsSchema = z.object({
  pid: z.number().int().positive(),
  mongo: z.object({ uri: z.string(), source: z.string() }),
  search: z.object({ host: z.string(), apiKey: z.string(), source: z.string() }),
  mail: z.object({ smtpUrl: z.string(), catcherDir: z.string().nullable(), source: z.string() }),
});

export type RunningEndpoints = z.infer<typeof endpointsSchema>;

const PROBE_TIMEOUT_MS = 2_000;
const fileIn = (dataDir: string): string => path.resolve(dataDir, 'running.json');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Whether something accepts connections at the host and port of a mongodb:// URI. */
function answers(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 27017), timeout: PROBE_TIMEOUT_MS });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

export function publishRunning(dataDir: string, endpoints: Omit<RunningEndpoints, 'pid'>): () => void {
  const file = fileIn(dataDir);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify({ pid: process.pid, ...endpoints }, null, 2), { mode: 0o600 });
  return () => {
    if (findPublished(dataDir)?.pid === process.pid) rmSync(file, { force: true });
  };
}

function findPublished(dataDir: string): RunningEndpoints | null {
  try {
    const parsed = endpointsSchema.safeParse(JSON.parse(readFileSync(fileIn(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The servers of the Praxis running on this data folder, or null when none is (a stale file is ignored). */
export async function findRunning(dataDir: string): Promise<RunningEndpoints | null> {
  const published = findPublished(dataDir);
  if (!published || published.pid === process.pid || !isAlive(published.pid)) return null;
  return (await answers(published.mongo.uri)) ? published : null;
}
