// GET /statistics/search: the search analytics for organisers — searches per day, top queries, queries with no
// results and clicks by result position, each chart with its numbers in a table, so vocabulary and content gaps show.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { searchAnalytics, type QueryRow, type SearchAnalytics } from '../../commands/search/searchAnalytics.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { barChart, lineChart } from './views/charts.js';

const chartRows = 10;
const periods = [7, 30, 90] as const;

function percent(page: PageContext, part: number, whole: number): string {
  return whole ? `${page.number(Math.round((part / whole) * 1000) / 10)} %` : '—';
}

function queryTable(page: PageContext, rows: readonly QueryRow[], caption: string): SafeHtml {
  return html`<table class="table"><caption>${caption}</caption>
    <thead><tr><th scope="col">${page.t('analytics.query')}</th><th scope="col" class="numeric">${page.t('analytics.count')}</th><th scope="col" class="numeric">${page.t('analytics.zero')}</th><th scope="col" class="numeric">${page.t('analytics.clicks')}</th><th scope="col">${page.t('analytics.lastSeen')}</th></tr></thead>
    <tbody>${rows.map(
      (row) => html`<tr><th scope="row"><a href="/search?${new URLSearchParams({ q: row.query }).toString()}">${row.query}</a></th>
        <td class="numeric">${page.number(row.searches)}</td><td class="numeric">${page.number(row.zeroResults)}</td><td class="numeric">${page.number(row.clicks)}</td><td>${page.date(row.lastAt.toISOString())}</td></tr>`,
    )}</tbody></table>`;
}

function queryChart(page: PageContext, id: string, title: string, rows: readonly QueryRow[], value: (row: QueryRow) => number, seriesLabel: string): SafeHtml {
  const shown = rows.slice(0, chartRows);
  return barChart({
    id,
    title,
    description: page.t('analytics.chartDescription'),
    categoryLabel: page.t('analytics.query'),
    categories: shown.map((row) => row.query),
    series: [{ label: seriesLabel, values: shown.map(value) }],
    formatNumber: (n) => page.number(n),
  });
}

function analyticsBody(page: PageContext, stats: SearchAnalytics): SafeHtml {
  const fact = (label: string, value: string) => html`<div class="key-figure"><dt>${label}</dt><dd>${value}</dd></div>`;
  const periodForm = html`<form method="get" action="/statistics/search" class="filters filters-inline">
    <label for="analytics-days">${page.t('analytics.periodLabel')}</label>
    <select id="analytics-days" name="days">${periods.map((days) => html`<option value="${String(days)}"${days === stats.days ? html` selected` : ''}>${page.t('analytics.period', { days: page.number(days) })}</option>`)}</select>
    <button type="submit" class="button">${page.t('trainings.filter.apply')}</button></form>`;
  if (stats.totals.searches === 0 && stats.totals.clicks === 0) return html`${periodForm}<p>${page.t('analytics.none')}</p>`;
  const positionLabels = stats.clickPositions.map((_n, i) => (i < stats.clickPositions.length - 1 ? page.number(i + 1) : page.t('analytics.positionRest')));
  return html`${periodForm}
    <dl class="key-figures">
      ${fact(page.t('analytics.searches'), page.number(stats.totals.searches))}
      ${fact(page.t('analytics.zeroShare'), percent(page, stats.totals.zeroResults, stats.totals.searches))}
      ${fact(page.t('analytics.clickShare'), percent(page, stats.totals.clicks, stats.totals.searches))}
    </dl>
    <section aria-labelledby="h-daily"><h2 id="h-daily">${page.t('analytics.daily')}</h2>
      ${lineChart({
        id: 'chart-daily',
        title: page.t('analytics.chartTitleDaily'),
        description: page.t('analytics.chartDescription'),
        categoryLabel: page.t('analytics.day'),
        categories: stats.daily.map((day) => page.date(`${day.day}T12:00:00Z`)),
        series: [
          { label: page.t('analytics.searches'), values: stats.daily.map((day) => day.searches) },
          { label: page.t('analytics.zero'), values: stats.daily.map((day) => day.zeroResults) },
        ],
        formatNumber: (n) => page.number(n),
      })}</section>
    <section aria-labelledby="h-top"><h2 id="h-top">${page.t('analytics.topQueries')}</h2>
      ${queryChart(page, 'chart-top', page.t('analytics.chartTitleTop'), stats.topQueries, (row) => row.searches, page.t('analytics.count'))}
      ${queryTable(page, stats.topQueries, page.t('analytics.topQueries'))}</section>
    <section aria-labelledby="h-zero"><h2 id="h-zero">${page.t('analytics.zeroQueries')}</h2>
      ${stats.zeroResultQueries.length
        ? html`${queryChart(page, 'chart-zero', page.t('analytics.zeroQueries'), stats.zeroResultQueries, (row) => row.zeroResults, page.t('analytics.zero'))}
          ${queryTable(page, stats.zeroResultQueries, page.t('analytics.zeroQueries'))}`
        : html`<p>—</p>`}</section>
    <section aria-labelledby="h-positions"><h2 id="h-positions">${page.t('analytics.positions')}</h2>
      ${barChart({
        id: 'chart-positions',
        title: page.t('analytics.chartTitlePositions'),
        description: page.t('analytics.chartDescription'),
        categoryLabel: page.t('analytics.position'),
        categories: positionLabels,
        series: [{ label: page.t('analytics.clicks'), values: [...stats.clickPositions] }],
        formatNumber: (n) => page.number(n),
      })}</section>`;
}

export function searchAnalyticsPage(ctx: AppContext): Router {
  const router = Router();
  router.get('/statistics/search', async (req, res) => {
    const page = pageContext(req);
    const days = periods.find((d) => String(d) === req.query.days) ?? 30;
    const stats = await searchAnalytics(ctx, req.actor, { days });
    const title = page.t('analytics.title');
    const body = html`<h1>${title}</h1><p class="lead">${page.t('analytics.lead')}</p>${analyticsBody(page, stats)}`;
    res.type('html').send(renderPage(page, { title, description: page.t('analytics.lead'), body, noIndex: true }));
  });
  return router;
}
