// Runs Praxis as a real process on the embedded default (its own data folder, free port) for process-level tests:
// the compiled production entry `node dist/server/main.js` (built first when stale) or the newcomer's `npm start`;
// resolves once /healthz answers.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { findFreePort } from '../../server/services/embedded/freePort.js';

export interface MainProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  /** The log lines it has written to stdout so far (its JSON log). */
  logLines(): readonly string[];
}

export interface MainOptions {
  /** LOG_LEVEL of the process (default TEST_MAIN_LOG_LEVEL, else warn). */
  readonly logLevel?: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const START_TIMEOUT_MS = 120_000;
let built: Promise<unknown> | undefined;

/** `npm run build` when the compiled output is missing or older than the sources (scripts/ensureBuilt.mjs). */
export function ensureBuilt(): Promise<unknown> {
  built ??= promisify(execFile)(process.execPath, ['scripts/ensureBuilt.mjs'], { cwd: root });
  return built;
}

/** The environment of a Praxis process on the embedded default with its data in `dataDir`. */
export function embeddedEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_ON_EMPTY: 'false',
    LOG_LEVEL: process.env.TEST_MAIN_LOG_LEVEL ?? 'warn',
    PRAXIS_DB_ENGINE: 'java',
    MONGODB_URI: '',
    MEILI_HOST: '',
    MEILI_MASTER_KEY: '',
    UPLOAD_DIR: path.join(dataDir, 'uploads'),
    PASSWORD_SCRYPT_LOG_N: '11',
    RATE_LIMIT_AUTH_PER_15MIN: '1000',
    RATE_LIMIT_WRITE_PER_MIN: '10000',
  };
}

export async function startMain(dataDir: string, how: 'node' | 'npm start' = 'node', options: MainOptions = {}): Promise<MainProcess> {
  await ensureBuilt();
  const port = await findFreePort();
  const [command, args] = how === 'npm start' ? ['npm', ['start', '--silent']] : [process.execPath, ['dist/server/main.js']];
  const env = { ...embeddedEnv(dataDir, port), ...(options.logLevel ? { LOG_LEVEL: options.logLevel } : {}) };
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines: string[] = [];
  if (child.stdout) createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
  if (process.env.TEST_MAIN_LOG_LEVEL) child.stdout?.pipe(process.stdout);
  const logLines = (): readonly string[] => lines;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${how} exited early: ${stderr}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url, exited, logLines };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${how} did not come up: ${stderr}`);
}

/** Registers mocha hooks that give the suite a fresh data folder and remove it afterwards; returns its getter. */
export function temporaryDataDir(prefix: string): () => string {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), `praxis-${prefix}-`));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}
