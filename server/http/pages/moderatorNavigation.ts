// Learns, for a signed-in person's page views, whether they moderate or own any community, so the navigation can
// offer them the moderation dashboard even when their site role is a plain member.
import { Router } from 'express';
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';

export function moderatorNavigation(ctx: AppContext): Router {
  const router = Router();
  router.get('/{*path}', async (req, _res, next) => {
    req.moderatesCommunities = req.user
      ? (await ctx.models.Membership.exists({ userId: new Types.ObjectId(String(req.user._id)), role: { $in: ['moderator', 'owner'] }, state: 'active' })) !== null
      : false;
    next();
  });
  return router;
}
