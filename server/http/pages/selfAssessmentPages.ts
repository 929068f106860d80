// The self-assessment pages: /self-assessment (instruments to take, rounds one's school asks for, one's results),
// the answering form /self-assessment/attempts/:id (works without JavaScript: save part-way, come back, submit) and
// the result /self-assessment/results/:id (level chart with its table, change since the previous result, a share
// link to create or revoke) and the shared view /self-assessment/shared/:token (levels only).
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { saveAnswers, submitAttempt } from '../../commands/selfAssessment/answerAttempt.js';
import { itemsFor, listCurrentInstruments, loadInstrumentById, stateOf } from '../../commands/selfAssessment/instruments.js';
import { listOwnAttempts, loadOwnAttempt, loadOwnResult, type AssessmentResult } from '../../commands/selfAssessment/ownAttempts.js';
import { recommendForDimensions, recommendedDimensions, type DimensionRecommendations } from '../../commands/selfAssessment/recommendations.js';
import { listSavedRecommendations, removeSavedRecommendation, saveRecommendation } from '../../commands/selfAssessment/savedRecommendations.js';
import { roundsToAnswer } from '../../commands/selfAssessment/rounds.js';
import { weakestDimensions } from '../../commands/selfAssessment/scoring.js';
import { loadSharedResult, revokeShare, shareResult } from '../../commands/selfAssessment/sharing.js';
import { startAttempt } from '../../commands/selfAssessment/startAttempt.js';
import { loadOrganisation } from '../../commands/organisations/loadOrganisation.js';
import type { AppError } from '../../errors.js';
import { errorText } from '../../i18n/errorText.js';
import type { AssessmentAttempt } from '../../models/assessmentAttempt.js';
import type { Instrument, InstrumentFramework, InstrumentItem } from '../../models/instrument.js';
import { authorize, can } from '../../policies/index.js';
import { recommendationPath, sharedResultPath } from '../../presenters/selfAssessmentPresenter.js';
import { attempt as attemptCommand, csrfField, field, safeNextPath } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { dimensionGroup, dimensionKey, dimensionName, instrumentTitle, levelChart, signedChange } from './views/selfAssessmentViews.js';

export const errorNotice = (page: PageContext, error: AppError | undefined): SafeHtml =>
  error ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary"><p>${errorText(page.locale, error)}</p></div>` : html``;

function startForm(page: PageContext, hidden: Record<string, string>, label: string, roles: readonly string[] = []): SafeHtml {
  return html`<form method="post" action="/self-assessment/start" class="inline-form">${csrfField(page)}
    ${Object.entries(hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
    ${roles.length ? field({ name: 'role', label: page.t('sa.answerAs'), idPrefix: `role-${hidden.roundId ?? ''}`, options: roles.map((role) => [role, page.t(role === 'leader' ? 'sa.role.leader' : 'sa.role.teacher')] as const) }) : ''}
    <button type="submit" class="button">${label}</button></form>`;
}

