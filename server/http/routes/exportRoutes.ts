// Downloads for reuse: a practice as PDF (/practices/:slug/pdf?text=<language>, labels in the reader's language),
// the /practices browse result and a collection's items as CSV or JSON (/practices/export.csv, /collections/:slug/export.json),
// a collection's in the order its page shows them, section by section, each row naming its section.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { exportBrowsedPractices, parsePracticeFilters } from '../../commands/practices/browsePractices.js';
import { getPracticeBySlug } from '../../commands/practices/readPractices.js';
import { findVisibleCollection } from '../../commands/collections/loadCollection.js';
import { badRequest } from '../../errors.js';
import { citationFacts, cite } from '../../presenters/citation.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { collectionExportColumns, exportColumns, practiceRow, renderCsv, resourceRow } from '../../presenters/exportTable.js';
import { sectionTitle } from '../../commands/collections/collectionSections.js';
import { visibleItemGroups } from '../../commands/collections/collectionViews.js';
import { renderPracticePdf } from '../../presenters/practicePdf.js';
import { t } from '../../i18n/translate.js';
import { chooseLocale } from '../pages/pageContext.js';
import { chooseText } from '../pages/views/practiceText.js';

export const exportLimit = 1_000;
const formats = ['csv', 'json'] as const;
type ExportFormat = (typeof formats)[number];

function sendRows<C extends string>(res: Response, format: string, name: string, rows: readonly Record<C, string>[], columns: readonly C[]): void {
  if (!(formats as readonly string[]).includes(format)) throw badRequest('unknown_format', 'Exports are offered as .csv or .json.');
  res.set('Content-Disposition', `attachment; filename="${name}.${format}"`);
  if ((format as ExportFormat) === 'csv') res.type('text/csv; charset=utf-8').send(renderCsv(rows, columns));
  else res.type('application/json; charset=utf-8').send(JSON.stringify({ data: rows, page: { total: rows.length, limit: exportLimit } }));
}

export function exportRoutes(ctx: AppContext): Router {
  const router = Router();
  const { publicUrl } = ctx.config;

  router.get('/practices/export.:format', async (req: Request<{ format: string }>, res) => {
    const locale = chooseLocale(req);
    const practices = await exportBrowsedPractices(ctx, parsePracticeFilters(req.query), req.query.sort === 'title' ? 'title' : 'newest', exportLimit);
    sendRows(res, req.params.format, 'praxis-practices', practices.map((practice) => practiceRow(practice, publicUrl, locale)), exportColumns);
  });

  router.get('/collections/:slug/export.:format', async (req: Request<{ slug: string; format: string }>, res) => {
    const locale = chooseLocale(req);
    const found = await findVisibleCollection(ctx, req.actor, req.params.slug);
    const rows = (await visibleItemGroups(ctx, req.actor, found.doc)).flatMap(({ section, items: grouped }) => grouped.map((item) => ({
      section: section ? sectionTitle(section, locale).text : '',
      ...(item.type === 'practice' ? practiceRow(item.doc, publicUrl, locale) : resourceRow(item.doc, publicUrl, locale)),
    })));
    sendRows(res, req.params.format, `praxis-collection-${found.doc.slug}`, rows, collectionExportColumns);
  });

  router.get('/practices/:slug/pdf', async (req: Request<{ slug: string }>, res) => {
    const locale = chooseLocale(req);
    const found = await getPracticeBySlug(ctx, req.actor, req.params.slug);
    if ('redirectTo' in found) {
      res.redirect(301, `/practices/${encodeURIComponent(found.redirectTo)}/pdf${req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : ''}`);
      return;
    }
    const { practice } = found;
    const shown = chooseText(practice, typeof req.query.text === 'string' ? req.query.text : undefined, locale);
    const author = (await loadDisplayNames(ctx, [practice.authorId])).get(String(practice.authorId)) ?? null;
    const now = new Date();
    const facts = citationFacts(practice, shown.language, author, publicUrl);
    const pdf = await renderPracticePdf({ practice, language: shown.language, locale, author, url: facts.url, siteName: t(locale, 'site.name'), citation: cite(facts, now), now });
    res.set('Content-Disposition', `inline; filename="${practice.slug}-${shown.language}.pdf"`);
    res.set('Cache-Control', practice.state === 'published' ? 'public, max-age=300' : 'private, no-store');
    res.type('application/pdf').send(pdf);
  });

  return router;
}
