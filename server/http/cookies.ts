// Names and options of the cookies Praxis sets: the session (HttpOnly) and the CSRF secret (HttpOnly).
import type { CookieOptions, Response } from 'express';
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

const oneYearMs = 365 * 24 * 3_600_000;

/** Remembers the interface language (the switch, the profile setting, or the account's language at sign-in). */
export function rememberLocale(res: Response, config: Config, locale: string): void {
  res.cookie(localeCookieName, locale, cookieOptions(config, oneYearMs));
}

/** Starts a signed-in browser session; the account's saved language becomes the interface language. */
export function startBrowserSession(res: Response, config: Config, token: string, locale: string): void {
  res.cookie(sessionCookieName, token, cookieOptions(config, config.session.ttlHours * 3_600_000));
  rememberLocale(res, config, locale);
}