async function overviewPage(ctx: AppContext, req: Request, error?: AppError): Promise<string> {
  const page = pageContext(req);
  const [instruments, attempts, rounds, saved] = await Promise.all([listCurrentInstruments(ctx, true), listOwnAttempts(ctx, req.actor), roundsToAnswer(ctx, req.actor), listSavedRecommendations(ctx, req.actor)]);
  const byId = new Map(instruments.map((instrument) => [instrument.key, instrument]));
  const open = (key: string, roundId: string | null) => attempts.find((a) => a.instrumentKey === key && String(a.roundId ?? '') === (roundId ?? '') && a.state === 'in-progress');
  const results = attempts.filter((a) => a.state === 'submitted');
  const organisations = await Promise.all(rounds.map((round) => loadOrganisation(ctx, req.actor, String(round.organisationId))));
  const title = page.t('sa.title');
  const body = html`<h1>${title}</h1><p class="lead">${page.t('sa.intro')}</p><p class="notice notice-info">${page.t('sa.privateNote')}</p>
    ${errorNotice(page, error)}
    ${can(req.actor, 'instrument.publish') ? html`<p><a href="/self-assessment/instruments">${page.t('sa.manageInstruments')}</a></p>` : ''}
    <section aria-labelledby="sa-take"><h2 id="sa-take">${page.t('sa.instruments')}</h2><ul class="card-list">
      ${instruments.filter((i) => i.audience === 'individual' && stateOf(i) !== 'retired').map((instrument) => html`<li class="card"><h3 class="card-title">${instrumentTitle(page, instrument)}</h3>
        <p class="card-excerpt">${instrument.description[page.locale] ?? ''}</p>
        <p class="card-meta">${page.t('sa.statements', { count: page.number(instrument.items.length) })} · ${page.t('sa.version', { version: instrument.version })}</p>
        ${startForm(page, { instrument: instrument.key }, page.t(open(instrument.key, null) ? 'sa.continue' : 'sa.start'))}</li>`)}
    </ul></section>
    ${rounds.length ? html`<section aria-labelledby="sa-rounds"><h2 id="sa-rounds">${page.t('sa.rounds')}</h2><ul class="card-list">
      ${rounds.map((round, index) => {
        const instrument = byId.get(round.instrumentKey);
        const mine = attempts.find((a) => String(a.roundId ?? '') === String(round._id));
        return html`<li class="card"><h3 class="card-title">${round.title}</h3><p class="card-meta">${organisations[index]?.organisation.name ?? ''}${instrument ? ` · ${instrumentTitle(page, instrument)}` : ''}</p>
          ${mine?.state === 'submitted' ? html`<p>${page.t('sa.answered')} <a href="/self-assessment/results/${String(mine._id)}">${page.t('sa.viewResult')}</a></p>` : startForm(page, { roundId: String(round._id) }, page.t(mine ? 'sa.continue' : 'sa.start'), mine || !instrument ? [] : instrument.roles)}</li>`;
      })}</ul></section>` : ''}
    <section aria-labelledby="sa-results"><h2 id="sa-results">${page.t('sa.myResults')}</h2>
      ${results.length ? html`<table class="table"><caption class="visually-hidden">${page.t('sa.myResults')}</caption><thead><tr><th scope="col">${page.t('sa.submittedOn')}</th><th scope="col">${page.t('sa.instrument')}</th><th scope="col"><span class="visually-hidden">${page.t('sa.viewResult')}</span></th></tr></thead>
        <tbody>${results.map((result) => html`<tr><td>${page.date(result.submittedAt)}</td><td>${byId.get(result.instrumentKey) ? instrumentTitle(page, byId.get(result.instrumentKey)!) : result.instrumentKey} (${page.t('sa.version', { version: result.version })})</td><td><a href="/self-assessment/results/${String(result._id)}">${page.t('sa.viewResult')}</a></td></tr>`)}</tbody></table>` : html`<p>${page.t('sa.noResults')}</p>`}
    </section>
    <section aria-labelledby="sa-saved"><h2 id="sa-saved">${page.t('sa.savedForLater')}</h2>
      ${saved.length ? html`<ul class="sa-saved-list">${saved.map(({ saved: entry, target }) => {
        const title = pickTitle(page, target.title);
        return html`<li><span class="badge">${page.t(kindKeys[entry.kind])}</span> <a href="${recommendationPath(entry.kind, target.slug)}"${title.language ? html` lang="${title.language}"` : ''}>${title.text}</a>
          <span class="sa-why">${page.t('sa.why', { dimension: dimensionName(page, entry.framework as InstrumentFramework, entry.dimension) })}</span>
          <form method="post" action="/self-assessment/saved/${String(entry._id)}/remove" class="inline">${csrfField(page)}<button type="submit" class="link">${page.t('sa.remove')}</button></form></li>`;
      })}</ul>` : html`<p>${page.t('sa.noSaved')}</p>`}
    </section>`;
  return renderPage(page, { title, body, noIndex: true });
}

