// CSRF protection by a signed double submit: an HttpOnly random cookie, and a token (its HMAC) that pages
// embed in forms and scripts send as X-CSRF-Token. A state-changing request without a matching token is refused.
// The token (and a new visitor's cookie) is made when something first reads `req.csrfToken`, so a JSON read or a
// feed costs no HMAC and sets no cookie.
import type { Request, RequestHandler, Response } from 'express';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { hmac, newToken, safeEqual } from '../../security/tokens.js';
import { cookieOptions, csrfCookieName } from '../cookies.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const madeTokens = new WeakMap<Request, string>();

/** The request's token if something has read it already; undefined otherwise (and none is made). */
export function csrfTokenIfMade(req: Request): string | undefined {
  return madeTokens.get(req);
}

function makeToken(config: Config, req: Request, res: Response): string {
  let secret = req.cookies[csrfCookieName];
  if (!secret || secret.length < 20 || secret.length > 100) {
    secret = newToken();
    req.cookies[csrfCookieName] = secret;
    res.cookie(csrfCookieName, secret, cookieOptions(config, 365 * 24 * 3_600_000));
  }
  const token = hmac(config.session.secret, secret);
  madeTokens.set(req, token);
  return token;
}

export function csrfProtection(config: Config): RequestHandler {
  return (req, res, next) => {
    Object.defineProperty(req, 'csrfToken', { configurable: true, enumerable: true, get: () => madeTokens.get(req) ?? makeToken(config, req, res) });
    if (safeMethods.has(req.method)) return next();
    const body: unknown = req.body;
    const fromForm = body && typeof body === 'object' && '_csrf' in body ? (body as { _csrf: unknown })._csrf : undefined;
    const sent = req.get('x-csrf-token') ?? (typeof fromForm === 'string' ? fromForm : undefined);
    if (!sent || !safeEqual(sent, req.csrfToken)) {
      return next(new AppError(403, 'csrf_failed', 'This request did not carry a valid CSRF token. Reload the page and try again.'));
    }
    if (body && typeof body === 'object' && '_csrf' in body) delete (body as { _csrf?: unknown })._csrf;
    next();
  };
}
