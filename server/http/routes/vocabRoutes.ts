// GET /api/vocab: every controlled vocabulary, so no client hard-codes term ids or labels; `?locale=` resolves labels.
import { Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../../validation.js';
import { uiLocales, vocabularyForClient } from '../../vocab/index.js';

export const vocabQuerySchema = z.strictObject({ locale: z.enum(uiLocales).optional() });

export function vocabRoutes(): Router {
  const router = Router();
  router.get('/vocab', (req, res) => {
    const { locale } = parseInput(vocabQuerySchema, req.query, 'vocabulary query');
    res.set('Cache-Control', 'public, max-age=3600');
    res.json({ data: locale ? vocabularyForClient(locale) : vocabularyForClient() });
  });
  return router;
}
