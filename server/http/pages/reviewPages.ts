// The reviewers' pages: the queue (submitted, in review, scheduled) and one practice's review page with a diff
// between revisions, earlier comments, and forms to take it into review, request changes, and publish now or later.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { accessOf, loadVisiblePractice } from '../../commands/practices/loadPractice.js';
import { getPracticeRevision, listPracticeRevisions } from '../../commands/practices/practiceHistory.js';
import { publishPractice } from '../../commands/practices/publishPractice.js';
import { listPractices } from '../../commands/practices/readPractices.js';
import { requestChanges } from '../../commands/practices/requestChanges.js';
import { startReview } from '../../commands/practices/startReview.js';
import { unauthenticated } from '../../errors.js';
import type { Practice } from '../../models/practice.js';
import { authorize, can } from '../../policies/index.js';
import { attempt, csrfField, field, statusMessage } from './forms.js';
import { errorText } from '../../i18n/errorText.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { practicePreview, reviewComments } from './editor/practiceFormView.js';
import { diffFields, fieldDiffTable } from './views/fieldDiff.js';
import { livePracticeLink, practiceChangePages, readableSnapshots, submittedChangesQueue } from './practiceChangeReview.js';
import { stateLabel } from './editorPages.js';
import { loadAttachments } from './practicePages.js';
import { scheduledNote, scheduleFields, zonedDateTime, type ScheduleValues } from './views/scheduledTime.js';
import { scheduledRequest, scheduleFormOf } from './scheduleRequest.js';

const queueStates = ['submitted', 'in-review', 'scheduled'] as const;

function revisionDiff(page: PageContext, before: unknown, after: unknown, from: number, to: number): SafeHtml {
  return html`<section class="diff" aria-labelledby="diff-heading">
    <h2 id="diff-heading">${page.t('review.diffHeading', { from, to })}</h2>
    ${fieldDiffTable(page, diffFields(before, after), { caption: page.t('review.diffHeading', { from, to }), before: page.t('review.before', { rev: from }), after: page.t('review.after', { rev: to }) })}
  </section>`;
}

function reviewActions(page: PageContext, req: Request, practice: Practice, schedule?: ScheduleValues): SafeHtml {
  const id = String(practice._id);
  const access = accessOf(practice);
  const forms: SafeHtml[] = [];
  if (practice.state === 'submitted' && can(req.actor, 'practice.startReview', access)) {
    forms.push(html`<form method="post" action="/review/${id}/start">${csrfField(page)}<button type="submit" class="button primary">${page.t('review.start')}</button></form>`);
  }
  if ((practice.state === 'submitted' || practice.state === 'in-review') && can(req.actor, 'practice.requestChanges', access)) {
    forms.push(html`<form method="post" action="/review/${id}/request-changes">${csrfField(page)}
      ${field({ name: 'comment', idPrefix: 'rc', label: page.t('review.comment'), hint: page.t('editor.hint.markdown'), rows: 5, required: true })}
      <button type="submit" class="button">${page.t('review.requestChanges')}</button></form>`);
  }
  if ((practice.state === 'in-review' || practice.state === 'scheduled') && can(req.actor, 'practice.publish', access)) {
    forms.push(html`<form method="post" action="/review/${id}/publish">${csrfField(page)}<button type="submit" class="button primary">${page.t('review.publishNow')}</button></form>
      <form method="post" action="/review/${id}/publish">${csrfField(page)}<input type="hidden" name="when" value="later">
        ${scheduleFields(page, practice, req.user?.country, schedule)}
        <button type="submit" class="button">${page.t('review.schedule')}</button></form>`);
  }
  if (forms.length === 0) return html``;
  return html`<section class="review-actions" aria-labelledby="review-actions-heading"><h2 id="review-actions-heading">${page.t('review.decide')}</h2>${forms}</section>`;
}

