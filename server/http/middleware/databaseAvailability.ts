// While the driver's heartbeats say the database is unreachable, every request is answered at once with 503
// database_unavailable instead of waiting for an operation to time out; it serves again as soon as the heartbeat does.
import type { RequestHandler } from 'express';
import type { AppContext } from '../../context.js';
import { isConnected } from '../../services/mongoConnection.js';
import { databaseUnavailable } from './errors.js';

export function requireDatabase(ctx: AppContext): RequestHandler {
  return (_req, _res, next) => {
    next(isConnected(ctx.connection) ? undefined : databaseUnavailable());
  };
}
