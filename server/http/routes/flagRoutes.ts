// Flags: report content (/api/flags), the community queue (/api/communities/:id/flags), the site queue of practice
// flags (GET /api/flags), and decisions (/api/flags/:id/resolve, /reject); the review queues with context and one
// decision per reported item (/api/communities/:id/review, /api/review/practices).
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { flagContent } from '../../commands/communities/flagContent.js';
import { listFlags } from '../../commands/communities/listFlags.js';
import { rejectFlag } from '../../commands/communities/rejectFlag.js';
import { resolveFlag } from '../../commands/communities/resolveFlag.js';
import { claimReviewItem } from '../../commands/review/claimReviewItem.js';
import { decidePracticeReport } from '../../commands/review/decidePracticeReport.js';
import { decideReviewItem, type ReviewOutcome } from '../../commands/review/decideReviewItem.js';
import { loadPracticeReports } from '../../commands/review/loadPracticeReports.js';
import { loadReviewQueue } from '../../commands/review/loadReviewQueue.js';
import type { Flag } from '../../models/flag.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { presentFlag } from '../../presenters/moderationPresenter.js';
import { presentPracticeReport, presentReviewItem, reviewQueuePeople } from '../../presenters/reviewPresenter.js';

export function flagRoutes(ctx: AppContext): Router {
  const router = Router();
  const present = async (flags: Flag[]) => {
    const names = await loadDisplayNames(ctx, flags.flatMap((f) => [f.reporterId, f.resolvedBy]));
    return flags.map((f) => presentFlag(f, names));
  };
  const presentOutcome = async ({ flags, outcome }: ReviewOutcome) => ({ data: { outcome, flags: await present(flags) } });

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
  router.get('/communities/:id/review', async (req, res) => {
    const queue = await loadReviewQueue(ctx, req.actor, req.params.id, req.query);
    const names = await loadDisplayNames(ctx, reviewQueuePeople(queue.items));
    res.set('Cache-Control', 'no-store').json({
      data: queue.items.map((item) => presentReviewItem(item, queue.loaded.community.slug, names)),
      page: { offset: queue.offset, limit: queue.limit, total: queue.total },
    });
  });
  router.post('/communities/:id/review/claim', async (req, res) => {
    await claimReviewItem(ctx, req.actor, req.params.id, req.body);
    res.status(204).end();
  });
  router.post('/communities/:id/review/decide', async (req, res) => {
    res.json(await presentOutcome(await decideReviewItem(ctx, req.actor, req.params.id, req.body)));
  });
  router.get('/review/practices', async (req, res) => {
    const queue = await loadPracticeReports(ctx, req.actor, req.query);
    const names = await loadDisplayNames(ctx, reviewQueuePeople(queue.items));
    res.set('Cache-Control', 'no-store').json({
      data: queue.items.map((item) => presentPracticeReport(item, names)),
      page: { offset: queue.offset, limit: queue.limit, total: queue.total },
    });
  });
  router.post('/review/practices/decide', async (req, res) => {
    res.json(await presentOutcome(await decidePracticeReport(ctx, req.actor, req.body)));
  });

  return router;
}
