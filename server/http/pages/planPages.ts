// The plan page /plans/:slug: status, period and whether a report is due, the vision, goals with their actions and
// one chart per indicator, the progress reports with the advisors' feedback, and the history; the report form
// (/plans/:slug/report) and the feedback form post through the same commands as the API (Post/Redirect/Get).
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { giveFeedback } from '../../commands/plans/giveFeedback.js';
import { listReports } from '../../commands/plans/listReports.js';
import { loadPlan, type LoadedPlan } from '../../commands/plans/loadPlan.js';
import { planHistory } from '../../commands/plans/planHistory.js';
import { nextReportDue } from '../../commands/plans/reportDue.js';
import { submitReport } from '../../commands/plans/submitReport.js';
import { loadOrganisation } from '../../commands/organisations/loadOrganisation.js';
import { loadProgramme } from '../../commands/programmes/loadProgramme.js';
import { visibleItemRefs } from '../../commands/shared/visibleItems.js';
import type { AppError } from '../../errors.js';
import { errorText } from '../../i18n/errorText.js';
import type { Plan } from '../../models/plan.js';
import { actionStatuses, overallStatuses } from '../../commands/plans/schemas.js';
import type { PlanReport } from '../../models/planReport.js';
import { can } from '../../policies/index.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { planJsonLd } from '../../presenters/planJsonLd.js';
import { attempt, csrfField, errorSummary, field, fieldErrorsOf, statusMessage, type FieldErrors } from './forms.js';
import { html, jsonForScript, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { day, goalTree, historyList, inLanguage, localText, periodText, reportTimeline, statusBadge } from './views/planViews.js';
import type { MessageKey } from '../../i18n/translate.js';

const doneKeys: Record<string, MessageKey> = { report: 'plans.done.report', feedback: 'plans.done.feedback', saved: 'plans.done.saved', created: 'plans.done.created' };

/** A command's refusal on a plan form: one sentence for the summary and a mark on each named field. */
export function formProblems(page: PageContext, error: AppError): { formError: string; fields: FieldErrors } {
  return { formError: errorText(page.locale, error), fields: fieldErrorsOf(error, () => page.t('plans.checkField')) };
}

const text = (body: unknown, name: string): string => {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value.trim() : '';
};

export const revOf = (body: unknown): number => Number(text(body, 'rev'));

function reportDueNotice(page: PageContext, plan: Plan): SafeHtml {
  const due = nextReportDue(plan);
  if (!due) return html``;
  const overdue = due.getTime() < Date.now();
  return html`<p class="notice${overdue ? ' notice-warning' : ''}" role="note">${page.t(overdue ? 'plans.reportOverdue' : 'plans.reportDue', { date: page.date(due) })}</p>`;
}

function planActions(page: PageContext, loaded: LoadedPlan): SafeHtml {
  const { plan, access } = loaded;
  const id = String(plan._id);
  return html`<ul class="inline-list page-actions">
    ${can(page.actor, 'plan.edit', access) || can(page.actor, 'plan.changeStatus', access) ? html`<li><a class="button" href="/plans/${plan.slug}/edit">${page.t('plans.edit')}</a></li>` : ''}
    ${can(page.actor, 'plan.report', access) && plan.status !== 'draft' && plan.status !== 'completed' && plan.status !== 'discontinued'
      ? html`<li><a class="button secondary" href="/plans/${plan.slug}/report">${page.t('plans.writeReport')}</a></li>` : ''}
    <li><a href="/api/plans/${id}/actions.csv" download>${page.t('plans.exportActions')}</a></li>
    <li><a href="/api/plans/${id}/indicators.csv" download>${page.t('plans.exportIndicators')}</a></li>
  </ul>`;
}

function feedbackForm(page: PageContext, plan: Plan, report: PlanReport, error?: { reportId: string; message: string }): SafeHtml {
  const id = String(report._id);
  const mine = error?.reportId === id ? error.message : undefined;
  return html`<form method="post" action="/plans/${plan.slug}/reports/${id}/feedback" class="feedback-form">${csrfField(page)}
    ${field({ name: 'body', label: page.t('plans.giveFeedback'), rows: 4, hint: page.t('editor.hint.markdown'), error: mine, idPrefix: `fb-${id}`, required: true })}
    <button type="submit" class="button secondary">${page.t('plans.sendFeedback')}</button></form>`;
}

async function renderPlan(ctx: AppContext, req: Request, res: Response, loaded: LoadedPlan, feedbackError?: { reportId: string; error: AppError }): Promise<void> {
  const page = pageContext(req);
  const { plan, access } = loaded;
  const itemKeys = plan.actions.flatMap((a) => [
    ...a.inspiredByPracticeIds.map((id) => ({ type: 'practice' as const, id })),
    ...a.inspiredByResourceIds.map((id) => ({ type: 'resource' as const, id })),
    ...(a.producedPracticeId ? [{ type: 'practice' as const, id: a.producedPracticeId }] : []),
  ]);
  const [reports, revisions, { organisation }, programme, refs] = await Promise.all([
    listReports(ctx, req.actor, plan._id),
    planHistory(ctx, req.actor, plan._id),
    loadOrganisation(ctx, req.actor, plan.organisationId),
    plan.programmeId ? loadProgramme(ctx, req.actor, plan.programmeId).then((found) => found.programme) : null,
    visibleItemRefs(ctx, req.actor, itemKeys),
  ]);
  const names = await loadDisplayNames(ctx, [...reports.flatMap((r) => [r.submittedBy, ...r.feedback.map((f) => f.authorId)]), ...revisions.map((r) => r.authorId)]);
  const title = inLanguage(plan.title, page.locale, plan.slug);
  const vision = inLanguage(plan.vision, page.locale);
  const done = typeof req.query.done === 'string' ? doneKeys[req.query.done] : undefined;
  const mayGiveFeedback = can(req.actor, 'plan.feedback', access);
  const problem = feedbackError ? { reportId: feedbackError.reportId, message: errorText(page.locale, feedbackError.error) } : undefined;
  const isPublic = plan.status !== 'draft' && plan.visibility === 'public';
  const body = html`<article class="plan" aria-labelledby="plan-title">
    <nav class="breadcrumb" aria-label="${page.t('plans.breadcrumb')}"><a href="/organisations/${organisation.slug}">${organisation.name}</a>${
      programme ? html` · <a href="/programmes/${programme.slug}">${localText(page, programme.name)}</a>` : ''}</nav>
    <p class="eyebrow">${page.t(`plans.kind.${plan.kind}`)}</p>
    <h1 id="plan-title" lang="${title.language}">${title.text}</h1>
    ${statusMessage(done ? page.t(done) : undefined)}
    <dl class="event-facts plan-facts">
      <div class="fact"><dt>${page.t('plans.statusLabel')}</dt><dd>${statusBadge(page, 'planStatus', plan.status)}</dd></div>
      <div class="fact"><dt>${page.t('plans.period')}</dt><dd>${periodText(page, plan.periodStart, plan.periodEnd)}</dd></div>
      <div class="fact"><dt>${page.t('plans.visibilityLabel')}</dt><dd>${page.t(`plans.visibility.${plan.visibility}`)}</dd></div>
      ${plan.overallStatus ? html`<div class="fact"><dt>${page.t('plans.overallLabel')}</dt><dd>${statusBadge(page, 'overall', plan.overallStatus)}</dd></div>` : ''}
      <div class="fact"><dt>${page.t('plans.lastReport')}</dt><dd>${plan.lastReportAt ? page.date(plan.lastReportAt) : page.t('plans.never')}</dd></div>
      <div class="fact"><dt>${page.t('plans.progress')}</dt><dd>${page.t('plans.actionsDone', { done: page.number(plan.summary.actionsDone), total: page.number(plan.summary.actionsTotal) })}; ${page.t('plans.indicatorsAtTarget', { reached: page.number(plan.summary.indicatorsAtTarget), total: page.number(plan.summary.indicatorsTotal) })}</dd></div>
    </dl>
    ${plan.status === 'draft' ? html`<p class="notice notice-warning" role="note">${page.t('plans.draftNotice')}</p>` : ''}
    ${reportDueNotice(page, plan)}
    ${planActions(page, loaded)}
    ${vision.text ? html`<section aria-labelledby="vision-heading"><h2 id="vision-heading">${page.t('plans.vision')}</h2><div class="prose lead" lang="${vision.language}">${vision.text.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}</div></section>` : ''}
    <section aria-labelledby="goals-heading"><h2 id="goals-heading">${page.t('plans.goals')}</h2>${goalTree(page, plan, new Map(refs.map((ref) => [ref.id, ref])))}</section>
    <section aria-labelledby="reports-heading"><h2 id="reports-heading">${page.t('plans.reports')}</h2>
      ${reportTimeline(page, plan, reports, names, (report) => (mayGiveFeedback ? feedbackForm(page, plan, report, problem) : html``))}</section>
    <section aria-labelledby="history-heading"><h2 id="history-heading">${page.t('plans.history')}</h2>${historyList(page, revisions, names)}</section>
  </article>`;
  res.status(feedbackError ? feedbackError.error.status : 200).type('html').send(
    renderPage(page, {
      title: title.text,
      description: vision.text.slice(0, 200) || title.text,
      body,
      canonicalPath: `/plans/${plan.slug}`,
      noIndex: !isPublic,
      head: isPublic ? html`<script type="application/ld+json">${jsonForScript(planJsonLd(plan, organisation, ctx.config.publicUrl))}</script>` : undefined,
    }),
  );
}

interface ReportDraft {
  readonly values: Record<string, string>;
  readonly problems?: { formError: string; fields: FieldErrors };
}

function reportForm(page: PageContext, plan: Plan, draft: ReportDraft): SafeHtml {
  const v = (name: string, fallback = '') => draft.values[name] ?? fallback;
  const errors = draft.problems?.fields ?? {};
  const from = plan.lastReportAt ?? plan.adoptedAt ?? plan.periodStart;
  const statusOptions = actionStatuses.map((s) => [s, page.t(`plans.actionStatus.${s}`)] as const);
  return html`${errorSummary(page, errors, draft.problems?.formError)}
  <form method="post" action="/plans/${plan.slug}/report" class="plan-form" novalidate>${csrfField(page)}
    <input type="hidden" name="rev" value="${plan.rev}">
    <fieldset><legend>${page.t('plans.reportingPeriod')}</legend>
      ${field({ name: 'periodStart', label: page.t('plans.from'), type: 'date', value: v('periodStart', day(from)), error: errors.periodStart, required: true })}
      ${field({ name: 'periodEnd', label: page.t('plans.to'), type: 'date', value: v('periodEnd', day(new Date())), error: errors.periodEnd, required: true })}
    </fieldset>
    ${field({ name: 'overallStatus', label: page.t('plans.overallLabel'), options: overallStatuses.map((s) => [s, page.t(`plans.overall.${s}`)] as const), value: v('overallStatus', plan.overallStatus ?? 'on-track'), required: true })}
    ${field({ name: 'achievements', label: page.t('plans.achievements'), rows: 5, hint: page.t('editor.hint.markdown'), value: v('achievements'), error: errors.achievements })}
    ${field({ name: 'difficulties', label: page.t('plans.difficulties'), rows: 5, hint: page.t('editor.hint.markdown'), value: v('difficulties'), error: errors.difficulties })}
    <fieldset><legend>${page.t('plans.actionUpdates')}</legend>
      ${plan.actions.length === 0 ? html`<p class="hint">${page.t('plans.noActions')}</p>` : ''}
      ${plan.actions.map((action) => {
        const id = String(action._id);
        return html`<div class="report-row"><p class="item-name">${action.description}</p>
          ${field({ name: `action-${id}-status`, label: page.t('plans.actionStatusLabel'), options: statusOptions, value: v(`action-${id}-status`, action.status) })}
          ${field({ name: `action-${id}-note`, label: page.t('plans.noteOrReason'), value: v(`action-${id}-note`), error: errors.actionUpdates })}</div>`;
      })}
    </fieldset>
    <fieldset><legend>${page.t('plans.newValues')}</legend>
      ${plan.indicators.length === 0 ? html`<p class="hint">${page.t('plans.noIndicators')}</p>` : ''}
      ${plan.indicators.map((indicator) => {
        const id = String(indicator._id);
        const name = inLanguage(indicator.name, page.locale).text;
        return html`<div class="report-row"><p class="item-name">${name} (${indicator.unit}) · ${page.t('plans.target')}: ${page.number(indicator.targetValue)}</p>
          ${field({ name: `indicator-${id}-value`, label: page.t('plans.value'), value: v(`indicator-${id}-value`), error: errors.indicatorValues, hint: page.t('plans.valueHint') })}
          ${field({ name: `indicator-${id}-date`, label: page.t('plans.date'), type: 'date', value: v(`indicator-${id}-date`, day(new Date())) })}
          ${field({ name: `indicator-${id}-source`, label: page.t('plans.source'), value: v(`indicator-${id}-source`) })}</div>`;
      })}
    </fieldset>
    <div class="form-actions"><button type="submit" class="button">${page.t('plans.submitReport')}</button> <a href="/plans/${plan.slug}">${page.t('plans.cancel')}</a></div>
  </form>`;
}

/** The report form's fields as the command's input: only changed actions, only indicators given a value. */
function reportInput(plan: Plan, values: Record<string, string>): Record<string, unknown> {
  const actionUpdates = plan.actions.flatMap((action) => {
    const id = String(action._id);
    const status = values[`action-${id}-status`] ?? action.status;
    const note = values[`action-${id}-note`] ?? '';
    return status === action.status && !note ? [] : [{ actionId: id, status, note }];
  });
  const indicatorValues = plan.indicators.flatMap((indicator) => {
    const id = String(indicator._id);
    const value = values[`indicator-${id}-value`];
    return value ? [{ indicatorId: id, value, date: values[`indicator-${id}-date`] ?? '', source: values[`indicator-${id}-source`] ?? '' }] : [];
  });
  return {
    rev: Number(values.rev), periodStart: values.periodStart ?? '', periodEnd: values.periodEnd ?? '', overallStatus: values.overallStatus ?? '',
    achievements: values.achievements ?? '', difficulties: values.difficulties ?? '', actionUpdates, indicatorValues,
  };
}

export function postedValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(body && typeof body === 'object' ? body : {})) if (typeof value === 'string' && name !== '_csrf') values[name] = value.trim();
  return values;
}

