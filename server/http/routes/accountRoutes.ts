// /api/auth and /api/me: register, sign in, sign out, current user, profile and password.
import { Router, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { changePassword } from '../../commands/accounts/changePassword.js';
import { registerUser } from '../../commands/accounts/registerUser.js';
import { endSession, openSession } from '../../commands/accounts/sessions.js';
import { signIn } from '../../commands/accounts/signIn.js';
import { updateProfile } from '../../commands/accounts/updateProfile.js';
import { unauthenticated } from '../../errors.js';
import { presentOwnUser } from '../../presenters/userPresenter.js';
import { cookieOptions, sessionCookieName } from '../cookies.js';
import { authRateLimit } from '../middleware/rateLimits.js';

export function accountRoutes(ctx: AppContext): Router {
  const router = Router();
  const authLimit = authRateLimit(ctx.config);
  const setSessionCookie = (res: Response, token: string): void => {
    res.cookie(sessionCookieName, token, cookieOptions(ctx.config, ctx.config.session.ttlHours * 3_600_000));
  };

  router.get('/auth/csrf', (req, res) => {
    res.json({ csrfToken: req.csrfToken });
  });

  router.post('/auth/register', authLimit, async (req, res) => {
    const user = await registerUser(ctx, req.actor, req.body);
    const token = await openSession(ctx, user._id, req.get('user-agent'));
    setSessionCookie(res, token);
    res.status(201).json({ data: presentOwnUser(user) });
  });

  router.post('/auth/sign-in', authLimit, async (req, res) => {
    const { user, token } = await signIn(ctx, req.body, req.get('user-agent'));
    setSessionCookie(res, token);
    res.json({ data: presentOwnUser(user) });
  });

  router.post('/auth/sign-out', async (req, res) => {
    await endSession(ctx, req.sessionToken);
    res.clearCookie(sessionCookieName, cookieOptions(ctx.config));
    res.status(204).end();
  });

  router.get('/me', (req, res) => {
    if (!req.user) throw unauthenticated();
    res.json({ data: presentOwnUser(req.user) });
  });

  router.patch('/me', async (req, res) => {
    if (!req.actor.userId) throw unauthenticated();
    const user = await updateProfile(ctx, req.actor, req.actor.userId, req.body);
    res.json({ data: presentOwnUser(user) });
  });

  router.post('/me/password', authLimit, async (req, res) => {
    await changePassword(ctx, req.actor, req.body, req.sessionToken);
    res.status(204).end();
  });

  return router;
}
