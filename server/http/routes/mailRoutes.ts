// /api/admin/mail: administrators read the outbox and what the embedded mail server received.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { listOutbox } from '../../commands/mail/listOutbox.js';
import { presentOutboxView } from '../../presenters/mailPresenter.js';

export function mailRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/admin/mail', async (req, res) => {
    res.json({ data: presentOutboxView(await listOutbox(ctx, req.actor, req.query)) });
  });
  return router;
}
