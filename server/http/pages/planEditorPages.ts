// The plan editor, working without JavaScript: /plans/new starts a plan (for one of the organisations where the
// person edits plans, chosen first when there are several; from a template, within a programme) and
// /plans/:slug/edit changes its fields, status, goals, actions, indicators and measured values, in the language
// chosen with ?text=. Every form posts through the same commands as the API at the revision it showed; a refused
// form comes back with what was typed and its problems, a stale one says so.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { addMeasurements } from '../../commands/plans/addMeasurements.js';
import { changePlanStatus } from '../../commands/plans/changePlanStatus.js';
import { createPlan } from '../../commands/plans/createPlan.js';
import { resolveItemAddresses } from '../../commands/plans/itemAddresses.js';
import { loadPlan, type LoadedPlan } from '../../commands/plans/loadPlan.js';
import { importMeasurementsCsv } from '../../commands/plans/planCsv.js';
import { movePlanItem, removePlanItem, savePlanItem, type PlanItemKind } from '../../commands/plans/planItems.js';
import { listPlanTemplates } from '../../commands/plans/planTemplates.js';
import { updatePlan } from '../../commands/plans/updatePlan.js';
import { loadOrganisation } from '../../commands/organisations/loadOrganisation.js';
import { authoringOrganisations } from '../../commands/organisations/organisationContent.js';
import { organisationPicker } from './views/organisationPicker.js';
import { programmesOfOrganisation } from '../../commands/programmes/programmesOfOrganisation.js';
import { visibleItemRefs } from '../../commands/shared/visibleItems.js';
import { unauthenticated, type AppError } from '../../errors.js';
import type { Plan } from '../../models/plan.js';
import { authorize, can } from '../../policies/index.js';
import { termIds } from '../../vocab/index.js';
import { attempt, statusMessage } from './forms.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { formProblems, postedValues } from './planPages.js';
import { actionForms, detailsForm, goalForms, indicatorForms, measurementForms, newPlanForm, statusForm, type FailedForm } from './views/planEditorForms.js';
import { inLanguage, statusBadge } from './views/planViews.js';
import { label } from './views/vocabBadges.js';

type Values = Record<string, string>;
const itemKinds: readonly PlanItemKind[] = ['goals', 'actions', 'indicators'];
const lines = (text: string | undefined): string[] => (text ?? '').split(/[\n,]+/).map((line) => line.trim()).filter(Boolean);
const orNull = (text: string | undefined): string | null => (text ? text : null);

/** A per-language text with one language replaced (an emptied language is dropped). */
function withLanguage(text: Record<string, string>, language: string, value: string | undefined): Record<string, string> {
  const next = { ...text };
  if (value) next[language] = value;
  else delete next[language];
  return next;
}

function editLanguage(req: Request, plan: Plan, page: PageContext): string {
  const wanted = typeof req.query.text === 'string' ? req.query.text : '';
  if ((termIds('languages') as readonly string[]).includes(wanted)) return wanted;
  return plan.title[page.locale] ? page.locale : (Object.keys(plan.title)[0] ?? page.locale);
}

function failedForm(page: PageContext, formId: string, values: Values, error: AppError): FailedForm {
  const problems = formProblems(page, error);
  const rows = error.code === 'csv_rows_invalid' && Array.isArray(error.details)
    ? (error.details as { line?: number; field?: string }[]).map((row) => page.t('plans.editor.badRow', { line: row.line ?? 0, field: row.field || '–' }))
    : undefined;
  return { formId, values, problems: { ...problems, ...(rows ? { rows } : {}) } };
}

async function renderEditor(ctx: AppContext, req: Request, res: Response, loaded: LoadedPlan, failed?: FailedForm, status = 200): Promise<void> {
  const page = pageContext(req);
  const { plan, access } = loaded;
  const language = editLanguage(req, plan, page);
  const refs = await visibleItemRefs(ctx, req.actor, plan.actions.flatMap((a) => [
    ...a.inspiredByPracticeIds.map((id) => ({ type: 'practice' as const, id })),
    ...a.inspiredByResourceIds.map((id) => ({ type: 'resource' as const, id })),
    ...(a.producedPracticeId ? [{ type: 'practice' as const, id: a.producedPracticeId }] : []),
  ]));
  const title = page.t('plans.editor.pageTitle', { plan: inLanguage(plan.title, page.locale, plan.slug).text });
  const editable = can(req.actor, 'plan.edit', access);
  const done = req.query.done === 'saved' ? page.t('plans.done.saved') : req.query.done === 'created' ? page.t('plans.done.created') : undefined;
  const languages = [...new Set([...Object.keys(plan.title), page.locale])];
  const section = (id: string, heading: string, content: ReturnType<typeof html>) => html`<section class="editor-section" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${heading}</h2>${content}</section>`;
  const body = html`<h1>${title}</h1>
    ${statusMessage(done)}
    <p><a href="/plans/${plan.slug}">${page.t('plans.editor.view')}</a></p>
    <nav class="text-languages" aria-label="${page.t('plans.editor.languages')}"><span>${page.t('plans.editor.languages')}:</span><ul>${languages.map((code) =>
      html`<li><a href="/plans/${plan.slug}/edit?text=${code}" hreflang="${code}"${code === language ? html` aria-current="true"` : ''}>${label(page, 'languages', code)}</a></li>`)}</ul></nav>
    ${section('status', page.t('plans.statusLabel'), html`<p>${statusBadge(page, 'planStatus', plan.status)}</p>${failed?.formId === 'status' ? html`<p class="error-message" role="alert">${failed.problems.formError}</p>` : ''}${statusForm(page, plan)}`)}
    ${editable ? html`
      ${section('details', page.t('plans.editor.details'), detailsForm(page, plan, language, failed))}
      ${section('goals', page.t('plans.editor.goals'), goalForms(page, plan, language, failed))}
      ${section('actions', page.t('plans.editor.actions'), actionForms(page, plan, new Map(refs.map((ref) => [ref.id, ref])), failed))}
      ${section('indicators', page.t('plans.editor.indicators'), indicatorForms(page, plan, language, failed))}
      ${section('values', page.t('plans.editor.values'), measurementForms(page, plan, failed))}` : html`<p>${page.t('plans.editor.closed')}</p>`}`;
  res.status(status).type('html').send(renderPage(page, { title, body, noIndex: true }));
}