export function reviewPages(ctx: AppContext): Router {
  const router = Router();

  const requireReviewer = (req: Request): void => {
    if (!req.user) throw unauthenticated();
    authorize(req.actor, 'practice.listAllStates');
  };

  async function renderReview(req: Request, res: Response, id: string, problem?: string, status = 200, schedule?: ScheduleValues): Promise<void> {
    const page = pageContext(req);
    const practice = await loadVisiblePractice(ctx, req.actor, id);
    const revisions = await listPracticeRevisions(ctx, req.actor, id);
    const latest = revisions[0]?.rev ?? practice.rev;
    const lastReview = practice.reviewComments.at(-1)?.at;
    const reviewedRev = lastReview ? revisions.find((r) => r.at <= lastReview)?.rev : undefined;
    const to = Number(req.query.to) || latest;
    const from = Number(req.query.from) || reviewedRev || revisions.at(-1)?.rev || latest;
    let diff: SafeHtml = html``;
    if (from !== to) {
      const [before, after] = await Promise.all([getPracticeRevision(ctx, req.actor, id, String(from)), getPracticeRevision(ctx, req.actor, id, String(to))]);
      const [readableBefore, readableAfter] = await readableSnapshots(ctx, page, [before.snapshot, after.snapshot]);
      diff = revisionDiff(page, readableBefore, readableAfter, from, to);
    }
    const options = revisions.map((r): readonly [string, string] => [String(r.rev), page.t('review.revisionOption', { rev: r.rev, date: page.date(r.at, 'short') })]);
    const title = practice.texts[practice.originalLanguage]?.title ?? '';
    const body = html`<section class="review">
      <p class="eyebrow"><a href="/review">${page.t('review.queueTitle')}</a> · <span class="state state-${practice.state}">${stateLabel(page, practice.state)}</span></p>
      <h1>${title}</h1>
      ${livePracticeLink(page, practice)}
      ${statusMessage(req.query.done === '1' ? page.t('review.done') : undefined)}
      ${problem ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${problem}</p></div>` : ''}
      ${practice.state === 'scheduled' ? scheduledNote(page, practice.publishAt, practice.publishTimeZone) : ''}
      ${reviewActions(page, req, practice, schedule)}
      <form method="get" action="/review/${id}" class="inline-form revision-picker">
        ${field({ name: 'from', idPrefix: 'rv', label: page.t('review.compareFrom'), value: String(from), options })}
        ${field({ name: 'to', idPrefix: 'rv', label: page.t('review.compareTo'), value: String(to), options })}
        <button type="submit" class="button">${page.t('review.compare')}</button>
      </form>
      ${diff}
      ${reviewComments(page, practice)}
      ${practicePreview(page, practice, await loadAttachments(ctx, practice))}
    </section>`;
    res.status(status).type('html').send(renderPage(page, { title: `${page.t('review.queueTitle')} · ${title}`, body, noIndex: true, scripts: ['scheduleZone.js'] }));
  }

  router.get('/review', async (req, res) => {
    requireReviewer(req);
    const page = pageContext(req);
    const lists = await Promise.all(queueStates.map((state) => listPractices(ctx, req.actor, { state, sort: 'updated', limit: '100' })));
    const sections = queueStates.map((state, i) => {
      const items = lists[i]?.items ?? [];
      return html`<section aria-labelledby="queue-${state}"><h2 id="queue-${state}">${stateLabel(page, state)} <span class="count">(${page.number(items.length)})</span></h2>
        ${items.length === 0 ? html`<p>${page.t('review.emptyState')}</p>` : html`<ul class="queue">${items.map(
          (p) => html`<li><a href="/review/${String(p._id)}">${p.texts[p.originalLanguage]?.title ?? ''}</a> <span class="meta">${
            p.state === 'scheduled' && p.publishAt ? page.t('schedule.goesLive', { when: zonedDateTime(page, p.publishAt, p.publishTimeZone || 'UTC') }) : page.date(p.updatedAt)
          }</span></li>`,
        )}</ul>`}</section>`;
    });
    const changes = await submittedChangesQueue(ctx, req);
    res.type('html').send(renderPage(page, { title: page.t('review.queueTitle'), noIndex: true, body: html`<section class="review-queue"><h1>${page.t('review.queueTitle')}</h1><p>${page.t('review.queueIntro')}</p>${sections}${changes}</section>` }));
  });

  router.use(practiceChangePages(ctx));

  router.get('/review/:id', async (req, res) => {
    if (!req.user) throw unauthenticated();
    await renderReview(req, res, req.params.id);
  });

  const action = (run: (req: Request) => Promise<unknown>) => async (req: Request, res: Response) => {
    if (!req.user) throw unauthenticated();
    const id = String(req.params.id);
    const result = await attempt(() => run(req));
    if (!result.ok) return renderReview(req, res, id, errorText(pageContext(req).locale, result.error), result.error.status);
    res.redirect(303, `/review/${id}?done=1`);
  };
  const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;

  router.post('/review/:id/start', action((req) => startReview(ctx, req.actor, req.params.id)));
  router.post('/review/:id/request-changes', action((req) => {
    const comment = bodyOf(req).comment;
    return requestChanges(ctx, req.actor, req.params.id, { comment: typeof comment === 'string' ? comment : '' });
  }));
  router.post('/review/:id/publish', async (req, res) => {
    const body = bodyOf(req);
    if (body.when !== 'later') return action(() => publishPractice(ctx, req.actor, req.params.id, {}))(req, res);
    if (!req.user) throw unauthenticated();
    const form = scheduleFormOf(body);
    const result = await attempt(async () => publishPractice(ctx, req.actor, req.params.id, scheduledRequest(form)));
    if (result.ok) return res.redirect(303, `/review/${req.params.id}?done=1`);
    const problem = errorText(pageContext(req).locale, result.error);
    await renderReview(req, res, req.params.id, problem, result.error.status, { local: form.local, timeZone: form.timeZone, error: problem });
  });

  return router;
}
