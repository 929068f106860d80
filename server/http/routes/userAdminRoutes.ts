// /api/users: administrators list accounts, change their roles, suspend and reinstate them.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { listUsers } from '../../commands/accounts/listUsers.js';
import { reinstateAccount, suspendAccount } from '../../commands/accounts/setAccountStatus.js';
import { setRoles } from '../../commands/accounts/setRoles.js';
import { presentAdminUser } from '../../presenters/userPresenter.js';

export function userAdminRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/users', async (req, res) => {
    const { items, page } = await listUsers(ctx, req.actor, req.query);
    res.json({ data: items.map(presentAdminUser), page });
  });
  router.post('/users/:id/roles', async (req, res) => {
    res.json({ data: presentAdminUser(await setRoles(ctx, req.actor, req.params.id, req.body)) });
  });
  router.post('/users/:id/suspend', async (req, res) => {
    res.json({ data: presentAdminUser(await suspendAccount(ctx, req.actor, req.params.id, req.body)) });
  });
  router.post('/users/:id/reinstate', async (req, res) => {
    res.json({ data: presentAdminUser(await reinstateAccount(ctx, req.actor, req.params.id)) });
  });
  return router;
}
