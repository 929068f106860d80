// The school's and the programme's self-assessment pages: /organisations/:id/self-assessment (rounds, open one),
// /self-assessment/rounds/:id (the aggregate, or "not enough answers yet" below the threshold; compare with another
// round; close; recommendations for the weakest areas) and /programmes/:id/self-assessment (distributions, CSV).
import { Router, type Request } from 'express';
import type { AppContext } from '../../context.js';
import { aggregateThreshold, weakestShown, type GroupAggregate } from '../../commands/selfAssessment/aggregates.js';
import { listCurrentInstruments } from '../../commands/selfAssessment/instruments.js';
import { programmeSelfAssessment } from '../../commands/selfAssessment/programmeView.js';
import { recommendForDimensions, recommendedDimensions, type DimensionRecommendations } from '../../commands/selfAssessment/recommendations.js';
import { compareRounds, createRoundPlanActions, roundPicture, roundPlanTargets, type RoundPicture } from '../../commands/selfAssessment/roundAggregate.js';
import { closeRound, listOrganisationRounds, openRound, remindRound } from '../../commands/selfAssessment/rounds.js';
import type { AssessmentRound } from '../../models/assessmentRound.js';
import type { InstrumentFramework } from '../../models/instrument.js';
import type { Plan } from '../../models/plan.js';
import { csrfField, field, fieldId } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { recommendationsSection } from './selfAssessmentPages.js';
import { stackedBarChart } from './views/charts.js';
import { inLanguage } from './views/planViews.js';
import { dimensionAxis, dimensionKey, dimensionName, instrumentTitle, levelChart, signedChange } from './views/selfAssessmentViews.js';

function thresholdNotice(page: PageContext, group: GroupAggregate): SafeHtml {
  return html`<p class="sa-threshold" role="status">${page.t('sa.notEnough', { count: page.number(group.respondents), threshold: page.number(aggregateThreshold) })}</p>`;
}

function aggregateSection(page: PageContext, view: RoundPicture): SafeHtml {
  const { overall, byRole } = view.aggregate;
  if (!overall.shown) return thresholdNotice(page, overall);
  const roles = (byRole ?? []).filter((entry) => entry.respondents > 0);
  const series = [
    { label: page.t('sa.everyone', { count: page.number(overall.respondents) }), values: overall.dimensions.map((d) => d.mean) },
    ...(roles.length > 1 ? roles.map((entry) => ({ label: `${page.t(entry.role === 'leader' ? 'sa.role.leader' : 'sa.role.teacher')} (${page.number(entry.respondents)})`, values: entry.dimensions.map((d) => d.mean) })) : []),
  ];
  return html`${levelChart(page, { id: 'sa-round-chart', title: page.t('sa.roundChartTitle'), description: page.t('sa.chartDescription', { count: page.number(view.dimensions.length), top: page.number(view.instrument.levels.length) }), framework: view.instrument.framework, dimensions: view.dimensions, series })}
    ${dimensionKey(page, view.instrument.framework, view.dimensions)}
    ${byRole === null && view.instrument.roles.length ? html`<p class="hint">${page.t('sa.roleSplitHidden', { threshold: page.number(aggregateThreshold) })}</p>` : ''}`;
}

function compareSection(page: PageContext, framework: InstrumentFramework, later: RoundPicture, earlier: RoundPicture, changes: { dimension: string; later: number | null; earlier: number | null; change: number | null }[]): SafeHtml {
  return html`<section aria-labelledby="sa-compare"><h2 id="sa-compare">${page.t('sa.compareTitle', { other: earlier.round.title })}</h2>
    ${earlier.aggregate.overall.shown ? '' : thresholdNotice(page, earlier.aggregate.overall)}
    ${levelChart(page, { id: 'sa-compare-chart', title: page.t('sa.compareTitle', { other: earlier.round.title }), description: page.t('sa.compareDescription'), framework, dimensions: later.dimensions, series: [{ label: later.round.title, values: changes.map((c) => c.later) }, { label: earlier.round.title, values: changes.map((c) => c.earlier) }] })}
    <table class="table"><caption>${page.t('sa.change')}</caption><thead><tr><th scope="col">${page.t(framework === 'digCompEdu' ? 'sa.dimension.digCompEdu' : 'sa.dimension.selfieAreas')}</th><th scope="col">${later.round.title}</th><th scope="col">${earlier.round.title}</th><th scope="col">${page.t('sa.change')}</th></tr></thead>
      <tbody>${changes.map((c) => html`<tr><th scope="row">${dimensionName(page, framework, c.dimension)}</th><td class="numeric">${c.later === null ? '–' : page.number(c.later)}</td><td class="numeric">${c.earlier === null ? '–' : page.number(c.earlier)}</td><td class="numeric">${signedChange(page, c.change)}</td></tr>`)}</tbody></table></section>`;
}

