// Handshake checks: the Origin header must be this site (a page elsewhere cannot ride a member's cookie), and the
// session cookie is resolved to the acting user (anonymous visitors may connect and read public rooms).
import type { IncomingMessage } from 'node:http';
import { parse } from 'cookie';
import type { AppContext } from '../context.js';
import { actorFor, resolveSession } from '../commands/accounts/sessions.js';
import { localeCookieName, sessionCookieName } from '../http/cookies.js';
import { isInterfaceLocale, negotiateLocale, type InterfaceLocale } from '../i18n/locales.js';
import type { User } from '../models/user.js';
import { digest } from '../security/tokens.js';
import type { PraxisSocket } from './socketTypes.js';

/** socket.io's allowRequest: no Origin (not a browser) or this site's origin, by public URL or by Host header. */
export function originCheck(ctx: AppContext) {
  const publicOrigin = new URL(ctx.config.publicUrl).origin;
  return (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void): void => {
    const origin = req.headers.origin;
    if (origin === undefined) return callback(null, true);
    let allowed = origin === publicOrigin;
    try {
      allowed ||= new URL(origin).host === req.headers.host;
    } catch {
      allowed = false;
    }
    callback(allowed ? null : 'origin_not_allowed', allowed);
  };
}

/** The page's language as the client states it, else the locale cookie, the user's saved one, or Accept-Language. */
function socketLocale(socket: PraxisSocket, cookies: Record<string, string | undefined>, user: User | null): InterfaceLocale {
  const stated: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.locale;
  if (isInterfaceLocale(stated)) return stated;
  const cookie = cookies[localeCookieName];
  if (isInterfaceLocale(cookie)) return cookie;
  if (user && isInterfaceLocale(user.locale)) return user.locale;
  return negotiateLocale(socket.request.headers['accept-language']);
}

/** socket.io middleware: puts the actor behind the session cookie, that session's digest and the reader's language on socket.data. */
export function sessionAuth(ctx: AppContext) {
  return (socket: PraxisSocket, next: (err?: Error) => void): void => {
    const cookies = parse(socket.request.headers.cookie ?? '');
    const token = cookies[sessionCookieName];
    resolveSession(ctx, token)
      .then((user) => {
        socket.data.actor = actorFor(user);
        socket.data.sessionId = user && token ? digest(token) : null;
        socket.data.locale = socketLocale(socket, cookies, user);
        next();
      })
      .catch((error: unknown) => {
        ctx.log.error({ err: error }, 'socket session lookup failed');
        next(new Error('session_unavailable'));
      });
  };
}
