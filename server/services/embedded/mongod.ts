// Finds a mongod (MONGOD_BIN, PATH, or mongodb-memory-server's cache/download) and runs it on a free loopback port
// with its data in `<dataDir>/mongodb`, or in a temporary folder.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { commandOutput } from './childServer.js';
import { startSupervisedServer } from './supervisedServer.js';
import { findFreePort } from './freePort.js';

export interface MongodBinary {
  bin: string;
  version: string;
  /** How it was found, for the source description. */
  origin: string;
}

export interface RunningMongod {
  uri: string;
  stop(): Promise<void>;
}

export const MONGOD_DATA_FOLDER = 'mongodb';
const MEMORY_SERVER_DOWNLOAD_TIMEOUT_MS = 8_000;
const MONGOD_START_TIMEOUT_MS = 60_000;
const MONGOD_STOP_GRACE_MS = 15_000;

/** Runs `<bin> --version`; null when there is no such command. */
export async function probeMongodVersion(bin: string): Promise<string | null> {
  const result = await commandOutput(bin, ['--version']);
  if (result === null) return null;
  const version = /db version v?(\d+\.\d+\.\d+)/.exec(result.output)?.[1];
  if (result.code === 0 && version) return version;
  throw new Error(`\`${bin} --version\` failed (exit code ${String(result.code)}): ${result.output.trim().slice(0, 500)}`);
}

/**
 * Asks mongodb-memory-server (a devDependency) for a mongod binary: its cache, else a download from
 * fastdl.mongodb.org (offline that fails at once with ENOTFOUND). With a fallback to go to, the download is cut off
 * after a few seconds; one still running then carries on in the background and is cached for the next start.
 */
export async function mongodFromMemoryServer(log: Logger, cutOff: boolean): Promise<MongodBinary> {
  const { MongoBinary } = await import('mongodb-memory-server');
  const { ResolveConfigVariables, setDefaultValue } = await import('mongodb-memory-server-core/lib/util/resolveConfig.js');
  setDefaultValue(ResolveConfigVariables.MAX_RETRIES, '1');

  const limit = cutOff ? `up to ${MEMORY_SERVER_DOWNLOAD_TIMEOUT_MS / 1000} s` : 'no time limit';
  log.debug(`looking for a MongoDB binary through mongodb-memory-server (cache, else download; ${limit})…`);
  const lookup = MongoBinary.getPath();
  let bin: string;
  if (cutOff) {
    lookup.catch((error: unknown) => log.debug({ err: error }, 'mongodb-memory-server binary lookup failed'));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no binary within ${MEMORY_SERVER_DOWNLOAD_TIMEOUT_MS / 1000} s (a download may finish in the background)`)),
        MEMORY_SERVER_DOWNLOAD_TIMEOUT_MS,
      );
    });
    try {
      bin = await Promise.race([lookup, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } else {
    bin = await lookup;
  }
  const version = (await probeMongodVersion(bin)) ?? 'of unknown version';
  return { bin, version, origin: 'binary from mongodb-memory-server' };
}

/** mongod logs JSON lines: the errors and fatal ones say what went wrong, else the last few lines do. */
function mongodLogSummary(lines: readonly string[]): string {
  const problems: string[] = [];
  for (const line of lines) {
    try {
      const entry: unknown = JSON.parse(line);
      if (typeof entry === 'object' && entry !== null && 's' in entry && (entry.s === 'E' || entry.s === 'F')) {
        const msg = 'msg' in entry ? String(entry.msg) : '';
        const attr = 'attr' in entry ? JSON.stringify(entry.attr) : '';
        problems.push(`${msg} ${attr}`.trim());
      }
    } catch {
      problems.push(line);
    }
  }
  const shownLines = problems.length > 0 ? problems : lines.slice(-5);
  return shownLines.length > 0 ? shownLines.map((line) => `  ${line}`).join('\n') : '  (no output)';
}

export async function runMongod(binary: MongodBinary, dataDir: string | null, log: Logger): Promise<RunningMongod> {
  const dbPath = dataDir === null ? await mkdtemp(path.join(os.tmpdir(), 'praxis-mongod-')) : path.resolve(dataDir, MONGOD_DATA_FOLDER);
  await mkdir(dbPath, { recursive: true });
  const removeTemporaryData = async (): Promise<void> => {
    if (dataDir === null) await rm(dbPath, { recursive: true, force: true });
  };
  const port = await findFreePort();
  const args = ['--dbpath', dbPath, '--bind_ip', '127.0.0.1', '--port', String(port), '--wiredTigerCacheSizeGB', '0.25', '--setParameter', 'diagnosticDataCollectionEnabled=false'];
  try {
    const server = await startSupervisedServer({
      name: `mongod (${binary.bin}, data in ${dbPath})`,
      command: binary.bin,
      args,
      log,
      readyLine: (line) => (line.includes('Waiting for connections') ? true : undefined),
      startTimeoutMs: MONGOD_START_TIMEOUT_MS,
      stopGraceMs: MONGOD_STOP_GRACE_MS,
      summarise: mongodLogSummary,
    });
    return { uri: `mongodb://127.0.0.1:${port}`, stop: () => server.stop().then(removeTemporaryData) };
  } catch (error) {
    await removeTemporaryData();
    throw error;
  }
}
