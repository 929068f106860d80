// The embedded MongoDB-protocol server, for when MONGODB_URI is unset (ARCHITECTURE.md §3, §9): a local or downloaded
// mongod, else mongo-java-server; keeps to the engine whose data is already in the data folder.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { MongoEngine, StartMongoEngineOptions } from '../mongoEngine.js';
import { MONGOD_DATA_FOLDER, mongodFromMemoryServer, probeMongodVersion, runMongod, type MongodBinary } from './mongod.js';
import { MONGO_JAVA_SERVER_VERSION, startMongoJavaServer } from './mongoJavaServer.js';

const JAVA_DATA_FILE = 'mongo.mv';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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

/** A data folder that another server holds (H2's file lock, mongod's DBPathInUse) gets a message that says what to do. */
function explainLocked(error: unknown, where: string): unknown {
  if (!/file is locked|DBPathInUse|Unable to lock/i.test(messageOf(error))) return error;
  return new Error(
    `${where} is in use by another process: is Praxis already running on this data folder? An operator command ` +
      '(create-admin, seed…) uses the running app’s servers once it has started; otherwise stop the other process first.',
    { cause: error },
  );
}

async function startJava(dataDir: string | null, log: Logger): Promise<MongoEngine> {
  const dataFile = dataDir === null ? null : path.resolve(dataDir, JAVA_DATA_FILE);
  const server = await startMongoJavaServer({ dataFile, log }).catch((error: unknown) => {
    throw explainLocked(error, dataFile === null ? 'the store' : shown(dataFile));
  });
  const where = dataFile === null ? 'in memory' : `H2 file ${shown(dataFile)}`;
  return { engine: 'java', source: `mongo-java-server ${MONGO_JAVA_SERVER_VERSION} (${where})`, uri: server.uri, stop: () => server.stop() };
}

async function startMongod(binary: MongodBinary, dataDir: string | null, log: Logger): Promise<MongoEngine> {
  const mongod = await runMongod(binary, dataDir, log).catch((error: unknown) => {
    throw explainLocked(error, dataDir === null ? 'the store' : shown(path.resolve(dataDir, MONGOD_DATA_FOLDER)));
  });
  const where = dataDir === null ? 'temporary data' : `data in ${shown(path.resolve(dataDir, MONGOD_DATA_FOLDER))}`;
  return { engine: 'mongodb', source: `MongoDB ${binary.version} (${binary.origin}, ${where})`, uri: mongod.uri, stop: mongod.stop };
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
 * `auto`: mongod (mongodBin or PATH) → mongod downloaded by mongodb-memory-server → mongo-java-server. With a dataDir
 * that already holds one engine's data, auto keeps to that engine so data never seems to vanish between runs.
 * `mongodb` and `java` force one family and fail rather than fall back.
 */
export async function startLocalMongo(options: StartMongoEngineOptions): Promise<MongoEngine> {
  const { engine, dataDir, log } = options;
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
  if (mongod !== null) return startMongod(mongod, dataDir, log);

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
