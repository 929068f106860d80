// /healthz, /livez and /readyz: a Meilisearch outage leaves the app ready but says search is degraded.
import { strict as assert } from 'node:assert';
import { sharedServers } from '../support/sharedServers.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

describe('health and readiness', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('/healthz and /livez answer while the process lives', async () => {
    for (const path of ['/healthz', '/livez']) assert.equal((await t.client().get(path).expect(200)).body.status, 'ok');
  });

  it('/readyz is ready with both stores up, still ready but degraded while Meilisearch is down, and ready again after', async () => {
    const ready = await t.client().get('/readyz').expect(200);
    assert.deepEqual(ready.body.checks, { mongodb: 'ok', search: 'ok' });
    await sharedServers().stopMeili();
    try {
      const down = await t.client().get('/readyz').expect(200);
      assert.equal(down.body.status, 'degraded');
      assert.deepEqual(down.body.checks, { mongodb: 'ok', search: 'degraded' });
    } finally {
      await sharedServers().restartMeili();
    }
    const again = await t.client().get('/readyz').expect(200);
    assert.equal(again.body.status, 'ready');
  });

  it('sends security headers and a request id', async () => {
    const response = await t.client().get('/healthz').expect(200);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.match(String(response.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(response.headers['x-powered-by'], undefined);
    const api = await t.client().get('/api/me').expect(401);
    assert.match(String(api.headers['x-request-id']), /^[\w-]{8,}$/);
  });
});
