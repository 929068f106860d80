// Opens the mongoose connection for one database name on a running MongoDB-protocol server, set up to fail fast when
// the server goes away (no buffering, short selection and connect timeouts, frequent heartbeats), and says which
// driver errors mean "the database is unreachable"; the app logs one line when it becomes unreachable and one when back.
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';

export interface MongoTimeouts {
  readonly serverSelectionTimeoutMs: number;
  readonly connectTimeoutMs: number;
}

const HEARTBEAT_MS = 1_000;
const UNREACHABLE_ERRORS = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoPoolClearedError',
  'MongoTopologyClosedError',
  'MongoNotConnectedError',
  'MongoOperationTimeoutError',
]);

export async function connectMongo(uri: string, dbName: string, timeouts: MongoTimeouts): Promise<Connection> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    serverSelectionTimeoutMS: timeouts.serverSelectionTimeoutMs,
    connectTimeoutMS: timeouts.connectTimeoutMs,
    heartbeatFrequencyMS: HEARTBEAT_MS,
    bufferCommands: false,
    autoIndex: false,
    maxPoolSize: 20,
    monitorCommands: true,
  });
  await connection.asPromise();
  return connection;
}

/** Whether the connection currently believes its server is reachable (it follows the driver's heartbeats). */
export function isConnected(connection: Connection): boolean {
  return connection.readyState === mongoose.ConnectionStates.connected;
}

/** The error an error wraps: its cause, or for a bulk write (insertMany) the driver error it reports in errorResponse. */
const wrapped = (error: Error): unknown => error.cause ?? (error as { errorResponse?: unknown }).errorResponse;

export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = wrapped(current)) {
    if (UNREACHABLE_ERRORS.has(current.name)) return true;
  }
  return false;
}

/** Logs one line when the database becomes unreachable and one when it answers again (instead of one per failure). */
export function logReachability(connection: Connection, log: Logger): void {
  let downSince: number | null = null;
  connection.on('disconnected', () => {
    if (downSince !== null) return;
    downSince = Date.now();
    log.warn('the database cannot be reached; requests are answered 503 database_unavailable until it is back');
  });
  connection.on('connected', () => {
    if (downSince === null) return;
    log.info({ downMs: Date.now() - downSince }, `the database is reachable again (down ${((Date.now() - downSince) / 1000).toFixed(1)} s)`);
    downSince = null;
  });
}