function itemFieldset(page: PageContext, instrument: Instrument, item: InstrumentItem, index: number, chosen: string | undefined, missing: boolean): SafeHtml {
  const name = `item-${index}`;
  return html`<fieldset class="sa-item${missing ? ' field-error' : ''}" id="${name}"${missing ? html` aria-describedby="${name}-error"` : ''}>
    <legend><span class="sa-dimension">${dimensionName(page, instrument.framework, item.dimension)}</span> <span class="sa-statement">${item.texts[page.locale] ?? item.texts.en ?? ''}</span></legend>
    ${missing ? html`<p class="error-message" id="${name}-error">${page.t('sa.notAnswered')}</p>` : ''}
    <div class="sa-options">${item.options.map((option) => html`<label class="sa-option"><input type="radio" name="${name}" value="${option.id}"${chosen === option.id ? html` checked` : ''}> ${option.texts[page.locale] ?? option.texts.en ?? ''}</label>`)}</div>
  </fieldset>`;
}

async function attemptPage(ctx: AppContext, req: Request, res: Response, attempt: AssessmentAttempt, notice?: string, error?: AppError): Promise<void> {
  const page = pageContext(req);
  const instrument = await loadInstrumentById(ctx, attempt.instrumentId);
  const items = itemsFor(instrument, attempt.role);
  const chosen = new Map(attempt.answers.map((answer) => [answer.itemId, answer.optionId]));
  const missing = new Set(error?.code === 'answers_incomplete' ? items.filter((item) => !chosen.has(item.id)).map((item) => item.id) : []);
  const groups: { name: string; entries: { item: InstrumentItem; index: number }[] }[] = [];
  items.forEach((item) => {
    const name = dimensionGroup(page, instrument.framework, item.dimension);
    const entry = { item, index: instrument.items.indexOf(item) };
    const last = groups[groups.length - 1];
    if (last?.name === name) last.entries.push(entry);
    else groups.push({ name, entries: [entry] });
  });
  const title = instrumentTitle(page, instrument);
  const body = html`<h1>${title}</h1><p class="lead">${instrument.description[page.locale] ?? ''}</p>
    <p class="sa-progress" role="status">${page.t('sa.progress', { answered: page.number(chosen.size), total: page.number(items.length) })}</p>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}${errorNotice(page, error)}
    <form method="post" action="/self-assessment/attempts/${String(attempt._id)}" class="sa-form">${csrfField(page)}
      ${groups.map((group) => html`<section class="sa-group"><h2>${group.name}</h2>${group.entries.map(({ item, index }) => itemFieldset(page, instrument, item, index, chosen.get(item.id), missing.has(item.id)))}</section>`)}
      <div class="form-actions sa-actions"><button type="submit" name="intent" value="save" class="button secondary">${page.t('sa.save')}</button>
        <button type="submit" name="intent" value="submit" class="button">${page.t('sa.submit')}</button></div>
      <p class="hint">${page.t('sa.privateNote')}</p>
    </form>`;
  res.status(error ? error.status : 200).type('html').send(renderPage(page, { title, body, noIndex: true }));
}

/** The answers a posted form holds: `item-<index>` → option id, for the items the attempt asks. */
async function postedAnswers(ctx: AppContext, attempt: AssessmentAttempt, body: unknown): Promise<{ itemId: string; optionId: string }[]> {
  const instrument = await loadInstrumentById(ctx, attempt.instrumentId);
  const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return itemsFor(instrument, attempt.role).flatMap((item) => {
    const value = fields[`item-${instrument.items.indexOf(item)}`];
    return typeof value === 'string' && value ? [{ itemId: item.id, optionId: value }] : [];
  });
}

const kindKeys = { practice: 'sa.kind.practice', resource: 'sa.kind.resource', community: 'sa.kind.community' } as const;

function pickTitle(page: PageContext, title: Readonly<Record<string, string>>): { text: string; language: string } {
  const own = title[page.locale];
  if (own) return { text: own, language: page.locale };
  const [language, text] = Object.entries(title).find(([, value]) => value) ?? ['', ''];
  return { text, language };
}

