// The review queue's markup, the only copy: the moderation page renders it and its island fetches it again when the
// queue changes. One card per reported item: the content in place, the reports and reasons, the author's record,
// what was done before, the claim, and one decision form (content + author + reason).
import type { Types } from 'mongoose';
import type { ReviewItem, ReviewQueue } from '../../../commands/review/loadReviewQueue.js';
import { authorSanctions, contentDecisions, muteChoices } from '../../../commands/review/schemas.js';
import { excerpt } from '../../../content/markdown.js';
import type { AuditEntry } from '../../../models/audit.js';
import type { Flag } from '../../../models/flag.js';
import type { MemberRole } from '../../../models/membership.js';
import type { Message } from '../../../models/message.js';
import type { DisplayNames } from '../../../presenters/displayNames.js';
import { termLabel } from '../../../vocab/index.js';
import { csrfField } from '../forms.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';

/** Community audit actions that have words of their own; any other reads as "another change". */
const namedAuditActions = [
  'community.create', 'community.update', 'room.create', 'room.lock', 'room.unlock', 'room.slowMode', 'thread.lock', 'thread.unlock',
  'post.edit', 'post.delete', 'post.approve', 'post.hide', 'message.delete', 'invite.create',
  'membership.approve', 'membership.reject', 'membership.setRole', 'membership.warn', 'membership.mute', 'membership.unmute', 'membership.ban', 'membership.unban',
  'flag.create', 'flag.resolve', 'flag.reject', 'review.keep', 'review.hide', 'review.delete', 'review.unpublish',
  'practice.create', 'practice.submit', 'practice.startReview', 'practice.unpublish', 'practice.publish', 'practice.archive', 'practice.restore',
] as const;
type NamedAuditAction = (typeof namedAuditActions)[number];

export function auditActionLabel(page: PageContext, action: string): string {
  return (namedAuditActions as readonly string[]).includes(action) ? page.t(`audit.${action as NamedAuditAction}`) : page.t('audit.other');
}

export const roleLabel = (page: PageContext, role: MemberRole): string => page.t(`moderation.roleName.${role}`);

/** What any review card needs: the reader's page and the names of the people it mentions. */
export interface ReviewNames {
  page: PageContext;
  names: DisplayNames;
}

export interface ReviewView extends ReviewNames {
  /** Where the decision and claim forms post (the community's moderation path). */
  base: string;
  communitySlug: string;
}

const nameOf = (view: ReviewNames, id: Types.ObjectId | null): string => (id ? view.names.get(String(id)) ?? view.page.t('review.formerMember') : '');

export function entryLine(view: ReviewNames, entry: AuditEntry): SafeHtml {
  return html`<li>${view.page.date(entry.at, 'short')} · ${auditActionLabel(view.page, entry.action)} · ${nameOf(view, entry.actorId)}${entry.reason ? html` — <q>${entry.reason}</q>` : ''}</li>`;
}

function contextMessage(view: ReviewView, message: Message, reported: Message): SafeHtml {
  const text = message.state === 'visible' ? excerpt(message.body, 200) : view.page.t('review.state.deleted');
  return html`<li class="${message.seq === reported.seq ? 'reported' : ''}"${message.seq === reported.seq ? html` aria-current="true"` : ''}><span class="who">${message.authorName}</span> ${text}</li>`;
}

function contentBlock(view: ReviewView, item: ReviewItem, headingId: string): SafeHtml {
  const { page } = view;
  const content = item.content;
  if (content.kind === 'missing') return html`<h3 id="${headingId}">${page.t('review.missing')}</h3>`;
  if (content.kind === 'post') {
    const state = content.post.state === 'visible' ? '' : html` <span class="badge">${page.t(content.post.state === 'deleted' ? 'review.state.deleted' : 'review.state.hidden')}</span>`;
    return html`<h3 id="${headingId}">${page.t('review.kind.post', { place: content.thread.title })}${state}</h3>
      <blockquote class="reported-content">${excerpt(content.post.body, 600)}</blockquote>
      <p><a href="/threads/${String(content.thread._id)}#post-${String(content.post._id)}">${page.t('review.openInPlace')}</a></p>`;
  }
  const state = content.message.state === 'visible' ? '' : html` <span class="badge">${page.t('review.state.deleted')}</span>`;
  return html`<h3 id="${headingId}">${page.t('review.kind.message', { place: content.room.name })}${state}</h3>
    <p class="hint">${page.t('review.around')}</p>
    <ol class="review-context">${content.around.map((message) => contextMessage(view, message, content.message))}</ol>
    <p><a href="/communities/${view.communitySlug}/rooms/${String(content.room._id)}#m-${content.message.seq}">${page.t('review.openInPlace')}</a></p>`;
}

/** How many reported it and why, then each report with its reporter, date and note. */
export function reportsBlock(view: ReviewNames, flags: readonly Flag[]): SafeHtml {
  const { page } = view;
  const reasons = new Map<string, number>();
  for (const flag of flags) reasons.set(flag.reason, (reasons.get(flag.reason) ?? 0) + 1);
  return html`<p><strong>${page.t('review.reports', { count: flags.length })}</strong>: ${[...reasons]
    .map(([reason, count]) => `${termLabel('flagReasons', reason, page.locale)} × ${page.number(count)}`)
    .join(', ')}</p>
    <ul class="review-reports">${flags.map((flag) => html`<li>${page.t('moderation.reportedBy', { name: nameOf(view, flag.reporterId) })} · ${page.date(flag.createdAt, 'short')}${flag.note ? html` — <q>${flag.note}</q>` : ''}</li>`)}</ul>`;
}

