// API writes must send JSON (only POST /api/uploads sends multipart); anything else is 415 before any handler runs,
// so a form or multipart body is never taken for an empty JSON body.
import type { RequestHandler } from 'express';
import { AppError } from '../../errors.js';

const bodyMethods = new Set(['POST', 'PUT', 'PATCH']);

export const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (!bodyMethods.has(req.method) || !hasBody) return next();
  if (req.is('application/json') || (req.path === '/uploads' && req.is('multipart/form-data'))) return next();
  next(new AppError(415, 'unsupported_media_type', 'Send the request body as application/json.'));
};
