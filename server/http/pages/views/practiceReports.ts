// The site's queue of reported practices on the moderation dashboard: per practice its title, state and summary with
// a link, the reports and reasons, what was done to it before, and one decision form (keep or take offline + reason).
import type { PracticeReportItem, PracticeReportQueue } from '../../../commands/review/loadPracticeReports.js';
import { practiceDecisions } from '../../../commands/review/schemas.js';
import { csrfField } from '../forms.js';
import { html, type SafeHtml } from '../html.js';
import { chooseText } from './practiceText.js';
import { choiceRadio, entryLine, reportsBlock, type ReviewNames } from './reviewQueue.js';

/** Where the practice decision form posts. */
export const practiceDecisionPath = '/moderation/practices/decide';

function practiceBlock(view: ReviewNames, item: PracticeReportItem, headingId: string): SafeHtml {
  const { page } = view;
  const practice = item.practice;
  if (!practice) return html`<h3 id="${headingId}">${page.t('review.missing')}</h3>`;
  const { language, text } = chooseText(practice, page.locale);
  return html`<h3 id="${headingId}">${page.t('review.kind.practice', { place: text.title ?? practice.slug })} <span class="badge">${page.t(`practiceState.${practice.state}`)}</span></h3>
    <p class="hint">${page.t('review.practiceAuthor', { name: view.names.get(String(practice.authorId)) ?? page.t('review.formerMember') })}</p>
    ${text.excerpt ? html`<blockquote class="reported-content" lang="${language}">${text.excerpt}</blockquote>` : ''}
    <p><a href="/practices/${encodeURIComponent(practice.slug)}">${page.t('review.openInPlace')}</a></p>`;
}

function decisionForm(view: ReviewNames, item: PracticeReportItem, key: string, mayUnpublish: boolean): SafeHtml {
  const { page } = view;
  const online = item.practice !== null && ['published', 'scheduled'].includes(item.practice.state);
  const choices = practiceDecisions.filter((decision) => decision === 'keep' || (online && mayUnpublish));
  return html`<form method="post" action="${practiceDecisionPath}" class="review-decision">${csrfField(page)}<input type="hidden" name="subjectId" value="${item.subjectId}">
    <fieldset><legend>${page.t('review.contentLegend')}</legend>${choices.map((decision) => choiceRadio(key, 'content', decision, page.t(`review.practiceContent.${decision}`), decision === 'keep'))}</fieldset>
    <div class="field"><label for="${key}-reason">${page.t('review.reason')}</label><textarea id="${key}-reason" name="reason" rows="2" required aria-required="true"></textarea></div>
    <button type="submit" class="button">${page.t('review.decide')}</button>
  </form>`;
}

/**
 * The section's inner part. `mayUnpublish` says per practice whether the reader may take it offline (the policy's
 * answer, asked by the page).
 */
export function practiceReportsView(view: ReviewNames, queue: PracticeReportQueue, mayUnpublish: (item: PracticeReportItem) => boolean): SafeHtml {
  const { page } = view;
  return html`<h2 id="practice-reports-heading">${page.t('review.practiceQueue')} <span class="count">(${page.t('review.count', { count: queue.total })})</span></h2>
    <p class="hint">${page.t('review.practiceIntro')}</p>
    ${queue.items.length === 0 ? html`<p>${page.t('review.practiceEmpty')}</p>` : html`<ol class="review-queue">${queue.items.map((item) => {
      const key = `pr-${item.subjectId}`;
      return html`<li class="review-item"><article aria-labelledby="${key}-h">
        ${practiceBlock(view, item, `${key}-h`)}
        ${reportsBlock(view, item.flags)}
        ${item.previousActions.length === 0 ? '' : html`<h4>${page.t('review.previous')}</h4><ul>${item.previousActions.map((entry) => entryLine(view, entry))}</ul>`}
        ${decisionForm(view, item, key, mayUnpublish(item))}
      </article></li>`;
    })}</ol>`}`;
}
