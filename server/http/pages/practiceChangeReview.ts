// The reviewers' side of changes to published practices: the queue's list of changes waiting, and one change's page
// with the published version compared to the change (labels, highlighted words), the change note, a link to the
// live practice, and the forms to publish it or send it back.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { changeAccessOf, liveRecordFields, loadChange, pendingChangesOf, recordChangeFields, recordTarget } from '../../commands/practices/practiceChanges.js';
import { uploadNames } from '../../commands/practices/practiceAttachments.js';
import { editableFieldsOf } from '../../commands/practices/practiceContent.js';
import { publishPracticeChange } from '../../commands/practices/publishPracticeChange.js';
import { listSubmittedChanges } from '../../commands/practices/readPractices.js';
import { returnPracticeChange } from '../../commands/practices/returnPracticeChange.js';
import { unauthenticated } from '../../errors.js';
import { errorText } from '../../i18n/errorText.js';
import type { PendingChange, Practice } from '../../models/practice.js';
import { can } from '../../policies/index.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { attempt, csrfField, field, statusMessage } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { diffFields, fieldDiffTable, withReadableAttachments } from './views/fieldDiff.js';
import { changeTargetLabel } from './views/practiceManagement.js';

const titleOf = (practice: Practice): string => practice.texts[practice.originalLanguage]?.title ?? practice.slug;

/** The way from a review page to the practice as readers see it. */
export function livePracticeLink(page: PageContext, practice: Practice): SafeHtml {
  if (practice.state !== 'published') return html``;
  return html`<p class="live-link"><a href="/practices/${practice.slug}">${page.t('review.openLive')}</a></p>`;
}

/** The review queue's section of changes to published practices that wait for a reviewer. */
export async function submittedChangesQueue(ctx: AppContext, req: Request): Promise<SafeHtml> {
  const page = pageContext(req);
  const practices = await listSubmittedChanges(ctx, req.actor);
  const rows = practices.flatMap((practice) =>
    Object.entries(pendingChangesOf(practice))
      .filter(([, change]) => change.state === 'submitted')
      .map(([target, change]) => html`<li><a href="/review/${String(practice._id)}/changes/${target}">${titleOf(practice)}</a>
        · ${changeTargetLabel(page, target)} <span class="meta">${page.date(change.updatedAt)}</span></li>`),
  );
  return html`<section aria-labelledby="queue-changes"><h2 id="queue-changes">${page.t('review.changesHeading')} <span class="count">(${page.number(rows.length)})</span></h2>
    ${rows.length === 0 ? html`<p>${page.t('review.emptyState')}</p>` : html`<ul class="queue">${rows}</ul>`}</section>`;
}

/** The published side and the changed side of a change, as editable fields, so paths read `texts.pl.title`. */
function compared(practice: Practice, target: string, change: PendingChange): [unknown, unknown] {
  if (target === recordTarget) return [liveRecordFields(practice), recordChangeFields(practice)];
  return [{ texts: { [target]: editableFieldsOf(practice).texts[target] ?? {} } }, { texts: { [target]: change.fields } }];
}

/** Two snapshots with their attachments named as readers know them (file name, licence, caption). */
export async function readableSnapshots(ctx: AppContext, page: PageContext, snapshots: [unknown, unknown]): Promise<[unknown, unknown]> {
  const ids = snapshots.flatMap((snapshot) => ((snapshot as { attachments?: Array<{ uploadId?: unknown }> } | null)?.attachments ?? []).map((a) => String(a.uploadId)));
  const names = await uploadNames(ctx, ids);
  return [withReadableAttachments(page, snapshots[0], names), withReadableAttachments(page, snapshots[1], names)];
}

