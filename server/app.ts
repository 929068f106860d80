// createApp(ctx): the Express app without listen(); main.ts serves it and tests drive it with supertest.
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AppContext } from './context.js';
import { parseCookies } from './http/middleware/cookieParser.js';
import { csrfProtection } from './http/middleware/csrf.js';
import { requireDatabase } from './http/middleware/databaseAvailability.js';
import { apiNotFound, errorHandler } from './http/middleware/errors.js';
import { limitWrites } from './http/middleware/rateLimits.js';
import { requestLog } from './http/middleware/requestLog.js';
import { requireJsonBody } from './http/middleware/requireJson.js';
import { anonymousCache } from './http/cache/anonymousCache.js';
import { countSearches } from './http/middleware/searchCounting.js';
import { loadSession } from './http/middleware/session.js';
import './http/requestState.js';
import { apiRouters } from './http/routes/index.js';
import { exportRoutes } from './http/routes/exportRoutes.js';
import { feedRoutes } from './http/routes/feedRoutes.js';
import { fileRoutes } from './http/routes/fileRoutes.js';
import { healthRoutes } from './http/routes/healthRoutes.js';
import { oaiRoutes } from './http/routes/oaiRoutes.js';
import { sitemapRoutes } from './http/routes/sitemapRoutes.js';
import { webDistDir } from './http/pages/assets.js';
import { pageErrorHandler, pageNotFound } from './http/pages/errorPages.js';
import { pageRouters } from './http/pages/index.js';
import { unsubscribeOneClick } from './http/pages/mailPages.js';

export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', ctx.config.trustProxy);
  app.set('query parser', 'simple');

  app.use(requestLog(ctx.log));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          baseUri: ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(healthRoutes(ctx));
  app.use('/assets', express.static(webDistDir, { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  app.use(parseCookies);
  app.use(requireDatabase(ctx));
  app.use(express.json({ limit: '1mb', strict: true }));
  app.use(express.urlencoded({ extended: false, limit: '1mb', parameterLimit: 200 }));
  // OAI-PMH harvesters POST read-only requests without a session or CSRF token (protocol §3.1.1.2).
  app.use(oaiRoutes(ctx));
  app.use(loadSession(ctx));
  app.use(unsubscribeOneClick(ctx));
  app.use(csrfProtection(ctx.config));
  app.use(limitWrites(ctx));
  app.use(countSearches(ctx));
  if (ctx.config.pageCache.maxEntries > 0) app.use(anonymousCache(ctx.contentGeneration, ctx.config.pageCache));

  const api = express.Router();
  api.use(requireJsonBody);
  for (const router of apiRouters(ctx)) api.use(router);
  api.use(apiNotFound);
  app.use('/api', api);
  app.use(fileRoutes(ctx));
  app.use(feedRoutes(ctx));
  app.use(exportRoutes(ctx));
  app.use(sitemapRoutes(ctx));

  for (const router of pageRouters(ctx)) app.use(router);
  app.use(pageNotFound);
  app.use(pageErrorHandler);
  app.use(errorHandler);
  return app;
}