/** The command input of an item form. */
async function itemInput(ctx: AppContext, kind: PlanItemKind, plan: Plan, itemId: string | null, values: Values): Promise<Record<string, unknown>> {
  const rev = Number(values.rev);
  const language = values.language ?? 'en';
  const existing = itemId ? [...plan.goals, ...plan.indicators].find((item) => String(item._id) === itemId) : undefined;
  if (kind === 'goals') {
    const title = existing && 'title' in existing ? existing.title : {};
    return { rev, title: withLanguage(title, language, values.title), parentId: orNull(values.parentId) };
  }
  if (kind === 'indicators') {
    const name = existing && 'name' in existing ? existing.name : {};
    return {
      rev, goalId: values.goalId ?? '', name: withLanguage(name, language, values.name), unit: values.unit ?? '', baselineValue: values.baselineValue ?? '', baselineDate: values.baselineDate ?? '',
      targetValue: values.targetValue ?? '', targetDate: values.targetDate ?? '',
    };
  }
  const [inspired, produced] = await Promise.all([resolveItemAddresses(ctx, lines(values.inspiredBy), 'inspiredBy'), resolveItemAddresses(ctx, lines(values.producedPractice), 'producedPractice')]);
  return {
    rev, goalId: values.goalId ?? '', parentId: orNull(values.parentId), description: values.description ?? '', owner: values.owner ?? '', start: orNull(values.start), due: orNull(values.due),
    status: values.status ?? 'not-started', reason: orNull(values.reason), budget: orNull(values.budget), fundingSource: orNull(values.fundingSource),
    inspiredByPracticeIds: inspired.practiceIds, inspiredByResourceIds: inspired.resourceIds, producedPracticeId: produced.practiceIds[0] ?? null,
  };
}

