// GET /statistics/trainings: training statistics as accessible SVG charts with their data tables (the shared chart
// module), totals, filters by year (read from the rollup), by dates and by programme, and a CSV link for every table; works without JavaScript and
// in print. Small cells arrive suppressed from the command and show as "fewer than 5".
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { trainingStatistics, type StatisticsTable } from '../../commands/trainings/trainingStatistics.js';
import { listProgrammes } from '../../commands/programmes/listProgrammes.js';
import type { MessageKey } from '../../i18n/translate.js';
import { field } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext } from './pageContext.js';
import { statisticsChart } from './views/statisticsCharts.js';
import { inLanguage } from './views/planViews.js';

export function statisticsPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/statistics/trainings', async (req, res) => {
    const page = pageContext(req);
    const pick = (name: string) => (typeof req.query[name] === 'string' && req.query[name] ? { [name]: req.query[name] as string } : {});
    // A year read is the rollup's; chosen dates are the period only when no year is.
    const filters = req.query.year ? { ...pick('programme'), ...pick('year') } : { ...pick('programme'), ...pick('from'), ...pick('to') };
    const [stats, programmes] = await Promise.all([trainingStatistics(ctx, req.actor, filters), listProgrammes(ctx, { limit: 100 })]);
    const programmeOptions = [['', page.t('trainings.filter.any')] as const, ...programmes.items.map((p) => [p.slug, inLanguage(p.name, page.locale).text] as const)];
    const yearOptions = [['', page.t('stats.anyYear')] as const, ...[...new Set([...stats.years, ...(stats.year ? [stats.year] : [])])].sort().reverse().map((year) => [year, year] as const)];
    const query = new URLSearchParams(filters).toString();
    const count = (value: number | null) => (value === null ? page.t('stats.suppressed') : page.number(value));
    const chartFor = (table: StatisticsTable, titleKey: MessageKey): SafeHtml => statisticsChart(page, stats, table, titleKey, query);
    const title = page.t('stats.title');
    const fact = (key: MessageKey, value: string) => html`<div class="key-figure"><dt>${page.t(key)}</dt><dd>${value}</dd></div>`;
    const body = html`<h1>${title}</h1><p class="lead">${page.t('stats.intro')}</p>
      <form method="get" action="/statistics/trainings" class="filters filters-inline">
        ${field({ name: 'year', label: page.t('stats.year'), options: yearOptions, value: filters.year })}
        ${field({ name: 'from', label: page.t('stats.from'), type: 'date', value: filters.from })}
        ${field({ name: 'to', label: page.t('stats.to'), type: 'date', value: filters.to })}
        ${field({ name: 'programme', label: page.t('stats.programme'), options: programmeOptions, value: filters.programme })}
        <button type="submit" class="button">${page.t('trainings.filter.apply')}</button>
      </form>
      <dl class="key-figures">
        ${fact('stats.participations', count(stats.totals.participations))}
        ${fact('stats.participants', count(stats.totals.participants))}
        ${fact('stats.trainingsHeld', page.number(stats.totals.trainingsHeld))}
        ${fact('stats.organisationsReached', page.number(stats.totals.organisationsReached))}
        ${fact('stats.hours', count(stats.totals.hours))}
        ${fact('stats.satisfaction', stats.totals.averageRating === null ? '—' : page.number(stats.totals.averageRating))}
      </dl>
      ${stats.totals.trainingsHeld === 0 ? html`<p>${page.t('stats.noData')}</p>` : ''}
      ${chartFor('byMonth', 'stats.overTime')}
      ${chartFor('byFormat', 'stats.byFormat')}
      ${chartFor('byTraining', 'stats.byTraining')}
      ${chartFor('byCompetence', 'stats.byCompetence')}
      ${chartFor('byRegion', 'stats.byRegion')}
      ${chartFor('byOrganisationType', 'stats.byOrganisationType')}`;
    res.type('html').send(renderPage(page, { title, description: page.t('stats.intro'), body, canonicalPath: '/statistics/trainings' }));
  });

  return router;
}
