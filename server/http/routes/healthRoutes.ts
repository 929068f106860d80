// Liveness and readiness for load balancers and container health checks: /healthz and /livez say the process is up;
// /readyz says whether it can serve: 503 when MongoDB does not answer (within the connect timeout), 200 with search
// "degraded" when only Meilisearch is down, since everything but search still works.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { isConnected } from '../../services/mongoConnection.js';

async function mongoReachable(ctx: AppContext): Promise<boolean> {
  const db = ctx.connection.db;
  if (!db || !isConnected(ctx.connection)) return false;
  try {
    await db.admin().command({ ping: 1 }, { timeoutMS: ctx.config.mongo.connectTimeoutMs });
    return true;
  } catch {
    return false;
  }
}

export function healthRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get(['/healthz', '/livez'], (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const [mongo, search] = await Promise.all([mongoReachable(ctx), ctx.searchHealthy().catch(() => false)]);
    const checks = { mongodb: mongo ? 'ok' : 'unreachable', search: search ? 'ok' : 'degraded' };
    const ready = mongo;
    res.status(ready ? 200 : 503).json({
      status: ready ? (search ? 'ready' : 'degraded') : 'not_ready',
      checks,
      ...(ready ? {} : { message: `Not ready: ${Object.entries(checks).filter(([, v]) => v !== 'ok').map(([k]) => k).join(', ')}` }),
    });
  });
  return router;
}
