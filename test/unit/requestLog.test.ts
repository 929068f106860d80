// The request log: one short line per request with id, method, address, status and time, and never a header (so no
// session cookie, CSRF token or authorization reaches the log); health probes are not logged.
import { strict as assert } from 'node:assert';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { requestLog } from '../../server/http/middleware/requestLog.js';

function appLoggingTo(lines: string[]): express.Express {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const app = express();
  app.use(requestLog(pino({ level: 'info' }, sink)));
  app.get('/healthz', (_req, res) => res.send('ok'));
  app.get('/page', (_req, res) => res.cookie('praxis_session', 'new-secret').send('hello'));
  app.get('/broken', (_req, res) => res.status(503).send('down'));
  return app;
}

describe('request log', () => {
  it('writes id, method, address, status and time, and no header at all', async () => {
    const lines: string[] = [];
    const response = await request(appLoggingTo(lines))
      .get('/page?q=x')
      .set('Cookie', 'praxis_session=old-secret')
      .set('Authorization', 'Bearer token-secret')
      .set('X-Request-Id', 'proxy-id-12345');
    assert.equal(response.headers['x-request-id'], 'proxy-id-12345');
    assert.equal(lines.length, 1);
    const entry = JSON.parse(lines[0]!) as { req: Record<string, unknown>; res: Record<string, unknown>; responseTime: number };
    assert.deepEqual(entry.req, { id: 'proxy-id-12345', method: 'GET', url: '/page?q=x' });
    assert.deepEqual(entry.res, { statusCode: 200 });
    assert.equal(typeof entry.responseTime, 'number');
    assert.doesNotMatch(lines[0]!, /secret/);
  });

  it('makes its own id for a malformed incoming one and leaves health probes out', async () => {
    const lines: string[] = [];
    const app = appLoggingTo(lines);
    const response = await request(app).get('/page').set('X-Request-Id', 'bad id with spaces');
    assert.match(String(response.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    await request(app).get('/healthz');
    assert.equal(lines.length, 1);
  });

  it('writes a 5xx answer at info level without a stack (the error handler logs real failures), under its request id', async () => {
    const lines: string[] = [];
    const response = await request(appLoggingTo(lines)).get('/broken');
    assert.equal(lines.length, 1);
    const entry = JSON.parse(lines[0]!) as { level: number; msg: string; req: { id: string }; res: { statusCode: number }; err?: unknown };
    assert.equal(entry.level, 30);
    assert.equal(entry.msg, 'request errored');
    assert.equal(entry.req.id, response.headers['x-request-id']);
    assert.deepEqual(entry.res, { statusCode: 503 });
    assert.equal(entry.err, undefined);
  });
});
