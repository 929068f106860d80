// /api/auth and /api/me for the account's life: password reset, address verification and change, the data
// export and deleting the account. Asking for a reset answers 202 whether or not the address has an account.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { deleteAccount } from '../../commands/accounts/deleteAccount.js';
import { confirmEmailChange, requestEmailChange, requestEmailVerification, verifyEmail } from '../../commands/accounts/emailAddress.js';
import { exportMyData } from '../../commands/accounts/exportMyData.js';
import { requestPasswordReset, resetPassword } from '../../commands/accounts/passwordReset.js';
import { tokenSchema } from '../../commands/accounts/schemas.js';
import { unauthenticated } from '../../errors.js';
import { parseInput } from '../../validation.js';
import { presentOwnUser } from '../../presenters/userPresenter.js';
import { cookieOptions, sessionCookieName } from '../cookies.js';
import { limitRegistrations } from '../middleware/rateLimits.js';

export function accountLifecycleRoutes(ctx: AppContext): Router {
  const router = Router();
  const authLimit = limitRegistrations(ctx);
  const tokenOf = (body: unknown): string => parseInput(tokenSchema, body, 'link').token;

  router.post('/auth/password-reset', authLimit, async (req, res) => {
    await requestPasswordReset(ctx, req.body);
    res.status(202).json({ data: { sent: true } });
  });
  router.post('/auth/password-reset/confirm', authLimit, async (req, res) => {
    await resetPassword(ctx, req.body);
    res.status(204).end();
  });
  router.post('/auth/verify-email', authLimit, async (req, res) => {
    await verifyEmail(ctx, tokenOf(req.body));
    res.status(204).end();
  });
  router.post('/auth/confirm-email', authLimit, async (req, res) => {
    res.json({ data: presentOwnUser(await confirmEmailChange(ctx, tokenOf(req.body))) });
  });
  router.post('/me/email-verification', authLimit, async (req, res) => {
    res.status(202).json({ data: await requestEmailVerification(ctx, req.actor) });
  });
  router.post('/me/email', authLimit, async (req, res) => {
    await requestEmailChange(ctx, req.actor, req.body);
    res.status(202).json({ data: { sent: true } });
  });
  router.get('/me/export', async (req, res) => {
    if (!req.actor.userId) throw unauthenticated();
    const data = await exportMyData(ctx, req.actor);
    res.attachment('praxis-my-data.json').json(data);
  });
  router.post('/me/delete', authLimit, async (req, res) => {
    await deleteAccount(ctx, req.actor, req.body);
    res.clearCookie(sessionCookieName, cookieOptions(ctx.config));
    res.status(204).end();
  });
  return router;
}