export function planEditorPages(ctx: AppContext): Router {
  const router = Router();

  /** Without a named organisation: the only one the person edits plans for, else a choice among them. */
  const chooseOrganisation = async (req: Request, res: Response): Promise<void> => {
    const page = pageContext(req);
    const organisations = await authoringOrganisations(ctx, req.actor);
    if (organisations.length === 1 && organisations[0]) return res.redirect(303, `/plans/new?organisation=${organisations[0].slug}`);
    const title = page.t('organisations.picker.choose');
    const body = organisations.length === 0
      ? html`<h1>${title}</h1><p class="notice">${page.t('organisations.picker.noneToChoose')}</p><p><a class="button" href="/organisations/new">${page.t('organisations.new')}</a> <a href="/organisations">${page.t('organisations.title')}</a></p>`
      : html`<h1>${title}</h1><p class="lead">${page.t('organisations.picker.chooseIntro')}</p>
        <form method="get" action="/plans/new" class="plan-form">${organisationPicker(page, { organisations, value: '', optional: false, idPrefix: 'choose' })}
          <div class="form-actions"><button type="submit" class="button">${page.t('organisations.picker.continue')}</button></div></form>`;
    res.type('html').send(renderPage(page, { title, body, noIndex: true }));
  };

  const renderNew = async (req: Request, res: Response, organisationSlug: unknown, failed?: FailedForm, status = 200) => {
    if (!req.actor.userId) throw unauthenticated();
    if (organisationSlug === undefined || organisationSlug === '') return chooseOrganisation(req, res);
    const { organisation, membership } = await loadOrganisation(ctx, req.actor, organisationSlug);
    authorize(req.actor, 'plan.create', { organisationRole: membership?.state === 'active' ? membership.role : null });
    const programmes = await programmesOfOrganisation(ctx, organisation._id);
    const templates = await listPlanTemplates(ctx, programmes[0] ? String(programmes[0]._id) : undefined);
    const page = pageContext(req);
    const title = page.t('plans.editor.newTitle', { organisation: organisation.name });
    const body = html`<h1>${title}</h1><p class="lead">${page.t('plans.editor.newIntro')}</p>${newPlanForm(page, organisation, programmes, templates, failed)}`;
    res.status(status).type('html').send(renderPage(page, { title, body, noIndex: true }));
  };

  router.get('/plans/new', async (req, res) => {
    await renderNew(req, res, req.query.organisation ?? req.query.organisationId);
  });
  router.post('/plans/new', async (req, res) => {
    const values = postedValues(req.body);
    const language = values.language ?? pageContext(req).locale;
    const input = {
      organisationId: values.organisationId ?? '', kind: values.kind ?? '', title: withLanguage({}, language, values.title), vision: withLanguage({}, language, values.vision),
      periodStart: values.periodStart ?? '', periodEnd: values.periodEnd ?? '', reportEveryMonths: Number(values.reportEveryMonths || 6),
      ...(values.programmeId ? { programmeId: values.programmeId } : {}), ...(values.templateId ? { templateId: values.templateId } : {}),
    };
    const result = await attempt(() => createPlan(ctx, req.actor, input));
    if (!result.ok) return renderNew(req, res, req.query.organisation, failedForm(pageContext(req), 'new-plan', values, result.error), result.error.status);
    res.redirect(303, `/plans/${result.value.slug}/edit?done=created&text=${language}`);
  });

  router.get('/plans/:slug/edit', async (req, res) => {
    const loaded = await loadPlan(ctx, req.actor, req.params.slug);
    authorize(req.actor, 'plan.changeStatus', loaded.access);
    await renderEditor(ctx, req, res, loaded);
  });

  /**
   * One editor form: load the plan, run the command, then back to the editor at `anchorOf` (by default the form's
   * list; or the form again with its problems).
   */
  const editorForm = (path: string, formIdOf: (req: Request) => string, run: (plan: Plan, values: Values, req: Request) => Promise<unknown>, anchorOf = (req: Request) => formIdOf(req).replace(/-new$/, 's')) => {
    router.post(`/plans/:slug/edit/${path}`, async (req, res) => {
      const loaded = await loadPlan(ctx, req.actor, req.params.slug);
      const values = postedValues(req.body);
      const result = await attempt(() => run(loaded.plan, values, req));
      const text = typeof req.query.text === 'string' ? `&text=${encodeURIComponent(req.query.text)}` : '';
      if (!result.ok) return renderEditor(ctx, req, res, await loadPlan(ctx, req.actor, req.params.slug), failedForm(pageContext(req), formIdOf(req), values, result.error), result.error.status);
      res.redirect(303, `/plans/${loaded.plan.slug}/edit?done=saved${text}#${anchorOf(req)}`);
    });
  };

  editorForm('status', () => 'status', (plan, values, req) => changePlanStatus(ctx, req.actor, plan._id, { rev: Number(values.rev), status: values.status ?? '' }));
  editorForm('details', () => 'details', (plan, values, req) => {
    const language = values.language ?? 'en';
    return updatePlan(ctx, req.actor, plan._id, {
      rev: Number(values.rev), title: withLanguage(plan.title, language, values.title), vision: withLanguage(plan.vision, language, values.vision),
      periodStart: values.periodStart ?? '', periodEnd: values.periodEnd ?? '', visibility: values.visibility ?? '', reportEveryMonths: Number(values.reportEveryMonths || plan.reportEveryMonths),
    });
  });
  for (const kind of itemKinds) {
    const noun = kind.slice(0, -1);
    editorForm(kind, () => `${noun}-new`, async (plan, values, req) => savePlanItem(ctx, req.actor, plan._id, kind, null, await itemInput(ctx, kind, plan, null, values)));
    editorForm(`${kind}/:itemId`, (req) => `${noun}-${String(req.params.itemId)}`, async (plan, values, req) => savePlanItem(ctx, req.actor, plan._id, kind, req.params.itemId, await itemInput(ctx, kind, plan, String(req.params.itemId), values)));
    editorForm(`${kind}/:itemId/remove`, (req) => `${noun}-${String(req.params.itemId)}`, (plan, values, req) => removePlanItem(ctx, req.actor, plan._id, kind, req.params.itemId, { rev: Number(values.rev) }));
    editorForm(`${kind}/:itemId/move`, (req) => `${noun}-${String(req.params.itemId)}`, (plan, values, req) => movePlanItem(ctx, req.actor, plan._id, kind, req.params.itemId, { rev: Number(values.rev), direction: values.direction ?? '' }), (req) => `${noun}-${String(req.params.itemId)}-entry`);
  }
  editorForm('measurements', () => 'measurement', (plan, values, req) => addMeasurements(ctx, req.actor, plan._id, {
    rev: Number(values.rev), values: [{ indicatorId: values.indicatorId ?? '', date: values.date ?? '', value: values.value ?? '', source: values.source ?? '', note: values.note ?? '' }],
  }));
  editorForm('import', () => 'import', (plan, values, req) => importMeasurementsCsv(ctx, req.actor, plan._id, { rev: Number(values.rev), csv: values.csv ?? '' }));

  return router;
}
