// Turns every error into { error: { code, message, details } }: AppErrors as they are, body-parser and multer
// errors as clear 4xx codes, an unreachable database as 503 database_unavailable, anything else as a logged 500
// without a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, isDuplicateKeyError } from '../../errors.js';
import { isDatabaseUnreachable } from '../../services/mongoConnection.js';

interface HttpishError {
  type?: string;
  status?: number;
  statusCode?: number;
  code?: string;
}

export const databaseUnavailable = (): AppError =>
  new AppError(503, 'database_unavailable', 'The database cannot be reached right now. Please try again in a moment.');

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isDatabaseUnreachable(error)) return databaseUnavailable();
  if (isDuplicateKeyError(error)) return new AppError(409, 'duplicate', 'This item already exists.');
  const e = (error ?? {}) as HttpishError;
  switch (e.type) {
    case 'entity.parse.failed':
      return new AppError(400, 'invalid_json', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return new AppError(413, 'payload_too_large', 'The request body is too large.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError(415, 'unsupported_media_type', 'The request body uses an unsupported encoding.');
    default:
      break;
  }
  const status = e.status ?? e.statusCode;
  if (status && status >= 400 && status < 500) return new AppError(status, 'bad_request', 'The request could not be understood.');
  return null;
}

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError(404, 'route_not_found', `There is no API endpoint ${req.method} ${req.path}.`));
};

export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) return next(error);
  const known = toAppError(error);
  if (!known) {
    req.log?.error({ err: error, reqId: req.id }, 'unhandled error');
    res.status(500).json({ error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.', requestId: req.id } });
    return;
  }
  if (known.status === 429 && known.details && typeof known.details === 'object' && 'retryAfterSeconds' in known.details) {
    res.setHeader('Retry-After', String((known.details as { retryAfterSeconds: number }).retryAfterSeconds));
  }
  res.status(known.status).json({ error: { code: known.code, message: known.message, ...(known.details === undefined ? {} : { details: known.details }) } });
};
