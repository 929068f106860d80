// API writes must send JSON (only POST /api/uploads sends multipart, and the LMS completion import may send the
// CSV file itself); anything else is 415 before any handler runs, so a form or multipart body is never taken for an
// empty JSON body.
import type { RequestHandler } from 'express';
import { AppError } from '../../errors.js';

const bodyMethods = new Set(['POST', 'PUT', 'PATCH']);
/** The routes that take another body type besides JSON. */
const otherBodies: Readonly<Record<string, string>> = { '/uploads': 'multipart/form-data', '/trainings/completions/import': 'text/csv' };

export const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (!bodyMethods.has(req.method) || !hasBody) return next();
  const other = otherBodies[req.path];
  if (req.is('application/json') || (other && req.is(other))) return next();
  next(new AppError(415, 'unsupported_media_type', 'Send the request body as application/json.'));
};
