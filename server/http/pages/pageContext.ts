// What every server-rendered page needs from the request: locale, user, CSRF token, path, and a bound t().
import type { Request } from 'express';
import { anonymous, type Actor } from '../../context.js';
import { isInterfaceLocale, negotiateLocale, type InterfaceLocale } from '../../i18n/locales.js';
import { formatDate, formatNumber, t, type MessageKey } from '../../i18n/translate.js';
import type { User } from '../../models/user.js';
import { localeCookieName } from '../cookies.js';

export interface PageContext {
  readonly locale: InterfaceLocale;
  readonly user: User | null;
  /** Who is asking, for policy questions such as which navigation links to offer. */
  readonly actor: Actor;
  /** Whether the signed-in person moderates or owns a community (the navigation then offers moderation). */
  readonly moderatesCommunities: boolean;
  /** The signed-in person's unread notifications (the header's badge). */
  readonly unreadNotifications: number;
  readonly csrfToken: string;
  readonly path: string;
  readonly url: string;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  date(value: Date | string | null | undefined, style?: 'long' | 'short'): string;
  number(value: number): string;
}

/** The user's saved language, else ?lang or the locale cookie, else Accept-Language. */
export function chooseLocale(req: Request): InterfaceLocale {
  const query = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  if (isInterfaceLocale(query)) return query;
  const cookie = req.cookies?.[localeCookieName];
  if (isInterfaceLocale(cookie)) return cookie;
  if (req.user && isInterfaceLocale(req.user.locale)) return req.user.locale;
  return negotiateLocale(req.get('accept-language'));
}

export function pageContext(req: Request): PageContext {
  const locale = chooseLocale(req);
  return {
    locale,
    user: req.user,
    // An error page can be rendered before the session is read (e.g. a malformed body).
    actor: req.actor ?? anonymous,
    moderatesCommunities: req.moderatesCommunities ?? false,
    unreadNotifications: req.unreadNotifications ?? 0,
    csrfToken: req.csrfToken,
    path: req.path,
    url: req.originalUrl,
    t: (key, params) => t(locale, key, params),
    date: (value, style) => formatDate(locale, value, style),
    number: (value) => formatNumber(locale, value),
  };
}
