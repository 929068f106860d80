// The forms of the plan editor: a new plan (from a template, within a programme), the plan's own fields, status
// steps, and one form per goal, action and indicator (each item's form folded in a <details>), measured values and
// a CSV import. Items are listed in the order the plan page shows them, each with move up/down buttons. A form that
// was refused comes back open with what was typed and its problems marked.
import type { ItemRef } from '../../../commands/shared/visibleItems.js';
import { actionStatuses, planKinds, planVisibilities } from '../../../commands/plans/schemas.js';
import { planTransitions } from '../../../commands/plans/changePlanStatus.js';
import { goalsInOrder, itemsByGoal, siblingsOf, type PlanItem, type PlanItemKind } from '../../../commands/plans/itemOrder.js';
import type { MessageKey } from '../../../i18n/translate.js';
import type { Organisation } from '../../../models/organisation.js';
import type { Plan, PlanAction, PlanGoal, PlanIndicator } from '../../../models/plan.js';
import type { PlanTemplate } from '../../../models/planTemplate.js';
import type { Programme } from '../../../models/programme.js';
import { csrfField, errorSummary, field, termOptions, type FieldErrors } from '../forms.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { day, inLanguage } from './planViews.js';

/** A refused form: which one, what was typed, and the problems to show. */
export interface FailedForm {
  readonly formId: string;
  readonly values: Readonly<Record<string, string>>;
  readonly problems: { readonly formError: string; readonly fields: FieldErrors; readonly rows?: readonly string[] };
}

interface FormFrame {
  readonly page: PageContext;
  readonly failed: FailedForm | undefined;
}

const mine = (frame: FormFrame, formId: string): FailedForm | undefined => (frame.failed?.formId === formId ? frame.failed : undefined);

/** The value a field shows: what was typed into a refused form, else the stored one. */
function valueIn(frame: FormFrame, formId: string, name: string, stored: string): string {
  return mine(frame, formId)?.values[name] ?? stored;
}

function formStart(frame: FormFrame, formId: string, action: string, rev: number | null): SafeHtml {
  const failed = mine(frame, formId);
  return html`${failed ? errorSummary(frame.page, failed.problems.fields, failed.problems.formError, formId) : ''}
    <form method="post" action="${action}" id="${formId}" class="plan-form" novalidate>${csrfField(frame.page)}${rev === null ? '' : html`<input type="hidden" name="rev" value="${rev}">`}`;
}

function input(frame: FormFrame, formId: string, name: string, label: string, stored: string, extra: Partial<Parameters<typeof field>[0]> = {}): SafeHtml {
  return field({ name, label, value: valueIn(frame, formId, name, stored), error: mine(frame, formId)?.problems.fields[name], idPrefix: formId, ...extra });
}

const submit = (label: string): SafeHtml => html`<div class="form-actions"><button type="submit" class="button">${label}</button></div>`;

export function newPlanForm(page: PageContext, organisation: Organisation, programmes: readonly Programme[], templates: readonly PlanTemplate[], failed?: FailedForm): SafeHtml {
  const frame = { page, failed };
  const id = 'new-plan';
  const today = new Date();
  const inYears = (years: number) => day(new Date(Date.UTC(today.getUTCFullYear() + years, 7, 31)));
  return html`${formStart(frame, id, `/plans/new?organisation=${organisation.slug}`, null)}
    <input type="hidden" name="organisationId" value="${String(organisation._id)}">
    ${input(frame, id, 'kind', page.t('plans.editor.kind'), organisation.type === 'municipality' ? 'local-plan' : 'school-strategy', { options: planKinds.map((k) => [k, page.t(`plans.kind.${k}`)] as const), required: true })}
    ${input(frame, id, 'language', page.t('plans.editor.language'), page.locale, { options: termOptions('languages', page).slice(1), required: true })}
    ${input(frame, id, 'title', page.t('plans.editor.title'), '', { required: true })}
    ${input(frame, id, 'vision', page.t('plans.vision'), '', { rows: 4 })}
    ${input(frame, id, 'periodStart', page.t('plans.editor.periodStart'), day(today), { type: 'date', required: true })}
    ${input(frame, id, 'periodEnd', page.t('plans.editor.periodEnd'), inYears(3), { type: 'date', required: true })}
    ${input(frame, id, 'programmeId', page.t('plans.editor.programme'), programmes[0] ? String(programmes[0]._id) : '', {
      options: [['', page.t('plans.editor.noProgramme')] as const, ...programmes.map((p) => [String(p._id), inLanguage(p.name, page.locale, p.slug).text] as const)],
    })}
    ${input(frame, id, 'templateId', page.t('plans.editor.template'), '', {
      options: [['', page.t('plans.editor.noTemplate')] as const, ...templates.map((tpl) => [String(tpl._id), inLanguage(tpl.name, page.locale).text] as const)],
      hint: page.t('plans.editor.templateHint'),
    })}
    ${input(frame, id, 'reportEveryMonths', page.t('plans.editor.reportEvery'), '6', { type: 'number', hint: page.t('plans.editor.reportEveryHint') })}
    ${submit(page.t('plans.editor.start'))}
  </form>`;
}