/** The recommendations for the weakest dimensions, each with its "why" and a button to keep it for later. */
export function recommendationsSection(page: PageContext, framework: InstrumentFramework, groups: readonly DimensionRecommendations[], savedKeys: ReadonlySet<string>, attemptId: string | null): SafeHtml {
  const next = page.url.split('?')[0] ?? '/self-assessment';
  return html`<section aria-labelledby="sa-recommendations"><h2 id="sa-recommendations">${page.t('sa.recommendations')}</h2>
    <p>${page.t('sa.recommendationsIntro')}</p>
    ${groups.length === 0 ? html`<p>${page.t('sa.allAtTop')}</p>` : ''}
    ${groups.map((group) => html`<h3>${dimensionName(page, framework, group.dimension)} <span class="sa-why">(${page.t('sa.level')}: ${page.number(group.level)})</span></h3>
      ${group.items.length ? html`<ul class="card-list">${group.items.map((item) => html`<li class="card"><p class="card-meta"><span class="badge">${page.t(kindKeys[item.kind])}</span>${item.inReaderLanguage ? '' : html` <span class="badge">${page.t('sa.otherLanguage')}</span>`}</p>
        <h4 class="card-title"><a href="${recommendationPath(item.kind, item.slug)}"${item.language ? html` lang="${item.language}"` : ''}>${item.title}</a></h4>
        <p class="sa-why">${page.t('sa.why', { dimension: dimensionName(page, framework, group.dimension) })}</p>
        ${savedKeys.has(`${item.kind}:${item.id}`) ? html`<p>${page.t('sa.isSaved')}</p>` : html`<form method="post" action="/self-assessment/saved" class="sa-save-form">${csrfField(page)}
          <input type="hidden" name="kind" value="${item.kind}"><input type="hidden" name="targetId" value="${item.id}"><input type="hidden" name="dimension" value="${group.dimension}">
          ${attemptId ? html`<input type="hidden" name="attemptId" value="${attemptId}">` : ''}<input type="hidden" name="next" value="${next}">
          <button type="submit" class="button secondary">${page.t('sa.saveRecommendation')}<span class="visually-hidden">: ${item.title}</span></button></form>`}</li>`)}</ul>` : html`<p>${page.t('sa.nothingAligned')}</p>`}`)}
  </section>`;
}

/** The chart and table of a result; a shared view (`withChange` false) leaves the change since earlier out. */
export function resultSection(page: PageContext, result: AssessmentResult, withChange = true): SafeHtml {
  const { instrument, previous, scores } = result;
  const dimensions = scores.map((score) => score.dimension);
  const top = instrument.levels.length;
  const levelCode = (level: number): string => instrument.levels[Math.max(1, Math.min(top, Math.round(level))) - 1]?.code ?? '';
  const series = [{ label: page.t('sa.thisResult'), values: scores.map((score) => score.level) }];
  if (previous) {
    const before = new Map(previous.scores.map((score) => [score.dimension, score.level]));
    series.push({ label: page.t('sa.previousResult'), values: scores.map((score) => before.get(score.dimension) ?? 0) });
  }
  const dimensionHeading = page.t(instrument.framework === 'digCompEdu' ? 'sa.dimension.digCompEdu' : 'sa.dimension.selfieAreas');
  return html`${levelChart(page, { id: 'sa-result-chart', title: page.t('sa.chartTitle'), description: page.t('sa.chartDescription', { count: page.number(dimensions.length), top: page.number(top) }), framework: instrument.framework, dimensions, series })}
    ${dimensionKey(page, instrument.framework, dimensions)}
    ${withChange ? html`<p>${previous ? page.t('sa.changeSince', { date: page.date(previous.submittedAt) }) : page.t('sa.noPrevious')}</p>` : ''}
    <table class="table sa-levels"><caption>${page.t('sa.levelsTable')}</caption><thead><tr><th scope="col">${dimensionHeading}</th><th scope="col">${page.t('sa.level')}</th>${withChange ? html`<th scope="col">${page.t('sa.change')}</th>` : ''}</tr></thead>
      <tbody>${scores.map((score) => html`<tr><th scope="row">${dimensionName(page, instrument.framework, score.dimension)}</th><td>${levelCode(score.level)} (${page.number(score.level)})</td>${withChange ? html`<td class="numeric">${signedChange(page, score.change)}</td>` : ''}</tr>`)}</tbody></table>`;
}

