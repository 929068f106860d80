// Names and options of the cookies Praxis sets: the session (HttpOnly) and the CSRF secret (HttpOnly).
import type { CookieOptions } from 'express';
import type { Config } from '../config.js';

export const sessionCookieName = 'praxis_sid';
export const csrfCookieName = 'praxis_csrf';
export const localeCookieName = 'praxis_locale';

export function cookieOptions(config: Config, maxAgeMs?: number): CookieOptions {
  return {
    httpOnly: true,
    secure: config.session.cookieSecure,
    sameSite: 'lax',
    path: '/',
    ...(maxAgeMs === undefined ? {} : { maxAge: maxAgeMs }),
  };
}