/** Recommended practices ticked into actions under a goal of one of the school's plans (a plan action each); a
 * practice recommended for several areas is offered once, with those areas. */
function planActionsSection(page: PageContext, framework: InstrumentFramework, roundId: string, groups: readonly DimensionRecommendations[], plans: readonly Plan[]): SafeHtml {
  const byPractice = new Map<string, { item: DimensionRecommendations['items'][number]; dimensions: string[] }>();
  for (const group of groups) {
    for (const item of group.items.filter((candidate) => candidate.kind === 'practice')) {
      const entry = byPractice.get(item.id);
      if (entry) entry.dimensions.push(group.dimension);
      else byPractice.set(item.id, { item, dimensions: [group.dimension] });
    }
  }
  const practices = [...byPractice.values()];
  if (practices.length === 0) return html``;
  if (plans.length === 0) return html`<section aria-labelledby="sa-plan-actions"><h2 id="sa-plan-actions">${page.t('sa.planActions')}</h2><p>${page.t('sa.noPlanToAddTo')}</p></section>`;
  const targetId = fieldId('target');
  return html`<section aria-labelledby="sa-plan-actions"><h2 id="sa-plan-actions">${page.t('sa.planActions')}</h2>
    <form method="post" action="/self-assessment/rounds/${roundId}/plan-actions" class="stack">${csrfField(page)}
      <fieldset class="checkboxes"><legend>${page.t('sa.planActionsChoose')}</legend>
        ${practices.map(({ item, dimensions }, index) => html`<div class="checkbox"><input type="checkbox" name="practice" value="${item.id}|${dimensions[0]}" id="sa-pa-${index}">
          <label for="sa-pa-${index}"${item.language ? html` lang="${item.language}"` : ''}>${item.title}</label> <span class="sa-why">(${dimensions.map((dimension) => dimensionName(page, framework, dimension)).join(', ')})</span></div>`)}
      </fieldset>
      <div class="field"><label for="${targetId}">${page.t('sa.planActionsGoal')}</label>
        <select name="target" id="${targetId}" required>${plans.map((plan) => html`<optgroup label="${inLanguage(plan.title, page.locale, plan.slug).text}">${plan.goals.map((goal) => html`<option value="${String(plan._id)}:${String(goal._id)}:${plan.rev}">${inLanguage(goal.title, page.locale, '–').text}</option>`)}</optgroup>`)}</select></div>
      <button type="submit" class="button">${page.t('sa.planActionsAdd')}</button></form></section>`;
}

