// Runs mongo-java-server (ARCHITECTURE.md §3, "Portable MongoDB") as a child JVM: fetches its jars
// once with Maven, starts PraxisMongoServer.java on a free loopback port, and stops it cleanly.
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { projectRoot } from '../../projectRoot.js';
import { commandOutput, type ChildServerSpec } from './childServer.js';
import { fetchWithMaven } from './mavenFetch.js';
import { startSupervisedServer } from './supervisedServer.js';

export const MONGO_JAVA_SERVER_VERSION = '1.47.0';

export interface MongoJavaServer {
  uri: string;
  port: number;
  /** The JVM's process id now (fault tests kill it; a restart changes it). */
  readonly pid: number;
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

interface MongoJavaFiles {
  root: string;
  pom: string;
  source: string;
  jarsDir: string;
}

let files: MongoJavaFiles | undefined;

function locateFiles(): MongoJavaFiles {
  if (files) return files;
  const root = projectRoot();
  const folder = path.join(root, 'server', 'services', 'embedded', 'mongo-java');
  files = { root, pom: path.join(folder, 'pom.xml'), source: path.join(folder, 'PraxisMongoServer.java'), jarsDir: path.join(root, '.tools', 'mongo-java-server') };
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

const JAVA_MISSING =
  '`java` was not found on PATH; mongo-java-server needs Java 17 or newer (Debian/Ubuntu: apt-get install openjdk-17-jre-headless).';

/** Checks for Java 17+ before anything is downloaded for it. */
async function assertJava17(): Promise<void> {
  const result = await commandOutput('java', ['-version']);
  if (result === null) throw new Error(JAVA_MISSING);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.output);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : Number.NaN;
  if (!(major >= 17)) {
    throw new Error(`mongo-java-server needs Java 17 or newer; \`java -version\` says: ${result.output.trim().split('\n')[0] ?? '(nothing)'}`);
  }
}

/**
 * Starts mongo-java-server (H2 MVStore in `dataFile`, or in memory when null) on a free port of
 * 127.0.0.1, declaring MongoDB 6.0 / wire version 17. The JVM exits when this process does: it
 * watches its stdin pipe (see childServer.ts). Should it die while we run, it is started again on the same file and
 * port (supervisedServer.ts).
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
  const specOn = (port: number): ChildServerSpec<number> => ({
    name: 'mongo-java-server',
    command: 'java',
    args: [...JVM_FLAGS, '-cp', path.join(jarsDir, '*'), source, '127.0.0.1', String(port), backend],
    cwd: root,
    log,
    exitsWithStdin: true,
    readyLine: (line) => {
      const match = /^LISTENING 127\.0\.0\.1:(\d+)$/.exec(line);
      return match ? Number(match[1]) : undefined;
    },
    startTimeoutMs,
    outputLevel: 'warn',
    explainSpawnError: (error) => ('code' in error && error.code === 'ENOENT' ? new Error(JAVA_MISSING) : error),
  });
  // A restart binds the port the first start chose, so the app's connection string stays valid.
  const server = await startSupervisedServer(specOn(0), specOn);
  const port = server.ready;
  log.debug({ engine: 'mongo-java-server', port, ms: Date.now() - startedAt }, 'mongo-java-server is listening');
  return {
    uri: `mongodb://127.0.0.1:${port}`,
    port,
    get pid() {
      return server.pid;
    },
    stop: () => server.stop(),
  };
}
