// One short log line per request (id, method, address, status, time) once its answer is sent or its connection
// closes: no headers, so no cookie or token reaches the log. The id is taken from a well-formed incoming X-Request-Id
// (a proxy's) or made here, and answered back. Written here rather than with pino-http, whose per-request child
// logger and listeners cost more CPU than the rest of the middleware together on the search path.
import type { RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

const quiet = new Set(['/healthz', '/readyz']);
const wellFormedId = /^[\w-]{8,64}$/;

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && wellFormedId.test(incoming) ? incoming : randomUUID();
    req.id = id;
    req.log = logger;
    res.setHeader('X-Request-Id', id);
    if (!quiet.has(req.url)) {
      const started = performance.now();
      res.once('close', () => {
        const entry = { req: { id, method: req.method, url: req.originalUrl }, res: { statusCode: res.statusCode }, responseTime: Math.round(performance.now() - started) };
        // Every line is info, a 5xx one too, and carries no stack: the error handler logs a real failure itself, and
        // a 503 while a backend is down must not print a warning per request.
        if (!res.writableFinished) logger.info(entry, 'request aborted');
        else logger.info(entry, res.statusCode >= 500 ? 'request errored' : 'request completed');
      });
    }
    next();
  };
}
