// Opens the mongoose connection for one database name on a running MongoDB-protocol server.
import mongoose, { type Connection } from 'mongoose';

export async function connectMongo(uri: string, dbName: string): Promise<Connection> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    serverSelectionTimeoutMS: 10_000,
    autoIndex: false,
    maxPoolSize: 20,
    monitorCommands: true,
  });
  await connection.asPromise();
  return connection;
}