/** The owner's share panel: a button to create the link, or the link with a button to revoke it. */
function shareSection(ctx: AppContext, page: PageContext, attempt: AssessmentAttempt): SafeHtml {
  const action = `/self-assessment/results/${String(attempt._id)}`;
  const link = attempt.shareToken ? `${ctx.config.publicUrl.replace(/\/$/, '')}${sharedResultPath(attempt.shareToken)}` : null;
  return html`<section aria-labelledby="sa-share" id="sa-share-section"><h2 id="sa-share">${page.t('sa.share')}</h2>
    <p class="hint" id="sa-share-hint">${page.t('sa.shareHint')}</p>
    ${link ? html`<p><label for="sa-share-link">${page.t('sa.shareLink')}</label><br><input type="text" id="sa-share-link" readonly value="${link}" aria-describedby="sa-share-hint" class="copy-field"></p>
      <form method="post" action="${action}/unshare" class="inline-form">${csrfField(page)}<button type="submit" class="button secondary">${page.t('sa.shareRevoke')}</button></form>`
    : html`<form method="post" action="${action}/share" class="inline-form">${csrfField(page)}<button type="submit" class="button secondary">${page.t('sa.shareCreate')}</button></form>`}
  </section>`;
}

const shareNotices = { created: 'sa.shareCreated', revoked: 'sa.shareRevoked' } as const;

async function resultPage(ctx: AppContext, req: Request): Promise<string> {
  const page = pageContext(req);
  const result = await loadOwnResult(ctx, req.actor, req.params.id);
  const weakest = weakestDimensions(result.attempt.scores, result.instrument.levels.length, recommendedDimensions);
  const [groups, saved] = await Promise.all([recommendForDimensions(ctx, result.instrument.framework, weakest, page.locale), listSavedRecommendations(ctx, req.actor)]);
  const savedKeys = new Set(saved.map(({ saved: entry }) => `${entry.kind}:${String(entry.targetId)}`));
  const title = `${page.t('sa.resultTitle')}: ${instrumentTitle(page, result.instrument)}`;
  const body = html`<h1>${title}</h1><p class="card-meta">${page.t('sa.submittedOn')}: ${page.date(result.attempt.submittedAt)} · ${page.t('sa.version', { version: result.attempt.version })}</p>
    <p class="notice notice-info">${page.t('sa.privateNote')}</p>
    ${req.query.saved === '1' ? html`<p class="notice" role="status">${page.t('sa.recommendationSaved')}</p>` : ''}
    ${req.query.share === 'created' || req.query.share === 'revoked' ? html`<p class="notice" role="status">${page.t(shareNotices[req.query.share])}</p>` : ''}
    ${resultSection(page, result)}
    ${shareSection(ctx, page, result.attempt)}
    ${recommendationsSection(page, result.instrument.framework, groups, savedKeys, String(result.attempt._id))}
    <p><a href="/self-assessment">${page.t('sa.backToOverview')}</a></p>`;
  return renderPage(page, { title, body, noIndex: true });
}

async function sharedPage(ctx: AppContext, req: Request): Promise<string> {
  const page = pageContext(req);
  const result = await loadSharedResult(ctx, req.params.token);
  const title = `${page.t('sa.sharedTitle')}: ${instrumentTitle(page, result.instrument)}`;
  const body = html`<h1>${title}</h1><p class="card-meta">${page.t('sa.submittedOn')}: ${page.date(result.attempt.submittedAt)} · ${page.t('sa.version', { version: result.attempt.version })}</p>
    <p class="notice notice-info">${page.t('sa.sharedNote')}</p>
    ${resultSection(page, result, false)}
    <p><a href="/self-assessment">${page.t('sa.takeYourOwn')}</a></p>`;
  return renderPage(page, { title, body, noIndex: true });
}

