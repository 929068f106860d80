// The programme's plan-monitoring dashboard /programmes/:slug/dashboard for its advisors and organisers: plans by
// status, actions done and late, indicators at or past target as charts with their data tables, the plans at risk,
// and a table of every plan the reader may read, sortable by its column headers (links, so it works without
// JavaScript), with the same table as CSV.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { programmeDashboard, type DashboardRow, type ProgrammeDashboard } from '../../commands/plans/programmeDashboard.js';
import { planStatuses } from '../../commands/plans/schemas.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { barChart } from './views/charts.js';
import { inLanguage, localText, statusBadge } from './views/planViews.js';

const sortKeys = ['organisation', 'status', 'lastReport', 'actionsLate', 'overall'] as const;
type SortKey = (typeof sortKeys)[number];

function charts(page: PageContext, dashboard: ProgrammeDashboard): SafeHtml {
  const { totals, byStatus } = dashboard;
  const count = page.t('plans.dashboard.count');
  return html`<div class="chart-grid">
    ${barChart({
      id: 'chart-status', title: page.t('plans.dashboard.byStatus'), categoryLabel: page.t('plans.statusLabel'),
      description: page.t('plans.dashboard.byStatusDescription', { count: totals.plans }),
      categories: planStatuses.map((status) => page.t(`plans.status.${status}`)),
      series: [{ label: count, values: planStatuses.map((status) => byStatus[status]) }], formatNumber: page.number,
    })}
    ${barChart({
      id: 'chart-actions', title: page.t('plans.dashboard.actions'), categoryLabel: page.t('plans.action'),
      description: page.t('plans.dashboard.actionsDescription', { done: page.number(totals.actionsDone), late: page.number(totals.actionsLate), total: page.number(totals.actionsTotal) }),
      categories: [page.t('plans.dashboard.done'), page.t('plans.dashboard.late'), page.t('plans.dashboard.otherOpen')],
      series: [{ label: count, values: [totals.actionsDone, totals.actionsLate, Math.max(0, totals.actionsTotal - totals.actionsDone - totals.actionsLate)] }], formatNumber: page.number,
    })}
    ${barChart({
      id: 'chart-indicators', title: page.t('plans.dashboard.indicators'), categoryLabel: page.t('plans.indicator'),
      description: page.t('plans.dashboard.indicatorsDescription', { reached: page.number(totals.indicatorsAtTarget), total: page.number(totals.indicatorsTotal) }),
      categories: [page.t('plans.dashboard.atTarget'), page.t('plans.dashboard.notYet')],
      series: [{ label: count, values: [totals.indicatorsAtTarget, totals.indicatorsTotal - totals.indicatorsAtTarget] }], formatNumber: page.number,
    })}
  </div>`;
}

function sortHeader(page: PageContext, slug: string, key: SortKey, label: string, sort: SortKey, order: 'asc' | 'desc'): SafeHtml {
  const active = key === sort;
  const next = active && order === 'asc' ? 'desc' : 'asc';
  const ariaSort = active ? (order === 'asc' ? 'ascending' : 'descending') : null;
  return html`<th scope="col"${ariaSort ? html` aria-sort="${ariaSort}"` : ''}><a href="/programmes/${slug}/dashboard?sort=${key}&amp;order=${next}#plans-table">${label}${
    active ? html` <span aria-hidden="true">${order === 'asc' ? '▲' : '▼'}</span>` : ''}<span class="visually-hidden"> (${page.t(next === 'asc' ? 'plans.dashboard.sortAsc' : 'plans.dashboard.sortDesc')})</span></a></th>`;
}

function planRow(page: PageContext, row: DashboardRow): SafeHtml {
  return html`<tr${row.atRisk ? html` class="at-risk"` : ''}>
    <th scope="row"><a href="/plans/${row.slug}">${localText(page, row.title, row.slug)}</a><br><a class="hint" href="/organisations/${row.organisation.id}">${row.organisation.name}</a></th>
    <td>${statusBadge(page, 'planStatus', row.status)}</td>
    <td class="numeric">${page.number(row.actionsDone)} / ${page.number(row.actionsTotal)}</td>
    <td class="numeric">${page.number(row.actionsLate)}</td>
    <td class="numeric">${page.number(row.indicatorsAtTarget)} / ${page.number(row.indicatorsTotal)}</td>
    <td>${row.lastReportAt ? page.date(row.lastReportAt) : page.t('plans.never')}${row.reportOverdue ? html` <span class="state state-late">${page.t('plans.dashboard.overdue')}</span>` : ''}</td>
    <td>${row.overallStatus ? statusBadge(page, 'overall', row.overallStatus) : '–'}${row.atRisk ? html` <span class="state state-risk">${page.t('plans.dashboard.atRisk')}</span>` : ''}</td>
  </tr>`;
}

