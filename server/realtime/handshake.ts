// Handshake checks: the Origin header must be this site (a page elsewhere cannot ride a member's cookie), and the
// session cookie is resolved to the acting user (anonymous visitors may connect and read public rooms).
import type { IncomingMessage } from 'node:http';
import { parse } from 'cookie';
import type { AppContext } from '../context.js';
import { actorFor, resolveSession } from '../commands/accounts/sessions.js';
import { sessionCookieName } from '../http/cookies.js';
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

/** socket.io middleware: puts the actor behind the session cookie, and that session's digest, on socket.data. */
export function sessionAuth(ctx: AppContext) {
  return (socket: PraxisSocket, next: (err?: Error) => void): void => {
    const token = parse(socket.request.headers.cookie ?? '')[sessionCookieName];
    resolveSession(ctx, token)
      .then((user) => {
        socket.data.actor = actorFor(user);
        socket.data.sessionId = user && token ? digest(token) : null;
        next();
      })
      .catch((error: unknown) => {
        ctx.log.error({ err: error }, 'socket session lookup failed');
        next(new Error('session_unavailable'));
      });
  };
}
