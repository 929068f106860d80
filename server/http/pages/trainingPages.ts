// Trainings and events on the web: GET /trainings (the catalogue with filters), /trainings/:slug (facts, agenda,
// schema.org JSON-LD, the reader's registration and feedback), and the forms that register, cancel and send
// feedback through the same commands as the API (Post/Redirect/Get).
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { cancelRegistration } from '../../commands/trainings/cancelRegistration.js';
import { submitFeedback } from '../../commands/trainings/feedback.js';
import { listTrainings } from '../../commands/trainings/listTrainings.js';
import { findVisibleTraining } from '../../commands/trainings/loadTraining.js';
import { registerForTraining } from '../../commands/trainings/registerForTraining.js';
import { readerStatus, sessionCollectionSlugs, type ReaderStatus } from '../../commands/trainings/trainingStatus.js';
import { trainingAccessOf } from '../../commands/trainings/loadTraining.js';
import type { AppError } from '../../errors.js';
import { en } from '../../i18n/messages/en.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { Training } from '../../models/training.js';
import { trainingFormats, trainingKinds } from '../../commands/trainings/schemas.js';
import { can } from '../../policies/index.js';
import { trainingJsonLd } from '../../presenters/trainingJsonLd.js';
import { readOffset } from './browsePages.js';
import { attempt, csrfField, field, statusMessage } from './forms.js';
import { html, jsonForScript, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { pagination, resultRange } from './views/pagination.js';
import { sessionList, titleOf, trainingCard, trainingFacts } from './views/trainingViews.js';

const pageSize = 20;
const doneKeys: Record<string, MessageKey> = {
  registered: 'trainings.status.registered',
  cancelled: 'trainings.status.cancelled',
  feedback: 'trainings.feedbackThanks',
};

/** A command's 4xx as a sentence in the reader's language. */
export function trainingErrorMessage(page: PageContext, error: AppError): string {
  const key = `trainings.error.${error.code}`;
  return page.t(key in en ? (key as MessageKey) : 'trainings.error.validation_failed');
}

function filterForm(page: PageContext, query: Request['query']): SafeHtml {
  const pick = (name: string) => (typeof query[name] === 'string' ? query[name] : '');
  const options = (values: readonly string[], prefix: string) => [['', page.t('trainings.filter.any')] as const, ...values.map((v) => [v, page.t(`${prefix}.${v}` as MessageKey)] as const)];
  return html`<form method="get" action="/trainings" class="filters filters-inline">
    ${field({ name: 'kind', label: page.t('trainings.filter.kind'), options: options(trainingKinds, 'trainings.kind'), value: pick('kind') })}
    ${field({ name: 'format', label: page.t('trainings.filter.format'), options: options(trainingFormats, 'trainings.format'), value: pick('format') })}
    ${field({ name: 'when', label: page.t('trainings.filter.when'), options: (['upcoming', 'past', 'all'] as const).map((v) => [v, page.t(`trainings.when.${v}`)] as const), value: pick('when') || 'upcoming' })}
    <button type="submit" class="button">${page.t('trainings.filter.apply')}</button>
  </form>`;
}

function registrationPanel(page: PageContext, training: Training, status: ReaderStatus, error?: string): SafeHtml {
  const action = (path: string, label: string, secondary = false) =>
    html`<form method="post" action="/trainings/${training.slug}/${path}" class="inline">${csrfField(page)}<button type="submit" class="button${secondary ? ' secondary' : ''}">${label}</button></form>`;
  const ended = training.endsAt !== null && training.endsAt.getTime() < Date.now();
  let content: SafeHtml;
  if (!page.user) content = html`<p><a class="button" href="/sign-in?next=${encodeURIComponent(`/trainings/${training.slug}`)}">${page.t('trainings.signInToRegister')}</a></p>`;
  else if (status.completed) content = html`<p>${page.t('trainings.status.completed')}</p><p><a href="/api/trainings/${String(training._id)}/certificate">${page.t('learning.certificate')}</a></p>${feedbackForm(page, training, status)}`;
  else if (status.registration?.state === 'registered') content = html`<p>${page.t('trainings.status.registered')}</p>${action('cancel', page.t('trainings.cancel'), true)}`;
  else if (status.registration?.state === 'waiting') content = html`<p>${page.t('trainings.status.waiting', { position: page.number(status.waitingPosition ?? 1) })}</p>${action('cancel', page.t('trainings.leaveWaitingList'), true)}`;
  else if (training.cancelledAt) content = html`<p>${page.t('trainings.cancelledNotice')}</p>`;
  else if (ended) content = html`<p>${page.t('trainings.ended')}</p>`;
  else {
    content = html`<form method="post" action="/trainings/${training.slug}/register">${csrfField(page)}
      ${training.registrationQuestions.map((q) => field({ name: `answer-${q.key}`, label: q.label, required: q.required }))}
      <button type="submit" class="button">${page.t('trainings.register')}</button></form>`;
  }
  return html`<section aria-labelledby="registration-heading" class="panel"><h2 id="registration-heading">${page.t('trainings.registerTitle')}</h2>
    ${error ? html`<p class="error-message" role="alert">${error}</p>` : ''}${content}</section>`;
}

function feedbackForm(page: PageContext, training: Training, status: ReaderStatus): SafeHtml {
  const ratings = [1, 2, 3, 4, 5].map((n) => [String(n), String(n)] as const);
  return html`<form method="post" action="/trainings/${training.slug}/feedback" class="feedback-form">${csrfField(page)}
    <h3>${page.t('trainings.feedback')}</h3>
    ${field({ name: 'rating', label: page.t('trainings.rating'), options: ratings, value: String(status.feedback?.rating ?? 5), required: true })}
    ${field({ name: 'comment', label: page.t('trainings.comment'), rows: 3, value: status.feedback?.comment ?? '' })}
    <button type="submit" class="button secondary">${page.t('trainings.sendFeedback')}</button></form>`;
}

async function renderTraining(ctx: AppContext, req: Request, res: Response, training: Training, error?: AppError): Promise<void> {
  const page = pageContext(req);
  const [status, collectionSlugs] = await Promise.all([readerStatus(ctx, req.actor, training), sessionCollectionSlugs(ctx, training)]);
  const title = titleOf(training, page.locale);
  const description = training.description[title.language] ?? Object.values(training.description)[0] ?? '';
  const done = typeof req.query.done === 'string' ? doneKeys[req.query.done] : undefined;
  const manages = can(req.actor, 'training.manageParticipants', trainingAccessOf(training));
  const body = html`<article class="training" aria-labelledby="training-title">
    <p class="eyebrow">${page.t(`trainings.kind.${training.kind}`)}</p>
    <h1 id="training-title" lang="${title.language}">${title.text}</h1>
    ${training.state === 'published' ? '' : html`<p class="notice notice-warning" role="note">${page.t('trainings.notPublished')}</p>`}
    ${training.cancelledAt ? html`<p class="notice notice-warning" role="note">${page.t('trainings.cancelledNotice')}${training.cancellationReason ? html` ${training.cancellationReason}` : ''}</p>` : ''}
    ${statusMessage(done ? page.t(done) : undefined)}
    ${trainingFacts(page, training)}
    ${description ? html`<div class="prose lead" lang="${title.language}">${description.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}</div>` : ''}
    ${manages ? html`<p><a class="button secondary" href="/trainings/${training.slug}/manage">${page.t('trainings.manage')}</a></p>` : ''}
    ${registrationPanel(page, training, status, error ? trainingErrorMessage(page, error) : undefined)}
    <section aria-labelledby="sessions-heading"><h2 id="sessions-heading">${page.t(training.kind === 'conference' ? 'trainings.agenda' : 'trainings.sessions')}</h2>
      ${sessionList(page, training, collectionSlugs)}</section>
  </article>`;
  res.status(error ? error.status : 200).type('html').send(
    renderPage(page, {
      title: title.text,
      description: description.slice(0, 200),
      body,
      canonicalPath: `/trainings/${training.slug}`,
      noIndex: training.state !== 'published',
      head: training.state === 'published' ? html`<script type="application/ld+json">${jsonForScript(trainingJsonLd(training, ctx.config.publicUrl, page.locale))}</script>` : undefined,
    }),
  );
}

function answersOf(body: unknown): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [name, value] of Object.entries(body && typeof body === 'object' ? body : {})) {
    if (name.startsWith('answer-') && typeof value === 'string' && value.trim()) answers[name.slice('answer-'.length)] = value.trim();
  }
  return answers;
}

