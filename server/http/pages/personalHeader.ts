// Learns, for a signed-in person's page views, what the header says about them: the unread badge and whether to
// offer the moderation dashboard (to someone who moderates or owns a community even as a plain member).
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { headerSummary } from '../../commands/accounts/headerSummary.js';

export function personalHeader(ctx: AppContext): Router {
  const router = Router();
  router.get('/{*path}', async (req, _res, next) => {
    const summary = await headerSummary(ctx, req.actor);
    req.moderatesCommunities = summary.moderatesCommunities;
    req.unreadNotifications = summary.unreadNotifications;
    next();
  });
  return router;
}