function authorBlock(view: ReviewView, item: ReviewItem): SafeHtml {
  const { page } = view;
  const membership = item.authorMembership;
  const standing: string[] = [];
  if (membership?.state === 'active') standing.push(roleLabel(page, membership.role));
  if (membership?.state === 'banned') standing.push(page.t('review.banned'));
  if (membership?.mutedUntil && membership.mutedUntil > new Date()) standing.push(page.t('moderation.mutedUntil', { date: page.date(membership.mutedUntil, 'short') }));
  return html`<div class="review-author"><h4>${page.t('review.authorRecord', { name: nameOf(view, item.authorId) })}</h4>
    <p>${standing.join(' · ')}${standing.length ? ' · ' : ''}${page.t('review.upheld', { count: item.upheldReports })}</p>
    ${item.authorRecord.length === 0 ? html`<p>${page.t('review.noRecord')}</p>` : html`<ul>${item.authorRecord.map((entry) => entryLine(view, entry))}</ul>`}
    ${item.previousActions.length === 0 ? '' : html`<h4>${page.t('review.previous')}</h4><ul>${item.previousActions.map((entry) => entryLine(view, entry))}</ul>`}
  </div>`;
}

function subjectFields(item: ReviewItem): SafeHtml {
  return html`<input type="hidden" name="subjectType" value="${item.subjectType}"><input type="hidden" name="subjectId" value="${item.subjectId}">`;
}

function claimBlock(view: ReviewView, item: ReviewItem, me: string): SafeHtml {
  const { page } = view;
  const mine = item.claimedBy !== null && String(item.claimedBy) === me;
  const label = item.claimedBy === null ? '' : mine ? page.t('review.claimedByYou') : page.t('review.claimedBy', { name: nameOf(view, item.claimedBy) });
  return html`<div class="review-claim">${label ? html`<p class="claim">${label}</p>` : ''}
    ${item.claimedBy !== null && !mine ? '' : html`<form method="post" action="${view.base}/review/claim" class="inline-form">${csrfField(page)}${subjectFields(item)}
      <input type="hidden" name="claim" value="${mine ? 'false' : 'true'}"><button type="submit" class="button secondary">${page.t(mine ? 'review.release' : 'review.claim')}</button></form>`}</div>`;
}

/** One radio button of a decision form, labelled. */
export function choiceRadio(key: string, group: string, value: string, label: string, checked: boolean): SafeHtml {
  return html`<div class="choice"><input type="radio" id="${key}-${group}-${value}" name="${group}" value="${value}"${checked ? html` checked` : ''}><label for="${key}-${group}-${value}">${label}</label></div>`;
}

function decisionForm(view: ReviewView, item: ReviewItem, key: string): SafeHtml {
  const { page } = view;
  const contents = contentDecisions.filter((choice) => choice !== 'hide' || item.subjectType === 'post');
  const radio = (group: string, value: string, label: string, checked: boolean): SafeHtml => choiceRadio(key, group, value, label, checked);
  return html`<form method="post" action="${view.base}/review/decide" class="review-decision">${csrfField(page)}${subjectFields(item)}
    <fieldset><legend>${page.t('review.contentLegend')}</legend>${contents.map((choice) => radio('content', choice, page.t(`review.content.${choice}`), choice === 'keep'))}</fieldset>
    <fieldset><legend>${page.t('review.sanctionLegend')}</legend>${authorSanctions.map((choice) => radio('sanction', choice, page.t(`review.sanction.${choice}`), choice === 'none'))}
      <div class="field"><label for="${key}-minutes">${page.t('review.muteFor')}</label><select id="${key}-minutes" name="minutes">${muteChoices.map(
        (minutes) => html`<option value="${minutes}">${page.t(`review.muteLength.${minutes}`)}</option>`,
      )}</select></div></fieldset>
    <div class="field"><label for="${key}-reason">${page.t('review.reason')}</label><textarea id="${key}-reason" name="reason" rows="2" required aria-required="true"></textarea></div>
    <button type="submit" class="button">${page.t('review.decide')}</button>
  </form>`;
}

function itemCard(view: ReviewView, item: ReviewItem, me: string): SafeHtml {
  const key = `rv-${item.subjectId}`;
  const claimedByOther = item.claimedBy !== null && String(item.claimedBy) !== me;
  return html`<li class="review-item${claimedByOther ? ' claimed' : ''}"><article aria-labelledby="${key}-h">
    ${contentBlock(view, item, `${key}-h`)}
    ${reportsBlock(view, item.flags)}
    ${authorBlock(view, item)}
    ${claimBlock(view, item, me)}
    ${claimedByOther ? '' : decisionForm(view, item, key)}
  </article></li>`;
}

/** The queue section's inner part (heading, count and cards), also served alone as the island's fragment. */
export function reviewQueueView(view: ReviewView, queue: ReviewQueue, me: string): SafeHtml {
  const { page } = view;
  return html`<h2 id="review-heading">${page.t('review.queue')} <span class="count">(${page.t('review.count', { count: queue.total })})</span></h2>
    ${queue.items.length === 0 ? html`<p>${page.t('review.empty')}</p>` : html`<ol class="review-queue">${queue.items.map((item) => itemCard(view, item, me))}</ol>`}`;
}
