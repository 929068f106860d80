// Resolves the session cookie to the acting user (or the anonymous actor) for every request.
import type { RequestHandler } from 'express';
import type { AppContext } from '../../context.js';
import { actorFor, resolveSession } from '../../commands/accounts/sessions.js';
import { sessionCookieName } from '../cookies.js';

export function loadSession(ctx: AppContext): RequestHandler {
  return async (req, _res, next) => {
    const token = req.cookies[sessionCookieName];
    const user = await resolveSession(ctx, token);
    req.user = user;
    req.sessionToken = user ? token : undefined;
    req.actor = actorFor(user);
    next();
  };
}
