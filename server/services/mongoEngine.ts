// Chooses and starts the MongoDB-protocol server (ARCHITECTURE.md §3, §9): MONGODB_URI, else a local
// or downloaded mongod, else the embedded mongo-java-server; says which one it is and how to stop it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import mongoose from 'mongoose';
import type { Logger } from 'pino';
import { guardScript } from './childProcess.js';
import { findFreePort } from './freePort.js';
import { MONGO_JAVA_SERVER_VERSION, startMongoJavaServer } from './mongoJavaServer.js';

export type MongoEngineChoice = 'auto' | 'mongodb' | 'java';

export interface StartMongoEngineOptions {
  engine: MongoEngineChoice;
  /** An existing MongoDB (MONGODB_URI); when given, nothing is spawned. */
  mongodbUri?: string | undefined;
  /** A mongod binary (MONGOD_BIN) to run instead of looking on PATH. */
  mongodBin?: string | undefined;
  /** Where a spawned server keeps its data (`mongodb/` or `mongo.mv`); null = a throw-away store (tests). */
  dataDir: string | null;
  log: Logger;
}

export interface MongoEngine {
  engine: 'mongodb' | 'java';
  /** For people: which server this is and where its data lives, e.g. "MongoDB 7.0.14 at MONGODB_URI". */
  source: string;
  uri: string;
  stop(): Promise<void>;
}

const MEMORY_SERVER_DOWNLOAD_TIMEOUT_MS = 8_000;
const URI_PROBE_TIMEOUT_MS = 10_000;
const MONGOD_START_TIMEOUT_MS = 60_000;
const MONGOD_STOP_GRACE_MS = 15_000;
const MONGOD_DATA_FOLDER = 'mongodb';
const MEMORY_SERVER_ORIGIN = 'binary from mongodb-memory-server';
const JAVA_DATA_FILE = 'mongo.mv';

interface MongodBinary {
  bin: string;
  version: string;
  /** How it was found, for the source description. */
  origin: string;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isMissingCommand(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function shown(location: string): string {
  const relative = path.relative(process.cwd(), location);
  return relative !== '' && !relative.startsWith('..') ? relative : location;
}

async function isNonEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}


/** Connects to an existing MongoDB once to fail early with a clear message and to learn its version. */
async function probeMongoUri(uri: string): Promise<string> {
  const client = new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: URI_PROBE_TIMEOUT_MS });
  try {
    await client.connect();
    const info = await client.db('admin').command({ buildInfo: 1 });
    return typeof info.version === 'string' ? info.version : 'of unknown version';
  } finally {
    await client.close();
  }
}

