// /api/auth and /api/me: register, sign in, sign out, current user, profile and password.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { changePassword } from '../../commands/accounts/changePassword.js';
import { registerUser } from '../../commands/accounts/registerUser.js';
import { endSession, openSession } from '../../commands/accounts/sessions.js';
import { signIn } from '../../commands/accounts/signIn.js';
import { updateProfile } from '../../commands/accounts/updateProfile.js';
import { unauthenticated } from '../../errors.js';
import { presentOwnUser } from '../../presenters/userPresenter.js';
import { cookieOptions, rememberLocale, sessionCookieName, startBrowserSession } from '../cookies.js';
import { limitRegistrations } from '../middleware/rateLimits.js';

export function accountRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/auth/csrf', (req, res) => {
    res.json({ csrfToken: req.csrfToken });
  });

  router.post('/auth/register', limitRegistrations(ctx), async (req, res) => {
    const user = await registerUser(ctx, req.actor, req.body);
    startBrowserSession(res, ctx.config, await openSession(ctx, user._id, req.get('user-agent')), user.locale);
    res.status(201).json({ data: presentOwnUser(user) });
  });

  router.post('/auth/sign-in', async (req, res) => {
    const { user, token } = await signIn(ctx, req.body, { address: req.ip ?? 'unknown', userAgent: req.get('user-agent') });
    startBrowserSession(res, ctx.config, token, user.locale);
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
    rememberLocale(res, ctx.config, user.locale);
    res.json({ data: presentOwnUser(user) });
  });

  router.post('/me/password', async (req, res) => {
    await changePassword(ctx, req.actor, req.body, req.sessionToken);
    res.status(204).end();
  });

  return router;
}
