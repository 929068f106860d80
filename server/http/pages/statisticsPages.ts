// GET /statistics/trainings: training statistics as accessible SVG charts with their data tables (the shared chart
// module), totals, filters by period and programme, and a CSV link for every table; works without JavaScript and
// in print. Small cells arrive suppressed from the command and show as "fewer than 5".
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { trainingStatistics, type StatisticsRow, type StatisticsTable } from '../../commands/trainings/trainingStatistics.js';
import type { MessageKey } from '../../i18n/translate.js';
import { field } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { barChart, lineChart } from './views/charts.js';
import { label } from './views/vocabBadges.js';

function rowLabel(page: PageContext, table: StatisticsTable, row: StatisticsRow): string {
  if (table === 'byFormat') return page.t(`trainings.format.${row.key}` as MessageKey);
  if (table === 'byTraining') return row.label?.[page.locale] ?? Object.values(row.label ?? {})[0] ?? row.key;
  if (table === 'byCompetence') {
    const [vocab, id] = row.key.split(':') as ['digCompEdu' | 'digComp', string];
    return `${vocab === 'digComp' ? 'DigComp' : 'DigCompEdu'} ${id} ${label(page, vocab, id)}`;
  }
  return row.key;
}

export function statisticsPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/statistics/trainings', async (req, res) => {
    const page = pageContext(req);
    const pick = (name: string) => (typeof req.query[name] === 'string' && req.query[name] ? { [name]: req.query[name] as string } : {});
    const filters = { ...pick('programme'), ...pick('from'), ...pick('to') };
    const stats = await trainingStatistics(ctx, req.actor, filters);
    const query = new URLSearchParams(filters).toString();
    const csvLink = (table: StatisticsTable) => html`<p><a href="/api/statistics/trainings/${table}/csv${query ? `?${query}` : ''}" download>${page.t('stats.csv')}</a></p>`;
    const count = (value: number | null) => (value === null ? page.t('stats.suppressed') : page.number(value));
    const chartFor = (table: StatisticsTable, titleKey: MessageKey, kind: 'line' | 'bar'): SafeHtml => {
      const rows = stats.tables[table];
      if (rows.length === 0) return html``;
      const spec = {
        id: `chart-${table}`,
        title: page.t(titleKey),
        description: page.t(table === 'byMonth' ? 'stats.overTimeDesc' : titleKey),
        categoryLabel: page.t(table === 'byMonth' ? 'stats.month' : 'stats.category'),
        categories: rows.map((row) => rowLabel(page, table, row)),
        series: [
          { label: page.t('stats.participations'), values: rows.map((row) => row.participations) },
          { label: page.t('stats.participants'), values: rows.map((row) => row.participants) },
        ],
        formatNumber: (value: number) => page.number(value),
      };
      return html`<section aria-labelledby="h-${table}"><h2 id="h-${table}">${page.t(titleKey)}</h2>${kind === 'line' ? lineChart(spec) : barChart(spec)}${csvLink(table)}</section>`;
    };
    const title = page.t('stats.title');
    const fact = (key: MessageKey, value: string) => html`<div class="fact"><dt>${page.t(key)}</dt><dd>${value}</dd></div>`;
    const body = html`<h1>${title}</h1><p class="lead">${page.t('stats.intro')}</p>
      <form method="get" action="/statistics/trainings" class="filters filters-inline">
        ${field({ name: 'from', label: page.t('stats.from'), type: 'date', value: filters.from })}
        ${field({ name: 'to', label: page.t('stats.to'), type: 'date', value: filters.to })}
        ${field({ name: 'programme', label: page.t('stats.programme'), value: filters.programme })}
        <button type="submit" class="button">${page.t('trainings.filter.apply')}</button>
      </form>
      <dl class="event-facts">
        ${fact('stats.participations', count(stats.totals.participations))}
        ${fact('stats.participants', count(stats.totals.participants))}
        ${fact('stats.trainingsHeld', page.number(stats.totals.trainingsHeld))}
        ${fact('stats.hours', count(stats.totals.hours))}
        ${fact('stats.satisfaction', stats.totals.averageRating === null ? '—' : page.number(stats.totals.averageRating))}
      </dl>
      ${stats.totals.trainingsHeld === 0 ? html`<p>${page.t('stats.noData')}</p>` : ''}
      ${chartFor('byMonth', 'stats.overTime', 'line')}
      ${chartFor('byFormat', 'stats.byFormat', 'bar')}
      ${chartFor('byTraining', 'stats.byTraining', 'bar')}
      ${chartFor('byCompetence', 'stats.byCompetence', 'bar')}`;
    res.type('html').send(renderPage(page, { title, description: page.t('stats.intro'), body, canonicalPath: '/statistics/trainings' }));
  });

  return router;
}
