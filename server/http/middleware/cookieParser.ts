// Parses the Cookie header into req.cookies (tolerating malformed values rather than failing the request).
import { parse } from 'cookie';
import type { RequestHandler } from 'express';

export const parseCookies: RequestHandler = (req, _res, next) => {
  const parsed = parse(req.headers.cookie ?? '');
  req.cookies = Object.fromEntries(Object.entries(parsed).filter(([, value]) => typeof value === 'string'));
  next();
};