/** Runs `<bin> --version`; null when there is no such command. */
async function probeMongodVersion(bin: string): Promise<string | null> {
  return new Promise<string | null>((resolve, reject) => {
    const child = spawn(bin, ['--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', (error) => (isMissingCommand(error) ? resolve(null) : reject(error)));
    child.once('close', (code) => {
      const version = /db version v?(\d+\.\d+\.\d+)/.exec(output)?.[1];
      if (code === 0 && version) resolve(version);
      else reject(new Error(`\`${bin} --version\` failed (exit code ${String(code)}): ${output.trim().slice(0, 500)}`));
    });
  });
}

/**
 * Asks mongodb-memory-server for a mongod binary: its cache, else a download from fastdl.mongodb.org
 * (offline that fails at once with ENOTFOUND). With a fallback to go to, the download is cut off after
 * a few seconds; one still running then carries on in the background and is cached for the next start.
 */
async function mongodFromMemoryServer(log: Logger, cutOff: boolean): Promise<MongodBinary> {
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
  return { bin, version, origin: MEMORY_SERVER_ORIGIN };
}

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

function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const escalate = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(escalate);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Runs mongod on a free loopback port with its data in `<dataDir>/mongodb`, or in a temporary folder. */
async function spawnMongod(binary: MongodBinary, dataDir: string | null, log: Logger): Promise<MongoEngine> {
  const dbPath = dataDir === null ? await mkdtemp(path.join(os.tmpdir(), 'praxis-mongod-')) : path.resolve(dataDir, MONGOD_DATA_FOLDER);
  await mkdir(dbPath, { recursive: true });
  const port = await findFreePort();
  const args = [
    '--dbpath',
    dbPath,
    '--bind_ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--wiredTigerCacheSizeGB',
    '0.25',
    '--setParameter',
    'diagnosticDataCollectionEnabled=false',
  ];
  // The shell guard ends mongod when our stdin pipe closes, so even a killed Node leaves no orphan.
  const child = spawn('sh', ['-c', guardScript, binary.bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  const forgetOnExit = (): void => {
    process.off('exit', killOnExit);
  };
  process.on('exit', killOnExit);
  child.once('exit', forgetOnExit);

  const recent: string[] = [];
  const remember = (line: string): void => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
  };
  createInterface({ input: child.stderr }).on('line', remember);
  const removeTemporaryData = async (): Promise<void> => {
    if (dataDir === null) await rm(dbPath, { recursive: true, force: true });
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`mongod did not start accepting connections within ${MONGOD_START_TIMEOUT_MS / 1000} s:\n${mongodLogSummary(recent)}`));
      }, MONGOD_START_TIMEOUT_MS);
      createInterface({ input: child.stdout }).on('line', (line) => {
        remember(line);
        if (line.includes('Waiting for connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        const how = signal ? `signal ${signal}` : `exit code ${String(code)}`;
        reject(new Error(`mongod (${binary.bin}) exited during start-up (${how}) with data in ${dbPath}:\n${mongodLogSummary(recent)}`));
      });
    });
  } catch (error) {
    await stopChild(child, MONGOD_STOP_GRACE_MS);
    forgetOnExit();
    await removeTemporaryData();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  child.once('exit', (code, signal) => {
    if (!stopping) log.error({ engine: 'mongodb' }, `mongod exited unexpectedly (${signal ? `signal ${signal}` : `exit code ${String(code)}`})`);
  });
  const where = dataDir === null ? 'temporary data' : `data in ${shown(dbPath)}`;
  return {
    engine: 'mongodb',
    source: `MongoDB ${binary.version} (${binary.origin}, ${where})`,
    uri: `mongodb://127.0.0.1:${port}`,
    stop(): Promise<void> {
      stopping ??= stopChild(child, MONGOD_STOP_GRACE_MS).then(removeTemporaryData);
      return stopping;
    },
  };
}

async function useExistingMongo(uri: string, log: Logger): Promise<MongoEngine> {
  let version: string;
  try {
    version = await probeMongoUri(uri);
  } catch (error) {
    throw new Error(`MONGODB_URI is set, but no MongoDB answered there within ${URI_PROBE_TIMEOUT_MS / 1000} s: ${messageOf(error)}`, {
      cause: error,
    });
  }
  const major = Number(version.split('.')[0]);
  if (Number.isFinite(major) && major < 7) log.warn(`MONGODB_URI points at MongoDB ${version}; Praxis is built for MongoDB 7.0 or newer`);
  return { engine: 'mongodb', source: `MongoDB ${version} at MONGODB_URI`, uri, stop: () => Promise.resolve() };
}

async function startJava(dataDir: string | null, log: Logger): Promise<MongoEngine> {
  const dataFile = dataDir === null ? null : path.resolve(dataDir, JAVA_DATA_FILE);
  const server = await startMongoJavaServer({ dataFile, log });
  const where = dataFile === null ? 'in memory' : `H2 file ${shown(dataFile)}`;
  return {
    engine: 'java',
    source: `mongo-java-server ${MONGO_JAVA_SERVER_VERSION} (${where})`,
    uri: server.uri,
    stop: () => server.stop(),
  };
}

/** Finds a mongod: the one named in options (which must work), on PATH, or through mongodb-memory-server. */
async function findMongod(options: StartMongoEngineOptions, canFallBack: boolean, failures: string[]): Promise<MongodBinary | null> {
  if (options.mongodBin !== undefined) {
    const version = await probeMongodVersion(options.mongodBin);
    if (version === null) throw new Error(`MONGOD_BIN is ${options.mongodBin}, which does not exist`);
    return { bin: options.mongodBin, version, origin: options.mongodBin };
  }
  try {
    const version = await probeMongodVersion('mongod');
    if (version !== null) return { bin: 'mongod', version, origin: 'mongod on PATH' };
    failures.push('no `mongod` on PATH');
  } catch (error) {
    failures.push(`\`mongod\` on PATH does not run: ${messageOf(error)}`);
  }
  try {
    return await mongodFromMemoryServer(options.log, canFallBack);
  } catch (error) {
    failures.push(`mongodb-memory-server found no binary: ${messageOf(error).replace(/\s*\n\s*/g, ' ')}`);
  }
  return null;
}

