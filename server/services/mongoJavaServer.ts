// Runs mongo-java-server (ARCHITECTURE.md §3, "Portable MongoDB") as a child JVM: fetches its jars
// once with Maven, starts PraxisMongoServer.java on a free loopback port, and stops it cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { fetchWithMaven, OutputTail } from './mavenFetch.js';

export const MONGO_JAVA_SERVER_VERSION = '1.47.0';

export interface MongoJavaServer {
  uri: string;
  port: number;
  /** The JVM's process id (fault tests kill it). */
  pid: number;
  stop(): Promise<void>;
}

export interface StartMongoJavaServerOptions {
  /** H2 MVStore file for persistent data; null keeps everything in memory (tests). */
  dataFile: string | null;
  log: Logger;
  /** How long to wait for the JVM to report its port; the default allows for a slow first start. */
  startTimeoutMs?: number;
}

const REQUIRED_JARS = [
  `mongo-java-server-core-${MONGO_JAVA_SERVER_VERSION}.jar`,
  `mongo-java-server-h2-backend-${MONGO_JAVA_SERVER_VERSION}.jar`,
];
const JVM_FLAGS = ['-XX:+UseSerialGC', '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8'];
const STOP_GRACE_MS = 10_000;

interface MongoJavaFiles {
  root: string;
  pom: string;
  source: string;
  jarsDir: string;
}

let files: MongoJavaFiles | undefined;

/** The repository root is the nearest folder above this module that holds the pom (works from tsx and from a build). */
function locateFiles(): MongoJavaFiles {
  if (files) return files;
  const relativePom = path.join('server', 'services', 'mongo-java', 'pom.xml');
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, relativePom))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${relativePom} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  files = {
    root: dir,
    pom: path.join(dir, relativePom),
    source: path.join(dir, 'server', 'services', 'mongo-java', 'PraxisMongoServer.java'),
    jarsDir: path.join(dir, '.tools', 'mongo-java-server'),
  };
  return files;
}

async function hasRequiredJars(dir: string): Promise<boolean> {
  try {
    const present = new Set(await readdir(dir));
    return REQUIRED_JARS.every((jar) => present.has(jar));
  } catch {
    return false;
  }
}

function isMissingCommand(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** Makes sure the mongo-java-server jars are in `.tools/mongo-java-server`, fetching them with Maven the first time. */
export function ensureMongoJavaJars(log: Logger): Promise<string> {
  const { root, pom, jarsDir } = locateFiles();
  return fetchWithMaven({
    what: `mongo-java-server ${MONGO_JAVA_SERVER_VERSION} jars`,
    targetDir: jarsDir,
    cwd: root,
    mavenArgs: (staging) => ['-f', pom, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${staging}`],
    isComplete: hasRequiredJars,
    otherwise: 'or set MONGODB_URI to use an existing MongoDB',
    log,
  });
}

function hasExited(child: ChildProcess): boolean {
  return child.pid === undefined || child.exitCode !== null || child.signalCode !== null;
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${String(code)}`;
}

/** Terminates `child` on SIGTERM, escalating to SIGKILL after `graceMs`; resolves once it has exited. */
function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const escalate = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(escalate);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const JAVA_MISSING =
  '`java` was not found on PATH; mongo-java-server needs Java 17 or newer (Debian/Ubuntu: apt-get install openjdk-17-jre-headless).';

/** Checks for Java 17+ before anything is downloaded for it. */
async function assertJava17(): Promise<void> {
  const output = await new Promise<string>((resolve, reject) => {
    const java = spawn('java', ['-version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    java.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    java.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    java.once('error', (error) => reject(isMissingCommand(error) ? new Error(JAVA_MISSING) : error));
    java.once('close', () => resolve(text));
  });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : Number.NaN;
  if (!(major >= 17)) {
    throw new Error(`mongo-java-server needs Java 17 or newer; \`java -version\` says: ${output.trim().split('\n')[0] ?? '(nothing)'}`);
  }
}

/**
 * Starts mongo-java-server (H2 MVStore in `dataFile`, or in memory when null) on a free port of
 * 127.0.0.1, declaring MongoDB 6.0 / wire version 17. The JVM exits when this process does: it
 * watches its stdin pipe, and a process 'exit' handler sends it SIGTERM.
 */
export async function startMongoJavaServer(options: StartMongoJavaServerOptions): Promise<MongoJavaServer> {
  const { dataFile, log, startTimeoutMs = 60_000 } = options;
  const { root, source } = locateFiles();
  await assertJava17();
  const jarsDir = await ensureMongoJavaJars(log);

  let backend = 'memory';
  if (dataFile !== null) {
    const file = path.resolve(dataFile);
    await mkdir(path.dirname(file), { recursive: true });
    backend = `h2:${file}`;
  }

  const startedAt = Date.now();
  const child = spawn('java', [...JVM_FLAGS, '-cp', path.join(jarsDir, '*'), source, '127.0.0.1', '0', backend], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  const forgetOnExit = (): void => {
    process.off('exit', killOnExit);
  };
  process.on('exit', killOnExit);
  child.once('exit', forgetOnExit);

  const tail = new OutputTail();
  const stdout = createInterface({ input: child.stdout });
  const stderr = createInterface({ input: child.stderr });
  let listening = false;
  stderr.on('line', (line) => {
    tail.add(line);
    if (listening) log.warn({ engine: 'mongo-java-server' }, line);
  });

  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new Error(
            `mongo-java-server did not report LISTENING within ${Math.round(startTimeoutMs / 1000)} s ` +
              `(java ${source}). Last output:\n${tail.toString()}`,
          ),
        );
      }, startTimeoutMs);
      stdout.on('line', (line) => {
        const match = /^LISTENING 127\.0\.0\.1:(\d+)$/.exec(line);
        if (match && !listening) {
          listening = true;
          clearTimeout(timer);
          resolve(Number(match[1]));
        } else {
          tail.add(line);
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(isMissingCommand(error) ? new Error(JAVA_MISSING) : error);
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`mongo-java-server exited during start-up (${describeExit(code, signal)}). Output:\n${tail.toString()}`));
      });
    });
  } catch (error) {
    await stopChild(child, 0);
    forgetOnExit();
    throw error;
  }

  log.debug({ engine: 'mongo-java-server', port, ms: Date.now() - startedAt }, 'mongo-java-server is listening');

  let stopping: Promise<void> | undefined;
  child.once('exit', (code, signal) => {
    if (!stopping) log.error({ engine: 'mongo-java-server' }, `mongo-java-server exited unexpectedly (${describeExit(code, signal)})`);
  });

  return {
    uri: `mongodb://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? 0,
    stop(): Promise<void> {
      stopping ??= stopChild(child, STOP_GRACE_MS);
      return stopping;
    },
  };
}