function planTable(page: PageContext, dashboard: ProgrammeDashboard, sort: SortKey, order: 'asc' | 'desc'): SafeHtml {
  const slug = dashboard.programme.slug;
  const header = (key: SortKey, label: string) => sortHeader(page, slug, key, label, sort, order);
  if (dashboard.rows.length === 0) return html`<p>${page.t('plans.dashboard.noPlans')}</p>`;
  return html`<div class="table-scroll"><table class="table dashboard-table" id="plans-table">
    <caption>${page.t('plans.dashboard.tableCaption', { count: dashboard.rows.length })}</caption>
    <thead><tr>${header('organisation', page.t('plans.dashboard.plan'))}${header('status', page.t('plans.statusLabel'))}
      <th scope="col">${page.t('plans.dashboard.done')}</th>${header('actionsLate', page.t('plans.dashboard.late'))}
      <th scope="col">${page.t('plans.dashboard.atTarget')}</th>${header('lastReport', page.t('plans.lastReport'))}${header('overall', page.t('plans.overallLabel'))}</tr></thead>
    <tbody>${dashboard.rows.map((row) => planRow(page, row))}</tbody>
  </table></div>`;
}

function riskList(page: PageContext, rows: readonly DashboardRow[]): SafeHtml {
  const risky = rows.filter((row) => row.atRisk);
  if (risky.length === 0) return html`<p>${page.t('plans.dashboard.noneAtRisk')}</p>`;
  return html`<ul class="risk-list">${risky.map((row) => html`<li><a href="/plans/${row.slug}">${localText(page, row.title, row.slug)}</a> (${row.organisation.name}):
    ${[row.overallStatus ? page.t(`plans.overall.${row.overallStatus}`) : '', row.reportOverdue ? page.t('plans.dashboard.reportOverdue') : ''].filter(Boolean).join('; ')}</li>`)}</ul>`;
}

export function programmeDashboardPage(ctx: AppContext): Router {
  const router = Router();
  router.get('/programmes/:slug/dashboard', async (req, res) => {
    const page = pageContext(req);
    const sort: SortKey = sortKeys.find((key) => key === req.query.sort) ?? 'organisation';
    const order = req.query.order === 'desc' ? 'desc' : 'asc';
    const dashboard = await programmeDashboard(ctx, req.actor, req.params.slug, { sort, order });
    const name = inLanguage(dashboard.programme.name, page.locale, dashboard.programme.slug);
    const title = page.t('plans.dashboard.title', { programme: name.text });
    const { totals } = dashboard;
    const body = html`<h1>${title}</h1>
      <ul class="stats">
        ${([['plans.dashboard.plans', totals.plans], ['plans.dashboard.plansAtRisk', totals.atRisk], ['plans.dashboard.actionsLate', totals.actionsLate], ['plans.dashboard.indicatorsReached', totals.indicatorsAtTarget]] as const).map(
          ([key, value]) => html`<li>${page.t(key)}: <strong>${page.number(value)}</strong></li>`,
        )}
      </ul>
      <p class="export-links"><a href="/api/programmes/${String(dashboard.programme._id)}/dashboard.csv?sort=${sort}&amp;order=${order}" download>${page.t('plans.dashboard.csv')}</a></p>
      <section aria-labelledby="charts-heading"><h2 id="charts-heading">${page.t('plans.dashboard.overview')}</h2>${charts(page, dashboard)}</section>
      <section aria-labelledby="risk-heading"><h2 id="risk-heading">${page.t('plans.dashboard.riskHeading')}</h2>${riskList(page, dashboard.rows)}</section>
      <section aria-labelledby="table-heading"><h2 id="table-heading">${page.t('plans.dashboard.tableHeading')}</h2>${planTable(page, dashboard, sort, order)}</section>`;
    res.type('html').send(renderPage(page, { title, body, noIndex: true }));
  });
  return router;
}