export function trainingPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/trainings', async (req, res) => {
    const page = pageContext(req);
    const pick = (name: string) => (typeof req.query[name] === 'string' && req.query[name] ? { [name]: req.query[name] } : {});
    const query = { ...pick('kind'), ...pick('format'), ...pick('programmeId'), when: typeof req.query.when === 'string' && req.query.when ? req.query.when : 'upcoming', offset: readOffset(req.query), limit: pageSize };
    const { items, page: list } = await listTrainings(ctx, req.actor, query);
    const title = page.t('trainings.title');
    const body = html`<h1>${title}</h1><p class="lead">${page.t('trainings.intro')}</p><p><a href="/statistics/trainings">${page.t('nav.statistics')}</a> · <a href="/programmes">${page.t('nav.programmes')}</a>${can(req.actor, 'training.create') ? html` · <a href="/trainings/import">${page.t('trainings.importCompletions')}</a>` : ''}</p>
      ${filterForm(page, req.query)}
      <p class="results-count" role="status">${resultRange(page, list)}</p>
      ${items.length ? html`<ul class="card-list">${items.map((training) => html`<li>${trainingCard(page, training)}</li>`)}</ul>` : html`<p>${page.t('trainings.empty')}</p>`}
      ${pagination(page, list)}`;
    res.type('html').send(renderPage(page, { title, description: page.t('trainings.intro'), body, canonicalPath: '/trainings' }));
  });

  router.get('/trainings/:slug', async (req, res) => {
    const found = await findVisibleTraining(ctx, req.actor, req.params.slug);
    if (found.moved) return res.redirect(301, `/trainings/${encodeURIComponent(found.doc.slug)}`);
    await renderTraining(ctx, req, res, found.doc);
  });

  const formAction = (path: string, run: (training: Training, req: Request) => Promise<unknown>, done: string) => {
    router.post(`/trainings/:slug/${path}`, async (req, res) => {
      const { doc: training } = await findVisibleTraining(ctx, req.actor, req.params.slug);
      const result = await attempt(() => run(training, req));
      if (!result.ok) return renderTraining(ctx, req, res, training, result.error);
      res.redirect(303, `/trainings/${training.slug}?done=${done}`);
    });
  };
  formAction('register', (training, req) => registerForTraining(ctx, req.actor, String(training._id), { answers: answersOf(req.body) }), 'registered');
  formAction('cancel', (training, req) => cancelRegistration(ctx, req.actor, String(training._id)), 'cancelled');
  formAction('feedback', (training, req) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    return submitFeedback(ctx, req.actor, String(training._id), { rating: Number(body.rating), comment: typeof body.comment === 'string' ? body.comment : '' });
  }, 'feedback');

  return router;
}
