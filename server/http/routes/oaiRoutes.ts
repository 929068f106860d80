// /oai: the OAI-PMH 2.0 endpoint (GET query or POST form, both read-only), and the XML schema of its `praxis`
// metadata format at /oai/praxis.xsd. Protocol errors answer HTTP 200 with the <error> element (§3.6).
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { oaiRequest } from '../../commands/oai/oaiRepository.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { praxisMetadataSchema } from '../../presenters/oaiPraxisSchema.js';
import { renderOaiResponse } from '../../presenters/oaiXml.js';

export function oaiRoutes(ctx: AppContext): Router {
  const router = Router();
  const answer = async (req: Request, res: Response, input: unknown): Promise<void> => {
    const response = await oaiRequest(ctx, input);
    const practices = response.answer && 'records' in response.answer ? response.answer.records.map((r) => r.practice) : response.answer?.verb === 'GetRecord' ? [response.answer.record.practice] : [];
    const authorNames = await loadDisplayNames(ctx, practices.map((practice) => practice.authorId));
    const xml = renderOaiResponse({ publicUrl: ctx.config.publicUrl, repositoryName: 'Praxis — good practices in digital competence', adminEmail: ctx.config.oai.adminEmail, authorNames }, response);
    res.set('Cache-Control', 'no-store');
    res.type('text/xml; charset=utf-8').send(xml);
  };
  router.get('/oai', async (req, res) => answer(req, res, req.query));
  router.post('/oai', async (req, res) => answer(req, res, req.body));
  router.get('/oai/praxis.xsd', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400');
    res.type('application/xml; charset=utf-8').send(praxisMetadataSchema);
  });
  return router;
}
