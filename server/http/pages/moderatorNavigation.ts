// Learns, for a signed-in person's page views, whether they moderate or own any community, so the navigation can
// offer them the moderation dashboard even when their site role is a plain member.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { moderatesAnyCommunity } from '../../commands/communities/moderatedCommunities.js';

export function moderatorNavigation(ctx: AppContext): Router {
  const router = Router();
  router.get('/{*path}', async (req, _res, next) => {
    req.moderatesCommunities = req.user ? await moderatesAnyCommunity(ctx, req.actor) : false;
    next();
  });
  return router;
}