async function roundPage(ctx: AppContext, req: Request): Promise<string> {
  const page = pageContext(req);
  const view = await roundPicture(ctx, req.actor, req.params.id);
  const { rounds } = await listOrganisationRounds(ctx, req.actor, String(view.round.organisationId));
  const comparable = rounds.filter((round) => round.instrumentKey === view.round.instrumentKey && !round._id.equals(view.round._id));
  const compareId = typeof req.query.compare === 'string' ? req.query.compare : '';
  const compared = compareId ? await compareRounds(ctx, req.actor, req.params.id, { with: compareId }) : null;
  const framework = view.instrument.framework;
  const groups = view.aggregate.overall.shown ? await recommendForDimensions(ctx, framework, weakestShown(view.aggregate.overall.dimensions, view.instrument.levels.length, recommendedDimensions), page.locale) : [];
  const plans = groups.length ? await roundPlanTargets(ctx, req.actor, view.round) : [];
  const title = `${view.round.title}: ${instrumentTitle(page, view.instrument)}`;
  const body = html`<h1>${title}</h1>
    <p class="card-meta">${page.t(view.round.state === 'open' ? 'sa.roundOpen' : 'sa.roundClosed')} · ${page.t('sa.answeredOf', { answered: page.number(view.aggregate.overall.respondents), invited: page.number(view.invited) })}</p>
    <p class="notice notice-info">${page.t('sa.aggregateOnly', { threshold: page.number(aggregateThreshold) })}</p>
    ${aggregateSection(page, view)}
    ${comparable.length ? html`<form method="get" action="/self-assessment/rounds/${String(view.round._id)}" class="inline-form">
      ${field({ name: 'compare', label: page.t('sa.compareWith'), value: compareId, options: [['', '—'], ...comparable.map((round): readonly [string, string] => [String(round._id), `${round.title} (${page.date(round.createdAt)})`])] })}
      <button type="submit" class="button secondary">${page.t('sa.compare')}</button></form>` : ''}
    ${compared ? compareSection(page, framework, compared.later, compared.earlier, compared.changes) : ''}
    ${view.round.state === 'open' ? html`<div class="button-row">
      <form method="post" action="/self-assessment/rounds/${String(view.round._id)}/remind">${csrfField(page)}<button type="submit" class="button secondary">${page.t('sa.remind')}</button></form>
      <form method="post" action="/self-assessment/rounds/${String(view.round._id)}/close">${csrfField(page)}<button type="submit" class="button secondary">${page.t('sa.closeRound')}</button></form></div>
      ${view.round.remindedAt ? html`<p class="hint">${page.t('sa.remindedAt', { date: page.date(view.round.remindedAt) })}</p>` : ''}` : ''}
    ${view.aggregate.overall.shown ? recommendationsSection(page, framework, groups, new Set(), null) : ''}
    ${planActionsSection(page, framework, String(view.round._id), groups, plans)}`;
  return renderPage(page, { title, body, noIndex: true });
}

function roundsTable(page: PageContext, rounds: readonly AssessmentRound[]): SafeHtml {
  if (rounds.length === 0) return html`<p>${page.t('sa.noRounds')}</p>`;
  return html`<table class="table"><caption class="visually-hidden">${page.t('sa.schoolRounds')}</caption><thead><tr><th scope="col">${page.t('sa.roundTitle')}</th><th scope="col">${page.t('sa.submittedOn')}</th><th scope="col">${page.t('sa.state')}</th></tr></thead>
    <tbody>${rounds.map((round) => html`<tr><td><a href="/self-assessment/rounds/${String(round._id)}">${round.title}</a></td><td>${page.date(round.createdAt)}</td><td>${page.t(round.state === 'open' ? 'sa.roundOpen' : 'sa.roundClosed')}</td></tr>`)}</tbody></table>`;
}

