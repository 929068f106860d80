// Opens the mongoose connection for one database name on a running MongoDB-protocol server, set up to fail fast when
// the server goes away (no buffering, short selection and connect timeouts, frequent heartbeats), and says which
// driver errors mean "the database is unreachable".
import mongoose, { type Connection } from 'mongoose';

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

export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (UNREACHABLE_ERRORS.has(current.name)) return true;
  }
  return false;
}
