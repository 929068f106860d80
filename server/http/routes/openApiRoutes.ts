// GET /api/openapi.json (the OpenAPI 3.1 document, built from the zod schemas) and GET /api/docs (browsable HTML).
import { Router, type Request } from 'express';
import type { AppContext } from '../../context.js';
import { renderDocsPage } from '../openapi/docsPage.js';
import { apiOperations } from '../openapi/operations.js';
import { buildOpenApiDocument } from '../openapi/registry.js';
import { apiRoutes } from '../openapi/routeList.js';

export function openApiRoutes(ctx: AppContext): Router {
  const router = Router();
  const document = (req: Request) => buildOpenApiDocument(apiOperations, apiRoutes(req.app), ctx.config.publicUrl);

  router.get('/openapi.json', (req, res) => {
    res.set('Cache-Control', 'public, max-age=300');
    res.json(document(req));
  });

  router.get('/docs', (req, res) => {
    res.type('html').send(renderDocsPage(document(req)));
  });

  return router;
}
