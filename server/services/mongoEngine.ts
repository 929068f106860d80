// Chooses the MongoDB-protocol server (ARCHITECTURE.md §3, §9): MONGODB_URI, else the embedded default
// (services/embedded/localMongo.ts, loaded only then); says which one it is and how to stop it.
import mongoose from 'mongoose';
import type { Logger } from 'pino';
import { startEmbedded } from './embeddedDefault.js';

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

const URI_PROBE_TIMEOUT_MS = 10_000;

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

async function useExistingMongo(uri: string, log: Logger): Promise<MongoEngine> {
  let version: string;
  try {
    version = await probeMongoUri(uri);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`MONGODB_URI is set, but no MongoDB answered there within ${URI_PROBE_TIMEOUT_MS / 1000} s: ${reason}`, { cause: error });
  }
  const major = Number(version.split('.')[0]);
  if (Number.isFinite(major) && major < 7) log.warn(`MONGODB_URI points at MongoDB ${version}; Praxis is built for MongoDB 7.0 or newer`);
  return { engine: 'mongodb', source: `MongoDB ${version} at MONGODB_URI`, uri, stop: () => Promise.resolve() };
}

/** Starts the MongoDB-protocol server Praxis talks to: the one at MONGODB_URI, else the embedded default. */
export async function startMongoEngine(options: StartMongoEngineOptions): Promise<MongoEngine> {
  if (options.mongodbUri !== undefined && options.mongodbUri !== '') {
    if (options.engine === 'java') throw new Error('MONGODB_URI is set and PRAXIS_DB_ENGINE is java; unset one of the two');
    return useExistingMongo(options.mongodbUri, options.log);
  }
  return startEmbedded('MongoDB-protocol server', 'MONGODB_URI', async () => (await import('./embedded/localMongo.js')).startLocalMongo(options));
}