export function statusForm(page: PageContext, plan: Plan): SafeHtml {
  const steps = planTransitions[plan.status];
  if (steps.length === 0) return html`<p>${page.t('plans.editor.closed')}</p>`;
  return html`<form method="post" action="/plans/${plan.slug}/edit/status" class="inline-list">${csrfField(page)}<input type="hidden" name="rev" value="${plan.rev}">
    ${steps.map((status) => html`<button type="submit" name="status" value="${status}" class="button${status === 'discontinued' ? ' secondary' : ''}">${page.t(`plans.editor.to.${status}` as MessageKey)}</button>`)}
  </form>`;
}

export function detailsForm(page: PageContext, plan: Plan, language: string, failed?: FailedForm): SafeHtml {
  const frame = { page, failed };
  const id = 'details';
  return html`${formStart(frame, id, `/plans/${plan.slug}/edit/details?text=${language}`, plan.rev)}
    <input type="hidden" name="language" value="${language}">
    ${input(frame, id, 'title', page.t('plans.editor.title'), plan.title[language] ?? '', { required: true })}
    ${input(frame, id, 'vision', page.t('plans.vision'), plan.vision[language] ?? '', { rows: 5 })}
    ${input(frame, id, 'periodStart', page.t('plans.editor.periodStart'), day(plan.periodStart), { type: 'date', required: true })}
    ${input(frame, id, 'periodEnd', page.t('plans.editor.periodEnd'), day(plan.periodEnd), { type: 'date', required: true })}
    ${input(frame, id, 'visibility', page.t('plans.visibilityLabel'), plan.visibility, { options: planVisibilities.map((v) => [v, page.t(`plans.visibility.${v}`)] as const), hint: page.t('plans.editor.visibilityHint') })}
    ${input(frame, id, 'reportEveryMonths', page.t('plans.editor.reportEvery'), String(plan.reportEveryMonths), { type: 'number' })}
    ${submit(page.t('plans.editor.save'))}
  </form>`;
}

/** One item of an editor list: its form folded in a <details>, remove, and move up/down among its siblings. */
interface ItemEntry {
  readonly formId: string;
  readonly summary: SafeHtml | string;
  /** What the move buttons name, e.g. the goal's title. */
  readonly name: string;
  readonly form: SafeHtml;
  /** The item's editor address, e.g. /plans/x/edit/goals/ID. */
  readonly path: string;
  readonly first: boolean;
  readonly last: boolean;
}

