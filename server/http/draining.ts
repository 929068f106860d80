// Graceful stop of the HTTP server under keep-alive traffic: once draining, no new connection is accepted and every
// answer (in flight, or to a request that still arrives on an open connection) carries `Connection: close`, so each
// connection ends after its current exchange. Connections left idle are closed after a short grace: one closed at
// once could already hold a request that was not read yet, and that client would see a reset instead of an answer.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface Drainer {
  /** Stops taking requests and resolves once every connection has ended. */
  drain(): Promise<void>;
}

const IDLE_GRACE_MS = 1_000;

export function drainable(server: Server): Drainer {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  const closeAfterAnswer = (res: ServerResponse): void => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    if (draining) closeAfterAnswer(res);
  });
  let drained: Promise<void> | undefined;
  return {
    drain(): Promise<void> {
      drained ??= new Promise<void>((resolve) => {
        draining = true;
        server.keepAliveTimeout = IDLE_GRACE_MS;
        for (const res of inFlight) closeAfterAnswer(res);
        const sweep = setInterval(() => server.closeIdleConnections(), IDLE_GRACE_MS);
        server.close(() => {
          clearInterval(sweep);
          resolve();
        });
      });
      return drained;
    },
  };
}