export function selfAssessmentPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/self-assessment', async (req, res) => {
    authorize(req.actor, 'selfAssessment.take');
    res.type('html').send(await overviewPage(ctx, req));
  });

  router.post('/self-assessment/start', async (req, res) => {
    authorize(req.actor, 'selfAssessment.take');
    const fields = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
    const input = Object.fromEntries(['instrument', 'roundId', 'role'].filter((name) => typeof fields[name] === 'string' && fields[name]).map((name) => [name, fields[name]]));
    const started = await attemptCommand(() => startAttempt(ctx, req.actor, input));
    if (!started.ok) return void res.status(started.error.status).type('html').send(await overviewPage(ctx, req, started.error));
    res.redirect(303, `/self-assessment/attempts/${String(started.value._id)}`);
  });

  router.get('/self-assessment/attempts/:id', async (req, res) => {
    const attempt = await loadOwnAttempt(ctx, req.actor, req.params.id);
    if (attempt.state === 'submitted') return res.redirect(303, `/self-assessment/results/${String(attempt._id)}`);
    await attemptPage(ctx, req, res, attempt, req.query.saved === '1' ? pageContext(req).t('sa.saved') : undefined);
  });

  router.post('/self-assessment/attempts/:id', async (req, res) => {
    const attempt = await loadOwnAttempt(ctx, req.actor, req.params.id);
    const answers = await postedAnswers(ctx, attempt, req.body);
    const submit = (req.body as Record<string, unknown> | undefined)?.intent === 'submit';
    const saved = answers.length ? await attemptCommand(() => saveAnswers(ctx, req.actor, req.params.id, { answers })) : { ok: true as const, value: attempt };
    if (!saved.ok) return attemptPage(ctx, req, res, attempt, undefined, saved.error);
    if (!submit) return res.redirect(303, `/self-assessment/attempts/${String(attempt._id)}?saved=1`);
    const submitted = await attemptCommand(() => submitAttempt(ctx, req.actor, req.params.id));
    if (!submitted.ok) return attemptPage(ctx, req, res, saved.value, undefined, submitted.error);
    res.redirect(303, `/self-assessment/results/${String(attempt._id)}`);
  });

  router.get('/self-assessment/results/:id', async (req, res) => {
    res.type('html').send(await resultPage(ctx, req));
  });

  router.post('/self-assessment/results/:id/share', async (req, res) => {
    await shareResult(ctx, req.actor, req.params.id);
    res.redirect(303, `/self-assessment/results/${encodeURIComponent(req.params.id)}?share=created#sa-share-section`);
  });

  router.post('/self-assessment/results/:id/unshare', async (req, res) => {
    await revokeShare(ctx, req.actor, req.params.id);
    res.redirect(303, `/self-assessment/results/${encodeURIComponent(req.params.id)}?share=revoked#sa-share-section`);
  });

  router.get('/self-assessment/shared/:token', async (req, res) => {
    res.set('Referrer-Policy', 'no-referrer').type('html').send(await sharedPage(ctx, req));
  });

  router.post('/self-assessment/saved', async (req, res) => {
    const fields = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
    const input = Object.fromEntries(['kind', 'targetId', 'attemptId', 'dimension'].filter((name) => typeof fields[name] === 'string' && fields[name]).map((name) => [name, fields[name]]));
    await saveRecommendation(ctx, req.actor, input);
    res.redirect(303, `${safeNextPath(fields.next, '/self-assessment')}?saved=1`);
  });

  router.post('/self-assessment/saved/:id/remove', async (req, res) => {
    await removeSavedRecommendation(ctx, req.actor, req.params.id);
    res.redirect(303, '/self-assessment#sa-saved');
  });

  return router;
}