function itemFrame(page: PageContext, failed: FailedForm | undefined, plan: Plan, entry: ItemEntry): SafeHtml {
  const hidden = html`${csrfField(page)}<input type="hidden" name="rev" value="${plan.rev}">`;
  const move = (direction: 'up' | 'down', disabled: boolean) =>
    html`<button type="submit" name="direction" value="${direction}" class="button secondary small" aria-label="${page.t(direction === 'up' ? 'plans.editor.moveUpNamed' : 'plans.editor.moveDownNamed', { item: entry.name })}"${disabled ? html` disabled` : ''}><span aria-hidden="true">${direction === 'up' ? '↑' : '↓'}</span> ${page.t(direction === 'up' ? 'plans.editor.moveUp' : 'plans.editor.moveDown')}</button>`;
  return html`<li class="editor-entry" id="${entry.formId}-entry"><details${failed?.formId === entry.formId ? html` open` : ''}><summary>${entry.summary}</summary>${entry.form}
    <form method="post" action="${entry.path}/remove" class="inline remove-form">${hidden}<button type="submit" class="button secondary">${page.t('plans.editor.remove')}</button></form>
  </details>${entry.first && entry.last ? '' : html`<form method="post" action="${entry.path}/move" class="inline move-form">${hidden}${move('up', entry.first)}${move('down', entry.last)}</form>`}</li>`;
}

/** Whether an item is the first and the last of its siblings. */
function edges<T extends PlanItem>(kind: PlanItemKind, list: readonly T[], item: T): { first: boolean; last: boolean } {
  const row = siblingsOf(kind, list, item);
  return { first: row[0] === item, last: row[row.length - 1] === item };
}

function goalFields(frame: FormFrame, plan: Plan, goal: PlanGoal | null, language: string, formId: string): SafeHtml {
  const parents = plan.goals.filter((g) => !g.parentId && (!goal || !g._id.equals(goal._id)));
  return html`<input type="hidden" name="language" value="${language}">
    ${input(frame, formId, 'title', frame.page.t('plans.editor.goalTitle'), goal?.title[language] ?? '', { required: true })}
    ${input(frame, formId, 'parentId', frame.page.t('plans.editor.parentGoal'), goal?.parentId ? String(goal.parentId) : '', {
      options: [['', frame.page.t('plans.editor.topLevel')] as const, ...parents.map((g) => [String(g._id), inLanguage(g.title, frame.page.locale).text] as const)],
    })}`;
}

export function goalForms(page: PageContext, plan: Plan, language: string, failed?: FailedForm): SafeHtml {
  const frame = { page, failed };
  const items = goalsInOrder(plan).map((goal) => {
    const formId = `goal-${String(goal._id)}`;
    const path = `/plans/${plan.slug}/edit/goals/${String(goal._id)}`;
    const form = html`${formStart(frame, formId, `${path}?text=${language}`, plan.rev)}${goalFields(frame, plan, goal, language, formId)}${submit(page.t('plans.editor.save'))}</form>`;
    const title = inLanguage(goal.title, page.locale);
    const summary = html`${goal.parentId ? '↳ ' : ''}<span lang="${title.language}">${title.text}</span>`;
    return itemFrame(page, failed, plan, { formId, summary, name: title.text, form, path, ...edges('goals', plan.goals, goal) });
  });
  return html`<ul class="plain-list editor-list">${items}</ul>
    <h3>${page.t('plans.editor.addGoal')}</h3>
    ${formStart(frame, 'goal-new', `/plans/${plan.slug}/edit/goals?text=${language}`, plan.rev)}${goalFields(frame, plan, null, language, 'goal-new')}${submit(page.t('plans.editor.addGoal'))}</form>`;
}

const refAddress = (ref: ItemRef): string => `/${ref.type === 'practice' ? 'practices' : 'resources'}/${ref.slug}`;

