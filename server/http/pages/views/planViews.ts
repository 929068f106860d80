// Building blocks of the plan pages: text in the reader's language, status badges, the goal tree with its actions
// and one chart per indicator (measured values against the target), the report timeline and the plan's history.
import type { AdoptingPlan } from '../../../commands/plans/plansAdoptingPractice.js';
import type { ItemRef } from '../../../commands/shared/visibleItems.js';
import type { Plan, PlanAction, PlanGoal, PlanIndicator } from '../../../models/plan.js';
import type { PlanReport } from '../../../models/planReport.js';
import type { Revision } from '../../../models/revision.js';
import { en } from '../../../i18n/messages/en.js';
import type { MessageKey } from '../../../i18n/translate.js';
import { html, raw, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { lineChart } from './charts.js';

/** A per-language text in the reader's language, else the first language it has. */
export function inLanguage(text: Record<string, string> | undefined, locale: string, fallback = ''): { language: string; text: string } {
  const entries = Object.entries(text ?? {}).filter(([, value]) => value);
  const [language, value] = entries.find(([lang]) => lang === locale) ?? entries[0] ?? [locale, fallback];
  return { language, text: value };
}

export const localText = (page: PageContext, text: Record<string, string> | undefined, fallback = ''): SafeHtml => {
  const shown = inLanguage(text, page.locale, fallback);
  return html`<span lang="${shown.language}">${shown.text}</span>`;
};

export const day = (date: Date | null | undefined): string => (date ? date.toISOString().slice(0, 10) : '');

type BadgeKind = 'planStatus' | 'actionStatus' | 'overall';
const badgeKeys: Record<BadgeKind, string> = { planStatus: 'plans.status', actionStatus: 'plans.actionStatus', overall: 'plans.overall' };

export function statusBadge(page: PageContext, kind: BadgeKind, value: string | null): SafeHtml {
  if (!value) return html``;
  return html`<span class="state state-${kind}-${value}">${page.t(`${badgeKeys[kind]}.${value}` as MessageKey)}</span>`;
}

export function periodText(page: PageContext, start: Date, end: Date): string {
  return `${page.date(start)} – ${page.date(end)}`;
}

/** Links to what inspired an action, and to the write-up it produced, among those the reader may see. */
export type ItemRefs = ReadonlyMap<string, ItemRef>;

function actionLinks(page: PageContext, action: PlanAction, refs: ItemRefs): SafeHtml {
  const link = (id: { toString(): string }) => {
    const ref = refs.get(String(id));
    return ref ? html`<li><a href="/${ref.type === 'practice' ? 'practices' : 'resources'}/${encodeURIComponent(ref.slug)}" lang="${ref.language}">${ref.title}</a></li>` : '';
  };
  const inspired = [...action.inspiredByPracticeIds, ...action.inspiredByResourceIds].map(link).filter((item) => item !== '');
  const produced = action.producedPracticeId ? link(action.producedPracticeId) : '';
  return html`${inspired.length ? html`<p class="hint">${page.t('plans.inspiredBy')}</p><ul class="inline-list">${inspired}</ul>` : ''}
    ${produced ? html`<p class="hint">${page.t('plans.produced')}</p><ul class="inline-list">${produced}</ul>` : ''}`;
}

function actionRow(page: PageContext, action: PlanAction, refs: ItemRefs, sub: boolean): SafeHtml {
  const late = (action.status === 'not-started' || action.status === 'in-progress') && action.due !== null && action.due.getTime() < Date.now();
  return html`<tr id="action-${String(action._id)}"${sub ? html` class="sub-action"` : ''}>
    <td>${sub ? html`<span class="visually-hidden">${page.t('plans.subAction')}: </span>` : ''}${action.description}${actionLinks(page, action, refs)}</td>
    <td>${action.owner}</td>
    <td>${action.start ? html`<time datetime="${day(action.start)}">${page.date(action.start)}</time>` : ''}</td>
    <td>${action.due ? html`<time datetime="${day(action.due)}">${page.date(action.due)}</time>` : ''}${late ? html` <span class="state state-late">${page.t('plans.late')}</span>` : ''}</td>
    <td>${statusBadge(page, 'actionStatus', action.status)}${action.reason ? html`<br><span class="hint">${action.reason}</span>` : ''}</td>
    <td class="numeric">${action.budget === null ? '' : page.number(action.budget)}${action.fundingSource ? html`<br><span class="hint">${action.fundingSource}</span>` : ''}</td>
  </tr>`;
}

function actionTable(page: PageContext, goal: PlanGoal, actions: readonly PlanAction[], refs: ItemRefs): SafeHtml {
  const mine = actions.filter((action) => action.goalId.equals(goal._id));
  if (mine.length === 0) return html`<p class="hint">${page.t('plans.noActions')}</p>`;
  const top = mine.filter((action) => !action.parentId);
  const rows = top.flatMap((action) => [actionRow(page, action, refs, false), ...mine.filter((child) => child.parentId?.equals(action._id)).map((child) => actionRow(page, child, refs, true))]);
  return html`<div class="table-scroll"><table class="table plan-actions">
    <caption class="visually-hidden">${page.t('plans.actionsOf', { goal: inLanguage(goal.title, page.locale).text })}</caption>
    <thead><tr><th scope="col">${page.t('plans.action')}</th><th scope="col">${page.t('plans.owner')}</th><th scope="col">${page.t('plans.start')}</th>
      <th scope="col">${page.t('plans.due')}</th><th scope="col">${page.t('plans.actionStatusLabel')}</th><th scope="col">${page.t('plans.budget')}</th></tr></thead>
    <tbody>${rows}</tbody></table></div>`;
}

/** The indicator's series as a line with the target as a reference line; the baseline is the first point. */
export function indicatorChart(page: PageContext, indicator: PlanIndicator): SafeHtml {
  const name = inLanguage(indicator.name, page.locale).text;
  const points = [{ date: indicator.baselineDate, value: indicator.baselineValue, label: page.t('plans.baseline') }, ...indicator.measurements.map((m) => ({ date: m.date, value: m.value, label: '' }))];
  const latest = indicator.latestValue;
  return lineChart({
    id: `indicator-${String(indicator._id)}`,
    title: `${name} (${indicator.unit})`,
    description: page.t('plans.indicatorDescription', {
      baseline: page.number(indicator.baselineValue), target: page.number(indicator.targetValue), targetDate: page.date(indicator.targetDate),
      latest: latest === null ? '–' : page.number(latest), count: indicator.measurements.length,
    }),
    categoryLabel: page.t('plans.date'),
    categories: points.map((point) => (point.label ? `${page.date(point.date)} (${point.label})` : page.date(point.date))),
    series: [{ label: `${name} (${indicator.unit})`, values: points.map((point) => point.value) }],
    reference: { label: page.t('plans.target'), value: indicator.targetValue },
    formatNumber: page.number,
  });
}

function goalSection(page: PageContext, plan: Plan, goal: PlanGoal, refs: ItemRefs, level: 2 | 3): SafeHtml {
  const title = localText(page, goal.title);
  const heading = level === 2 ? html`<h3 id="goal-${String(goal._id)}">${title}</h3>` : html`<h4 id="goal-${String(goal._id)}">${title}</h4>`;
  const indicators = plan.indicators.filter((indicator) => indicator.goalId.equals(goal._id));
  const children = level === 2 ? plan.goals.filter((child) => child.parentId?.equals(goal._id)) : [];
  return html`<section class="plan-goal${level === 3 ? ' sub-goal' : ''}" aria-labelledby="goal-${String(goal._id)}">
    ${heading}
    ${actionTable(page, goal, plan.actions, refs)}
    ${indicators.length ? html`<div class="indicator-grid">${indicators.map((indicator) => indicatorChart(page, indicator))}</div>` : ''}
    ${children.map((child) => goalSection(page, plan, child, refs, 3))}
  </section>`;
}

export function goalTree(page: PageContext, plan: Plan, refs: ItemRefs): SafeHtml {
  const top = plan.goals.filter((goal) => !goal.parentId);
  if (top.length === 0) return html`<p>${page.t('plans.noGoals')}</p>`;
  return html`${top.map((goal) => goalSection(page, plan, goal, refs, 2))}`;
}

export type Names = ReadonlyMap<string, string>;
const nameOf = (page: PageContext, names: Names, id: { toString(): string } | null): string => (id ? names.get(String(id)) : undefined) ?? page.t('plans.someone');

function reportEntry(page: PageContext, plan: Plan, report: PlanReport, names: Names, feedbackForm: SafeHtml): SafeHtml {
  const action = (id: { toString(): string }) => plan.actions.find((a) => String(a._id) === String(id));
  const indicator = (id: { toString(): string }) => plan.indicators.find((i) => String(i._id) === String(id));
  return html`<li class="timeline-entry report" id="report-${String(report._id)}">
    <h3>${page.t('plans.reportFor', { period: periodText(page, report.periodStart, report.periodEnd) })} ${statusBadge(page, 'overall', report.overallStatus)}</h3>
    <p class="byline">${page.t('plans.submittedBy', { name: nameOf(page, names, report.submittedBy), date: page.date(report.submittedAt) })}</p>
    ${report.achievementsHtml ? html`<h4>${page.t('plans.achievements')}</h4><div class="prose">${raw(report.achievementsHtml)}</div>` : ''}
    ${report.difficultiesHtml ? html`<h4>${page.t('plans.difficulties')}</h4><div class="prose">${raw(report.difficultiesHtml)}</div>` : ''}
    ${report.actionUpdates.length ? html`<h4>${page.t('plans.actionUpdates')}</h4><ul>${report.actionUpdates.map((u) => html`<li>${action(u.actionId)?.description ?? '–'}: ${statusBadge(page, 'actionStatus', u.status)}${u.note ? html` — ${u.note}` : ''}</li>`)}</ul>` : ''}
    ${report.indicatorValues.length ? html`<h4>${page.t('plans.newValues')}</h4><ul>${report.indicatorValues.map((v) => {
      const found = indicator(v.indicatorId);
      return html`<li>${found ? localText(page, found.name) : '–'}: ${page.number(v.value)} ${found?.unit ?? ''} (${page.date(v.date)})${v.source ? html` · ${v.source}` : ''}</li>`;
    })}</ul>` : ''}
    <section class="feedback" aria-label="${page.t('plans.feedback')}">
      ${report.feedback.length ? html`<h4>${page.t('plans.feedback')}</h4><ul class="plain-list">${report.feedback.map((f) => html`<li class="advisor-feedback">
        <p class="byline">${page.t('plans.feedbackBy', { name: nameOf(page, names, f.authorId), date: page.date(f.at) })}</p><div class="prose">${raw(f.bodyHtml)}</div></li>`)}</ul>` : ''}
      ${feedbackForm}
    </section>
  </li>`;
}

export function reportTimeline(page: PageContext, plan: Plan, reports: readonly PlanReport[], names: Names, feedbackForm: (report: PlanReport) => SafeHtml): SafeHtml {
  if (reports.length === 0) return html`<p>${page.t('plans.noReports')}</p>`;
  return html`<ol class="timeline">${reports.map((report) => reportEntry(page, plan, report, names, feedbackForm(report)))}</ol>`;
}

/** The name of a changed field of the plan; a field without a name of its own reads as a change of the plan. */
const fieldKey = (field: string): MessageKey => (`plans.field.${field}` in en ? (`plans.field.${field}` as MessageKey) : 'plans.field.plan');

export function historyList(page: PageContext, revisions: readonly Revision[], names: Names): SafeHtml {
  return html`<ol class="timeline history">${revisions.map((revision) => html`<li class="timeline-entry">
    <time datetime="${revision.at.toISOString()}">${page.date(revision.at, 'short')}</time> · ${nameOf(page, names, revision.authorId)} ·
    ${revision.changedFields.length ? [...new Set(revision.changedFields.map((field) => field.split('.')[0] ?? field))].map((field) => page.t(fieldKey(field))).join(', ') : page.t('plans.created')}
  </li>`)}</ol>`;
}

/** On a practice page: the plans that took it up ("adopted by"), with their organisations. */
export function adoptedBySection(page: PageContext, adopting: readonly AdoptingPlan[]): SafeHtml {
  if (adopting.length === 0) return html``;
  return html`<section class="adopted-by" aria-labelledby="adopted-heading"><h2 id="adopted-heading">${page.t('plans.adoptedBy')}</h2>
    <p>${page.t('plans.adoptedByIntro')}</p>
    <ul>${adopting.map(({ plan, organisationName }) => html`<li><a href="/plans/${plan.slug}">${localText(page, plan.title, plan.slug)}</a> · ${organisationName} ${statusBadge(page, 'planStatus', plan.status)}</li>`)}</ul></section>`;
}