const HOW_TO_GET_MONGODB =
  'Set MONGODB_URI to a MongoDB 7.0+ (e.g. mongodb://127.0.0.1:27017), ' +
  'or put MongoDB 7.0+ `mongod` on PATH (or set MONGOD_BIN to it), ' +
  'or let mongodb-memory-server download one (needs https://fastdl.mongodb.org).';
const HOW_TO_GET_JAVA =
  'Or install Java 17+ and Maven (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven) for the embedded mongo-java-server.';

/**
 * Starts the MongoDB-protocol server Praxis talks to. `auto`: MONGODB_URI → mongod (mongodBin or
 * PATH) → mongod downloaded by mongodb-memory-server → mongo-java-server. With a dataDir that already
 * holds one engine's data, auto keeps to that engine so data never seems to vanish between runs.
 * `mongodb` and `java` force one family and fail rather than fall back.
 */
export async function startMongoEngine(options: StartMongoEngineOptions): Promise<MongoEngine> {
  const { engine, mongodbUri, dataDir, log } = options;

  if (mongodbUri !== undefined && mongodbUri !== '') {
    if (engine === 'java') throw new Error('MONGODB_URI is set and PRAXIS_DB_ENGINE is java; unset one of the two');
    return useExistingMongo(mongodbUri, log);
  }

  const mongodData = dataDir === null ? null : path.resolve(dataDir, MONGOD_DATA_FOLDER);
  const javaData = dataDir === null ? null : path.resolve(dataDir, JAVA_DATA_FILE);
  const hasMongodData = mongodData !== null && (await isNonEmptyDir(mongodData));
  const hasJavaData = javaData !== null && existsSync(javaData);

  if (engine === 'java') {
    if (hasMongodData && !hasJavaData && mongodData !== null) {
      log.warn(`${shown(mongodData)} holds MongoDB data that mongo-java-server cannot read; starting with a separate, empty store`);
    }
    return startJava(dataDir, log);
  }
  if (engine === 'auto' && hasJavaData && !hasMongodData && javaData !== null) {
    log.debug(`using mongo-java-server because ${shown(javaData)} holds the existing data`);
    return startJava(dataDir, log);
  }
  if (engine === 'mongodb' && hasJavaData && !hasMongodData && javaData !== null) {
    log.warn(`${shown(javaData)} holds mongo-java-server data that MongoDB cannot read; starting with a separate, empty store`);
  }

  const failures: string[] = [];
  const mongod = await findMongod(options, engine === 'auto' && !hasMongodData, failures);
  if (mongod !== null) return spawnMongod(mongod, dataDir, log);

  if (engine === 'mongodb') {
    throw new Error(`PRAXIS_DB_ENGINE=mongodb, but no MongoDB could be found (${failures.join('; ')}). ${HOW_TO_GET_MONGODB}`);
  }
  if (hasMongodData && mongodData !== null) {
    throw new Error(
      `${shown(mongodData)} holds MongoDB data but no mongod could be found (${failures.join('; ')}). ` +
        'Put `mongod` on PATH again (or set MONGOD_BIN), or set PRAXIS_DB_ENGINE=java to start a separate, empty store.',
    );
  }

  log.debug(`no MongoDB available (${failures.join('; ')}); starting the embedded mongo-java-server`);
  try {
    return await startJava(dataDir, log);
  } catch (error) {
    throw new Error(
      `No MongoDB-protocol server could be started. ${HOW_TO_GET_MONGODB} ${HOW_TO_GET_JAVA}\n` +
        `(${failures.join('; ')}; mongo-java-server: ${messageOf(error)})`,
      { cause: error },
    );
  }
}