function actionFields(frame: FormFrame, plan: Plan, action: PlanAction | null, refs: ReadonlyMap<string, ItemRef>, formId: string): SafeHtml {
  const { page } = frame;
  const addresses = (ids: readonly { toString(): string }[]) => ids.flatMap((id) => { const ref = refs.get(String(id)); return ref ? [refAddress(ref)] : []; }).join('\n');
  const parents = plan.actions.filter((a) => !a.parentId && (!action || !a._id.equals(action._id)));
  return html`${input(frame, formId, 'goalId', page.t('plans.editor.goal'), action ? String(action.goalId) : String(plan.goals[0]?._id ?? ''), {
      options: plan.goals.map((g) => [String(g._id), inLanguage(g.title, page.locale).text] as const), required: true,
    })}
    ${input(frame, formId, 'parentId', page.t('plans.editor.parentAction'), action?.parentId ? String(action.parentId) : '', {
      options: [['', page.t('plans.editor.topLevel')] as const, ...parents.map((a) => [String(a._id), a.description.slice(0, 80)] as const)],
    })}
    ${input(frame, formId, 'description', page.t('plans.editor.description'), action?.description ?? '', { rows: 2, required: true })}
    ${input(frame, formId, 'owner', page.t('plans.owner'), action?.owner ?? '')}
    ${input(frame, formId, 'start', page.t('plans.start'), day(action?.start), { type: 'date' })}
    ${input(frame, formId, 'due', page.t('plans.due'), day(action?.due), { type: 'date' })}
    ${input(frame, formId, 'status', page.t('plans.actionStatusLabel'), action?.status ?? 'not-started', { options: actionStatuses.map((s) => [s, page.t(`plans.actionStatus.${s}`)] as const) })}
    ${input(frame, formId, 'reason', page.t('plans.editor.reason'), action?.reason ?? '', { hint: page.t('plans.editor.reasonHint') })}
    ${input(frame, formId, 'budget', page.t('plans.budget'), action?.budget === null || action?.budget === undefined ? '' : String(action.budget))}
    ${input(frame, formId, 'fundingSource', page.t('plans.editor.funding'), action?.fundingSource ?? '')}
    ${input(frame, formId, 'inspiredBy', page.t('plans.inspiredBy'), action ? addresses([...action.inspiredByPracticeIds, ...action.inspiredByResourceIds]) : '', { rows: 2, hint: page.t('plans.editor.addressHint') })}
    ${input(frame, formId, 'producedPractice', page.t('plans.produced'), action?.producedPracticeId ? addresses([action.producedPracticeId]) : '', { hint: page.t('plans.editor.producedHint') })}`;
}

export function actionForms(page: PageContext, plan: Plan, refs: ReadonlyMap<string, ItemRef>, failed?: FailedForm): SafeHtml {
  const frame = { page, failed };
  if (plan.goals.length === 0) return html`<p class="hint">${page.t('plans.editor.goalFirst')}</p>`;
  const items = itemsByGoal(plan, plan.actions).map((action) => {
    const formId = `action-${String(action._id)}`;
    const path = `/plans/${plan.slug}/edit/actions/${String(action._id)}`;
    const form = html`${formStart(frame, formId, path, plan.rev)}${actionFields(frame, plan, action, refs, formId)}${submit(page.t('plans.editor.save'))}</form>`;
    const summary = html`${action.parentId ? '↳ ' : ''}${action.description} · ${page.t(`plans.actionStatus.${action.status}`)}`;
    return itemFrame(page, failed, plan, { formId, summary, name: action.description.slice(0, 80), form, path, ...edges('actions', plan.actions, action) });
  });
  return html`<ul class="plain-list editor-list">${items}</ul>
    <h3>${page.t('plans.editor.addAction')}</h3>
    ${formStart(frame, 'action-new', `/plans/${plan.slug}/edit/actions`, plan.rev)}${actionFields(frame, plan, null, refs, 'action-new')}${submit(page.t('plans.editor.addAction'))}</form>`;
}

function indicatorFields(frame: FormFrame, plan: Plan, indicator: PlanIndicator | null, language: string, formId: string): SafeHtml {
  const { page } = frame;
  return html`<input type="hidden" name="language" value="${language}">
    ${input(frame, formId, 'goalId', page.t('plans.editor.goal'), indicator ? String(indicator.goalId) : String(plan.goals[0]?._id ?? ''), {
      options: plan.goals.map((g) => [String(g._id), inLanguage(g.title, page.locale).text] as const), required: true,
    })}
    ${input(frame, formId, 'name', page.t('plans.editor.indicatorName'), indicator?.name[language] ?? '', { required: true })}
    ${input(frame, formId, 'unit', page.t('plans.editor.unit'), indicator?.unit ?? '', { required: true, hint: page.t('plans.editor.unitHint') })}
    ${input(frame, formId, 'baselineValue', page.t('plans.editor.baselineValue'), indicator ? String(indicator.baselineValue) : '', { required: true })}
    ${input(frame, formId, 'baselineDate', page.t('plans.editor.baselineDate'), day(indicator?.baselineDate ?? plan.periodStart), { type: 'date', required: true })}
    ${input(frame, formId, 'targetValue', page.t('plans.editor.targetValue'), indicator ? String(indicator.targetValue) : '', { required: true })}
    ${input(frame, formId, 'targetDate', page.t('plans.editor.targetDate'), day(indicator?.targetDate ?? plan.periodEnd), { type: 'date', required: true })}`;
}