function decisionForms(page: PageContext, base: string): SafeHtml {
  return html`<section class="review-actions" aria-labelledby="change-actions-heading"><h2 id="change-actions-heading">${page.t('review.decide')}</h2>
    <form method="post" action="${base}/publish">${csrfField(page)}<button type="submit" class="button primary">${page.t('review.publishChange')}</button></form>
    <form method="post" action="${base}/return">${csrfField(page)}
      ${field({ name: 'comment', idPrefix: 'cr', label: page.t('review.comment'), rows: 4, required: true })}
      <button type="submit" class="button">${page.t('review.returnChange')}</button></form>
  </section>`;
}

export function practiceChangePages(ctx: AppContext): Router {
  const router = Router();

  async function render(req: Request, res: Response, problem?: string, status = 200): Promise<void> {
    if (!req.user) throw unauthenticated();
    const page = pageContext(req);
    const { practice, target, change } = await loadChange(ctx, req.actor, req.params.id, req.params.target, 'practice.viewChange');
    const names = await loadDisplayNames(ctx, [change.authorId]);
    const base = `/review/${String(practice._id)}/changes/${target}`;
    const [before, after] = await readableSnapshots(ctx, page, compared(practice, target, change));
    const mayDecide = change.state === 'submitted' && can(req.actor, 'practice.reviewChange', changeAccessOf(practice, change));
    const body = html`<section class="review">
      <p class="eyebrow"><a href="/review">${page.t('review.queueTitle')}</a> · ${page.t('review.changeTitle')}</p>
      <h1>${titleOf(practice)}</h1>
      <div class="button-row">${livePracticeLink(page, practice)}<p><a href="/review/${String(practice._id)}">${page.t('review.openReview')}</a></p></div>
      ${statusMessage(req.query.done === '1' ? page.t('review.done') : undefined)}
      ${problem ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${problem}</p></div>` : ''}
      <dl class="change-facts">
        <div><dt>${page.t('review.changeOf')}</dt><dd>${changeTargetLabel(page, target)}</dd></div>
        <div><dt>${page.t('myPractices.state')}</dt><dd><span class="state state-${change.state}">${page.t(`change.state.${change.state}`)}</span></dd></div>
        <div><dt>${page.t('myPractices.updated')}</dt><dd>${page.date(change.updatedAt)}${names.get(String(change.authorId)) ? html` · ${page.t('history.by', { name: names.get(String(change.authorId)) ?? '' })}` : ''}</dd></div>
        ${change.note ? html`<div><dt>${page.t('review.changeNote')}</dt><dd>${change.note}</dd></div>` : ''}
      </dl>
      <section class="diff" aria-labelledby="change-diff-heading"><h2 id="change-diff-heading">${page.t('review.changeDiff')}</h2>
        ${fieldDiffTable(page, diffFields(before, after), { caption: page.t('review.changeDiff'), before: page.t('practice.published'), after: page.t('review.changeTitle') })}
      </section>
      ${mayDecide ? decisionForms(page, base) : ''}
    </section>`;
    res.status(status).type('html').send(renderPage(page, { title: `${page.t('review.changeTitle')} · ${titleOf(practice)}`, body, noIndex: true }));
  }

  router.get('/review/:id/changes/:target', async (req, res) => render(req, res));

  const decide = (run: (req: Request) => Promise<Practice>, done: (req: Request) => string) => async (req: Request, res: Response) => {
    if (!req.user) throw unauthenticated();
    const result = await attempt(() => run(req));
    if (!result.ok) return render(req, res, errorText(pageContext(req).locale, result.error), result.error.status);
    res.redirect(303, done(req));
  };
  router.post('/review/:id/changes/:target/publish', decide(
    (req) => publishPracticeChange(ctx, req.actor, req.params.id, req.params.target),
    (req) => `/review/${String(req.params.id)}?done=1`,
  ));
  router.post('/review/:id/changes/:target/return', decide(
    (req) => returnPracticeChange(ctx, req.actor, req.params.id, req.params.target, { comment: typeof req.body?.comment === 'string' ? req.body.comment : '' }),
    (req) => `/review/${String(req.params.id)}/changes/${String(req.params.target)}?done=1`,
  ));
  return router;
}
