// Adds what the middleware learns about a request (who is acting, the session token, the request id) to Express's Request.
import type { Logger } from 'pino';
import type { Actor } from '../context.js';
import type { User } from '../models/user.js';

declare global {
  namespace Express {
    interface Request {
      id: string;
      /** The app's logger (set by the request log); a line about this request names it with `reqId: req.id`. */
      log: Logger;
      actor: Actor;
      user: User | null;
      sessionToken: string | undefined;
      csrfToken: string;
      cookies: Record<string, string | undefined>;
      /** Page views only: whether the signed-in person moderates or owns any community. */
      moderatesCommunities?: boolean;
      /** Page views only: the signed-in person's unread notifications, for the header. */
      unreadNotifications?: number;
    }
  }
}

export {};