export function indicatorForms(page: PageContext, plan: Plan, language: string, failed?: FailedForm): SafeHtml {
  const frame = { page, failed };
  if (plan.goals.length === 0) return html`<p class="hint">${page.t('plans.editor.goalFirst')}</p>`;
  const items = itemsByGoal(plan, plan.indicators).map((indicator) => {
    const formId = `indicator-${String(indicator._id)}`;
    const path = `/plans/${plan.slug}/edit/indicators/${String(indicator._id)}`;
    const form = html`${formStart(frame, formId, `${path}?text=${language}`, plan.rev)}${indicatorFields(frame, plan, indicator, language, formId)}${submit(page.t('plans.editor.save'))}</form>`;
    const name = inLanguage(indicator.name, page.locale);
    return itemFrame(page, failed, plan, { formId, summary: html`<span lang="${name.language}">${name.text}</span> (${indicator.unit})`, name: name.text, form, path, ...edges('indicators', plan.indicators, indicator) });
  });
  return html`<ul class="plain-list editor-list">${items}</ul>
    <h3>${page.t('plans.editor.addIndicator')}</h3>
    ${formStart(frame, 'indicator-new', `/plans/${plan.slug}/edit/indicators?text=${language}`, plan.rev)}${indicatorFields(frame, plan, null, language, 'indicator-new')}${submit(page.t('plans.editor.addIndicator'))}</form>`;
}

export function measurementForms(page: PageContext, plan: Plan, failed?: FailedForm): SafeHtml {
  if (plan.indicators.length === 0) return html`<p class="hint">${page.t('plans.noIndicators')}</p>`;
  const frame = { page, failed };
  const id = 'measurement';
  return html`${formStart(frame, id, `/plans/${plan.slug}/edit/measurements`, plan.rev)}
    ${input(frame, id, 'indicatorId', page.t('plans.indicator'), String(plan.indicators[0]?._id ?? ''), { options: plan.indicators.map((i) => [String(i._id), `${inLanguage(i.name, page.locale).text} (${i.unit})`] as const), required: true })}
    ${input(frame, id, 'date', page.t('plans.date'), day(new Date()), { type: 'date', required: true })}
    ${input(frame, id, 'value', page.t('plans.value'), '', { required: true, hint: page.t('plans.valueHint') })}
    ${input(frame, id, 'source', page.t('plans.source'), '')}
    ${input(frame, id, 'note', page.t('plans.editor.note'), '')}
    ${submit(page.t('plans.editor.addValue'))}
  </form>
  <h3>${page.t('plans.editor.importTitle')}</h3>
  <p class="hint">${page.t('plans.editor.importHint')}</p>
  ${importForm(frame, plan)}`;
}

function importForm(frame: FormFrame, plan: Plan): SafeHtml {
  const { page } = frame;
  const id = 'import';
  const failed = mine(frame, id);
  const rows = failed?.problems.rows ?? [];
  const header = `indicatorId,date,value,source,note\n${plan.indicators.map((i) => `${String(i._id)},${day(new Date())},,,`).join('\n')}`;
  return html`${rows.length ? html`<ul class="error-message">${rows.map((row) => html`<li>${row}</li>`)}</ul>` : ''}
    ${formStart(frame, id, `/plans/${plan.slug}/edit/import`, plan.rev)}
    ${input(frame, id, 'csv', page.t('plans.editor.csv'), header, { rows: 6, required: true })}
    ${submit(page.t('plans.editor.import'))}
  </form>`;
}
