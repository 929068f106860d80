// CSRF protection by a signed double submit: an HttpOnly random cookie, and a token (its HMAC) that pages
// embed in forms and scripts send as X-CSRF-Token. A state-changing request without a matching token is refused.
import type { RequestHandler } from 'express';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { hmac, newToken, safeEqual } from '../../security/tokens.js';
import { cookieOptions, csrfCookieName } from '../cookies.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrfProtection(config: Config): RequestHandler {
  return (req, res, next) => {
    let secret = req.cookies[csrfCookieName];
    if (!secret || secret.length < 20 || secret.length > 100) {
      secret = newToken();
      req.cookies[csrfCookieName] = secret;
      res.cookie(csrfCookieName, secret, cookieOptions(config, 365 * 24 * 3_600_000));
    }
    req.csrfToken = hmac(config.session.secret, secret);
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