function renderReportForm(req: Request, res: Response, plan: Plan, draft: ReportDraft, status = 200): void {
  const page = pageContext(req);
  const title = page.t('plans.reportTitle', { plan: inLanguage(plan.title, page.locale, plan.slug).text });
  const body = html`<h1>${title}</h1><p class="lead">${page.t('plans.reportIntro')}</p>${reportForm(page, plan, draft)}`;
  res.status(status).type('html').send(renderPage(page, { title, body, noIndex: true }));
}

export function planPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/plans/:slug', async (req, res) => {
    await renderPlan(ctx, req, res, await loadPlan(ctx, req.actor, req.params.slug));
  });

  router.get('/plans/:slug/report', async (req, res) => {
    const { plan } = await loadPlan(ctx, req.actor, req.params.slug);
    renderReportForm(req, res, plan, { values: {} });
  });

  router.post('/plans/:slug/report', async (req, res) => {
    const { plan } = await loadPlan(ctx, req.actor, req.params.slug);
    const values = postedValues(req.body);
    const result = await attempt(() => submitReport(ctx, req.actor, plan._id, reportInput(plan, values)));
    if (!result.ok) return renderReportForm(req, res, plan, { values, problems: formProblems(pageContext(req), result.error) }, result.error.status);
    res.redirect(303, `/plans/${plan.slug}?done=report#report-${String(result.value._id)}`);
  });

  router.post('/plans/:slug/reports/:reportId/feedback', async (req, res) => {
    const loaded = await loadPlan(ctx, req.actor, req.params.slug);
    const result = await attempt(() => giveFeedback(ctx, req.actor, loaded.plan._id, req.params.reportId, { body: text(req.body, 'body') }));
    if (!result.ok) return renderPlan(ctx, req, res, loaded, { reportId: req.params.reportId, error: result.error });
    res.redirect(303, `/plans/${loaded.plan.slug}?done=feedback#report-${req.params.reportId}`);
  });

  return router;
}
