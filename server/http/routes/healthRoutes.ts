// /healthz (the process is alive) and /readyz (MongoDB and Meilisearch answer; 503 naming what does not).
import { Router } from 'express';
import type { AppContext } from '../../context.js';

async function mongoReachable(ctx: AppContext): Promise<boolean> {
  try {
    const db = ctx.connection.db;
    if (!db) return false;
    await db.admin().command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}

export function healthRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const [mongo, search] = await Promise.all([mongoReachable(ctx), ctx.searchHealthy().catch(() => false)]);
    const checks = { mongodb: mongo ? 'ok' : 'unreachable', search: search ? 'ok' : 'degraded' };
    const ready = mongo && search;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not_ready',
      checks,
      ...(ready ? {} : { message: `Not ready: ${Object.entries(checks).filter(([, v]) => v !== 'ok').map(([k]) => k).join(', ')}` }),
    });
  });
  return router;
}