async function programmePage(ctx: AppContext, req: Request): Promise<string> {
  const page = pageContext(req);
  const query = typeof req.query.instrument === 'string' && req.query.instrument ? { instrument: req.query.instrument } : {};
  const view = await programmeSelfAssessment(ctx, req.actor, req.params.id, query);
  const { overall } = view.aggregate;
  const framework = view.instrument.framework;
  const programmeName = view.programme.name[page.locale] ?? Object.values(view.programme.name)[0] ?? '';
  const title = `${page.t('sa.title')}: ${programmeName}`;
  const chart = stackedBarChart({
    id: 'sa-programme-chart',
    title: page.t('sa.distributionTitle'),
    description: page.t('sa.distributionDescription', { threshold: page.number(aggregateThreshold) }),
    ...dimensionAxis(page, framework, view.dimensions),
    series: view.instrument.levels.map((level, index) => ({ label: level.labels[page.locale] ?? level.code, values: overall.dimensions.map((d) => d.distribution?.[index] ?? null) })),
    formatNumber: (value) => page.number(value),
  });
  const body = html`<h1>${title}</h1>
    <form method="get" action="/programmes/${String(view.programme._id)}/self-assessment" class="inline-form">
      ${field({ name: 'instrument', label: page.t('sa.instrument'), value: view.instrument.key, options: view.instruments.map((i): readonly [string, string] => [i.key, instrumentTitle(page, i)]) })}
      <button type="submit" class="button secondary">${page.t('sa.show')}</button></form>
    <p>${page.t('sa.programmeCounts', { answering: page.number(view.schoolsAnswering), schools: page.number(view.schoolsInCohort), respondents: page.number(overall.respondents) })}</p>
    <p class="notice notice-info">${page.t('sa.aggregateOnly', { threshold: page.number(aggregateThreshold) })}</p>
    ${overall.shown ? html`${chart}${dimensionKey(page, framework, view.dimensions)}` : thresholdNotice(page, overall)}
    <p><a href="/api/programmes/${String(view.programme._id)}/self-assessment.csv?instrument=${view.instrument.key}&amp;lang=${page.locale}" download>${page.t('sa.downloadCsv')}</a></p>`;
  return renderPage(page, { title, body, noIndex: true });
}

export function selfAssessmentRoundPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/organisations/:id/self-assessment', async (req, res) => {
    const page = pageContext(req);
    const [{ loaded, rounds }, instruments] = await Promise.all([listOrganisationRounds(ctx, req.actor, req.params.id), listCurrentInstruments(ctx)]);
    const title = `${page.t('sa.schoolRounds')}: ${loaded.organisation.name}`;
    const body = html`<h1>${title}</h1><p class="lead">${page.t('sa.schoolIntro', { threshold: page.number(aggregateThreshold) })}</p>
      ${roundsTable(page, rounds)}
      <section aria-labelledby="sa-open"><h2 id="sa-open">${page.t('sa.openRound')}</h2>
        <form method="post" action="/organisations/${String(loaded.organisation._id)}/self-assessment/rounds">${csrfField(page)}
          ${field({ name: 'instrument', label: page.t('sa.instrument'), options: instruments.map((i): readonly [string, string] => [i.key, instrumentTitle(page, i)]), required: true })}
          ${field({ name: 'title', label: page.t('sa.roundTitle'), required: true })}
          <button type="submit" class="button">${page.t('sa.openRound')}</button></form></section>`;
    res.type('html').send(renderPage(page, { title, body, noIndex: true }));
  });

  router.post('/organisations/:id/self-assessment/rounds', async (req, res) => {
    const fields = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
    const round = await openRound(ctx, req.actor, req.params.id, { instrument: fields.instrument, title: fields.title });
    res.redirect(303, `/self-assessment/rounds/${String(round._id)}`);
  });

  router.get('/self-assessment/rounds/:id', async (req, res) => {
    res.type('html').send(await roundPage(ctx, req));
  });

  router.post('/self-assessment/rounds/:id/remind', async (req, res) => {
    await remindRound(ctx, req.actor, req.params.id);
    res.redirect(303, `/self-assessment/rounds/${req.params.id}`);
  });

  router.post('/self-assessment/rounds/:id/close', async (req, res) => {
    await closeRound(ctx, req.actor, req.params.id);
    res.redirect(303, `/self-assessment/rounds/${req.params.id}`);
  });

  router.post('/self-assessment/rounds/:id/plan-actions', async (req, res) => {
    const fields = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
    const [planId, goalId, rev] = (typeof fields.target === 'string' ? fields.target : '').split(':');
    const ticked = [fields.practice ?? []].flat().filter((value): value is string => typeof value === 'string');
    const actions = ticked.map((value) => ({ practiceId: value.split('|')[0], dimension: value.split('|')[1] }));
    const plan = await createRoundPlanActions(ctx, req.actor, req.params.id, { planId, goalId, rev, actions }, pageContext(req).locale);
    res.redirect(303, `/plans/${plan.slug}`);
  });

  router.get('/programmes/:id/self-assessment', async (req, res) => {
    res.type('html').send(await programmePage(ctx, req));
  });

  return router;
}
