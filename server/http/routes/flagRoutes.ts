// Flags: report content (/api/flags), the community queue (/api/communities/:id/flags), the site queue of practice
// flags (GET /api/flags), and decisions (/api/flags/:id/resolve, /reject).
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { flagContent } from '../../commands/communities/flagContent.js';
import { listFlags } from '../../commands/communities/listFlags.js';
import { rejectFlag } from '../../commands/communities/rejectFlag.js';
import { resolveFlag } from '../../commands/communities/resolveFlag.js';
import type { Flag } from '../../models/flag.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { presentFlag } from '../../presenters/moderationPresenter.js';

export function flagRoutes(ctx: AppContext): Router {
  const router = Router();
  const present = async (flags: Flag[]) => {
    const names = await loadDisplayNames(ctx, flags.flatMap((f) => [f.reporterId, f.resolvedBy]));
    return flags.map((f) => presentFlag(f, names));
  };

  router.post('/flags', async (req, res) => {
    const [flag] = await present([await flagContent(ctx, req.actor, req.body)]);
    res.status(201).json({ data: flag });
  });
  router.get('/flags', async (req, res) => {
    const { items, page } = await listFlags(ctx, req.actor, null, req.query);
    res.json({ data: await present(items), page });
  });
  router.get('/communities/:id/flags', async (req, res) => {
    const { items, page } = await listFlags(ctx, req.actor, req.params.id, req.query);
    res.json({ data: await present(items), page });
  });
  router.post('/flags/:id/resolve', async (req, res) => {
    const [flag] = await present([await resolveFlag(ctx, req.actor, req.params.id, req.body)]);
    res.json({ data: flag });
  });
  router.post('/flags/:id/reject', async (req, res) => {
    const [flag] = await present([await rejectFlag(ctx, req.actor, req.params.id, req.body)]);
    res.json({ data: flag });
  });

  return router;
}
