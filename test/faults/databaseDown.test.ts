// Fault test: the database process of this app is frozen (SIGSTOP) and later resumed (SIGCONT). While it is frozen
// the API answers 503 database_unavailable, pages say so in the reader's language, /readyz is 503 and /healthz 200;
// after it resumes everything serves again by itself.
import { strict as assert } from 'node:assert';
import { createLogger } from '../../server/logger.js';
import { startMongoJavaServer, type MongoJavaServer } from '../../server/services/embedded/mongoJavaServer.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

describe('the database becomes unreachable and comes back', function () {
  this.timeout(120_000);
  let server: MongoJavaServer;
  let app: TestApp;
  let frozen = false;

  before(async () => {
    server = await startMongoJavaServer({ dataFile: null, log: createLogger('silent') });
    app = await startTestApp({ MONGODB_SERVER_SELECTION_TIMEOUT_MS: '1000', MONGODB_CONNECT_TIMEOUT_MS: '1000' }, { mongoUri: server.uri });
  });
  after(async () => {
    if (frozen) process.kill(server.pid, 'SIGCONT');
    await app.close();
    await server.stop();
  });

  it('answers 503 database_unavailable (JSON and page) while it is down, and recovers without a restart', async () => {
    const client = app.client();
    await eventually(async () => (await client.get('/readyz')).status === 200, 'ready before the database is frozen');
    await client.get('/api/communities').expect(200);

    process.kill(server.pid, 'SIGSTOP');
    frozen = true;
    const api = await client.get('/api/practices');
    assert.equal(api.status, 503);
    assert.equal(api.body.error.code, 'database_unavailable');
    assert.match(api.body.error.message, /database/);

    const page = await client.get('/practices').set('Accept', 'text/html').set('Accept-Language', 'sl');
    assert.equal(page.status, 503);
    assert.match(page.text, /Podatkovna zbirka trenutno ni dosegljiva/);
    const ready = await client.get('/readyz').expect(503);
    assert.equal(ready.body.checks.mongodb, 'unreachable');
    await client.get('/healthz').expect(200);

    process.kill(server.pid, 'SIGCONT');
    frozen = false;
    await eventually(async () => (await client.get('/readyz')).status === 200, 'ready again after the database resumed');
    await eventually(async () => (await client.get('/api/practices')).status === 200, 'the API serves again after the database resumed');
  });
});
