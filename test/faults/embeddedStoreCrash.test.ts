// Fault test: the app writes through its own mongo-java-server (H2 file), the JVM is killed outright mid-stream, and
// once its supervisor has started it again on the same file and port, every write the app had answered 201 for is there.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { createLogger } from '../../server/logger.js';
import { startMongoJavaServer, type MongoJavaServer } from '../../server/services/embedded/mongoJavaServer.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { clientWithRoles } from '../support/users.js';

const WRITERS = 4;
const KILL_AFTER_ACKNOWLEDGED = 60;

describe('embedded store when its JVM is killed (SIGKILL)', function () {
  this.timeout(120_000);
  const log = createLogger('silent');
  let dir: string;
  let app: TestApp | undefined;
  const servers: MongoJavaServer[] = [];

  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-crash-'));
  });
  after(async () => {
    await app?.close();
    await Promise.allSettled(servers.map((server) => server.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every write that was acknowledged before the crash', async () => {
    const dataFile = path.join(dir, 'mongo.mv');
    const first = await startMongoJavaServer({ dataFile, log });
    servers.push(first);
    app = await startTestApp({}, { mongoUri: first.uri });
    const { client } = await clientWithRoles(app, ['organiser']);

    const acknowledged: string[] = [];
    let killed = false;
    const write = async (writer: number): Promise<void> => {
      for (let n = 0; !killed; n += 1) {
        const response = await client.post('/api/communities', { name: `Crash ${writer}-${n}`, language: 'en', visibility: 'public', joinPolicy: 'open' });
        if (response.status !== 201) continue;
        acknowledged.push(String(response.body.data.id));
        if (acknowledged.length >= KILL_AFTER_ACKNOWLEDGED && !killed) {
          killed = true;
          process.kill(first.pid, 'SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, writer) => write(writer)));

    const connection = await mongoose.createConnection(first.uri, { dbName: app.ctx.config.mongo.dbName, serverSelectionTimeoutMS: 60_000 }).asPromise();
    try {
      const ids = acknowledged.map((id) => new mongoose.Types.ObjectId(id));
      const stored = await connection.collection('communities').find({ _id: { $in: ids } }, { projection: { _id: 1 } }).toArray();
      const storedIds = new Set(stored.map((doc) => String(doc._id)));
      assert.deepEqual(acknowledged.filter((id) => !storedIds.has(id)), [], `lost acknowledged writes (of ${acknowledged.length})`);
    } finally {
      await connection.close();
    }
  });
});
