// The forms and blocks members use to take part in a community without JavaScript: membership buttons, live rooms,
// the new-thread, reply, edit, delete, report and lock forms, a post's action links and its linked-item cards.
import type { LinkedRecord } from '../../../commands/communities/loadLinkedItems.js';
import { linkedItemKey } from '../../../commands/communities/loadLinkedItems.js';
import type { MessageKey } from '../../../i18n/translate.js';
import type { Post } from '../../../models/post.js';
import type { Room } from '../../../models/room.js';
import { csrfField, errorSummary, field, statusMessage, termOptions, type FieldErrors } from '../forms.js';
import { html, raw, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { practiceCard } from './practiceCard.js';
import { resourceCard } from './resourceCard.js';

export interface FormState {
  values?: Record<string, string>;
  errors?: FieldErrors;
  formError?: string;
}

/** What the buttons on a community page offer the reader, decided by the caller from the policies. */
export interface MembershipChoices {
  readonly signedIn: boolean;
  readonly offer: 'join' | 'request' | 'pending' | 'invite-only' | 'member' | 'none';
  readonly mayLeave: boolean;
}

const doneMessages: Record<string, MessageKey> = {
  joined: 'participate.done.joined',
  requested: 'participate.done.requested',
  left: 'participate.done.left',
  created: 'participate.done.created',
  replied: 'participate.done.replied',
  queued: 'participate.done.queued',
  edited: 'participate.done.edited',
  deleted: 'participate.done.deleted',
  flagged: 'participate.done.flagged',
  locked: 'participate.done.locked',
  unlocked: 'participate.done.unlocked',
};

/** The "it worked" line after a redirect (?done=…), announced politely. */
export function doneNotice(page: PageContext, done: unknown): SafeHtml {
  const key = typeof done === 'string' ? doneMessages[done] : undefined;
  return statusMessage(key ? page.t(key) : undefined);
}

/** One button in its own small form (CSRF included), for actions without further input. */
export function actionButton(page: PageContext, action: string, label: string, hidden: Record<string, string> = {}, style = 'button'): SafeHtml {
  return html`<form method="post" action="${action}" class="inline">${csrfField(page)}${Object.entries(hidden).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`,
  )}<button type="submit" class="${style}">${label}</button></form>`;
}

export function membershipPanel(page: PageContext, slug: string, choices: MembershipChoices): SafeHtml {
  const base = `/communities/${encodeURIComponent(slug)}`;
  if (!choices.signedIn) return html`<p class="notice notice-info"><a href="/sign-in?next=${encodeURIComponent(base)}">${page.t('community.signInToJoin')}</a></p>`;
  const leave = choices.mayLeave ? actionButton(page, `${base}/leave`, page.t('participate.leave'), {}, 'button secondary') : '';
  switch (choices.offer) {
    case 'join':
      return html`<div class="participation"><p>${page.t('community.joinHint')}</p>${actionButton(page, `${base}/join`, page.t('participate.join'))}</div>`;
    case 'request':
      return html`<div class="participation"><p>${page.t('participate.requestHint')}</p>${actionButton(page, `${base}/request`, page.t('participate.requestToJoin'))}</div>`;
    case 'pending':
      return html`<p class="notice notice-info participation">${page.t('participate.requestPending')}</p>`;
    case 'invite-only':
      return html`<p class="notice notice-info participation">${page.t('participate.inviteOnly')}</p>`;
    case 'member':
      return html`<div class="participation"><p>${page.t('participate.member')}</p>${leave}</div>`;
    default:
      return html``;
  }
}

export function roomList(page: PageContext, slug: string, rooms: readonly Room[]): SafeHtml {
  return html`<section class="rooms" aria-labelledby="rooms-heading"><h2 id="rooms-heading">${page.t('participate.rooms')}</h2>
    ${rooms.length === 0 ? html`<p>${page.t('participate.noRooms')}</p>` : html`<ul class="room-list">${rooms.map((room) => html`<li>
      <a href="/communities/${encodeURIComponent(slug)}/rooms/${String(room._id)}">${room.name}</a>
      ${room.scheduledAt ? html` · <time datetime="${room.scheduledAt.toISOString()}">${page.t('participate.roomScheduled', { date: page.date(room.scheduledAt, 'short') })}</time>` : ''}
      ${room.topic ? html`<span class="thread-meta"> · ${room.topic}</span>` : ''}
    </li>`)}</ul>`}
  </section>`;
}

const markdownHint = (page: PageContext): string => page.t('participate.markdownHint');

export function threadForm(page: PageContext, slug: string, state: FormState = {}): SafeHtml {
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  return html`<section class="new-thread" aria-labelledby="new-thread-heading"><h2 id="new-thread-heading">${page.t('participate.newThread')}</h2>
    ${errorSummary(page, errors, state.formError, 'nt')}
    <form method="post" action="/communities/${encodeURIComponent(slug)}/threads" novalidate>
      ${csrfField(page)}
      ${field({ name: 'title', idPrefix: 'nt', label: page.t('participate.threadTitle'), value: values.title, error: errors.title, required: true })}
      ${field({ name: 'body', idPrefix: 'nt', label: page.t('participate.threadBody'), value: values.body, error: errors.body, required: true, rows: 6, hint: markdownHint(page) })}
      <button type="submit" class="button primary">${page.t('participate.threadSubmit')}</button>
    </form></section>`;
}

export function replyForm(page: PageContext, threadId: string, state: FormState = {}, parentId?: string): SafeHtml {
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  return html`<section class="reply" aria-labelledby="reply-heading"><h2 id="reply-heading">${page.t('participate.replyTitle')}</h2>
    ${errorSummary(page, errors, state.formError, 'rp')}
    <form method="post" action="/threads/${threadId}/replies" novalidate>
      ${csrfField(page)}${parentId ? html`<input type="hidden" name="parentId" value="${parentId}">` : ''}
      ${field({ name: 'body', idPrefix: 'rp', label: page.t('participate.replyBody'), value: values.body, error: errors.body, required: true, rows: 5, hint: markdownHint(page) })}
      <button type="submit" class="button primary">${page.t('participate.replySubmit')}</button>
    </form></section>`;
}

export function editForm(page: PageContext, postId: string, rev: number, state: FormState = {}): SafeHtml {
  const errors = state.errors ?? {};
  return html`${errorSummary(page, errors, state.formError, 'ed')}
    <form method="post" action="/posts/${postId}/edit" novalidate>
      ${csrfField(page)}<input type="hidden" name="rev" value="${rev}">
      ${field({ name: 'body', idPrefix: 'ed', label: page.t('participate.editBody'), value: state.values?.body, error: errors.body, required: true, rows: 8, hint: markdownHint(page) })}
      <button type="submit" class="button primary">${page.t('participate.editSubmit')}</button>
    </form>`;
}

/** The conflict notice of a stale edit: nothing was saved; the current text is shown so the member can merge by hand. */
export function staleNotice(page: PageContext, postId: string, current: Pick<Post, 'bodyHtml'>, language: string): SafeHtml {
  return html`<div class="error-summary stale" role="alert" tabindex="-1" id="error-summary">
    <h2>${page.t('participate.stale.title')}</h2>
    <p>${page.t('participate.stale.body')}</p>
    <p><a class="button secondary" href="/posts/${postId}/edit">${page.t('participate.stale.reload')}</a></p>
  </div>
  <section aria-labelledby="current-heading"><h2 id="current-heading">${page.t('participate.stale.current')}</h2>
    <blockquote class="quote prose" lang="${language}">${raw(current.bodyHtml)}</blockquote></section>`;
}

export function deleteForm(page: PageContext, postId: string, askReason: boolean, cancelHref: string): SafeHtml {
  return html`<p>${page.t('participate.deleteBody')}</p>
    <form method="post" action="/posts/${postId}/delete" novalidate>
      ${csrfField(page)}
      ${askReason ? field({ name: 'reason', idPrefix: 'dl', label: page.t('participate.auditReason') }) : ''}
      <button type="submit" class="button danger">${page.t('participate.deleteSubmit')}</button>
      <a href="${cancelHref}">${page.t('participate.cancel')}</a>
    </form>`;
}

export function flagForm(page: PageContext, postId: string, state: FormState = {}): SafeHtml {
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  return html`${errorSummary(page, errors, state.formError, 'fl')}
    <form method="post" action="/posts/${postId}/flag" novalidate>
      ${csrfField(page)}
      ${field({ name: 'reason', idPrefix: 'fl', label: page.t('participate.flagReason'), value: values.reason, error: errors.reason, required: true, options: termOptions('flagReasons', page) })}
      ${field({ name: 'note', idPrefix: 'fl', label: page.t('participate.flagNote'), value: values.note, error: errors.note, rows: 3 })}
      <button type="submit" class="button primary">${page.t('participate.flagSubmit')}</button>
    </form>`;
}

export function lockForm(page: PageContext, threadId: string, locked: boolean): SafeHtml {
  return html`<section class="thread-moderation" aria-labelledby="thread-moderation-heading"><h2 id="thread-moderation-heading">${page.t('participate.moderation')}</h2>
    <form method="post" action="/threads/${threadId}/lock" class="inline-form">
      ${csrfField(page)}<input type="hidden" name="locked" value="${locked ? 'false' : 'true'}">
      ${field({ name: 'reason', idPrefix: 'lk', label: page.t('participate.auditReason') })}
      <button type="submit" class="button secondary">${locked ? page.t('participate.unlockThread') : page.t('participate.lockThread')}</button>
    </form></section>`;
}

/** The links under a post to the pages that act on it; each is present only when the caller's policy check allowed it. */
export function postActions(page: PageContext, links: { reply?: string; edit?: string; delete?: string; flag?: string }): SafeHtml {
  const items: [string | undefined, MessageKey][] = [
    [links.reply, 'participate.reply'],
    [links.edit, 'participate.edit'],
    [links.delete, 'participate.delete'],
    [links.flag, 'participate.flag'],
  ];
  const shown = items.filter((item): item is [string, MessageKey] => item[0] !== undefined);
  if (shown.length === 0) return html``;
  return html`<ul class="post-actions">${shown.map(([href, key]) => html`<li><a href="${href}">${page.t(key)}</a></li>`)}</ul>`;
}

/** Cards for the published practices and resources a post links to; links to anything else get no card. */
export function linkedItemCards(page: PageContext, post: Pick<Post, 'linkedItems'>, records: ReadonlyMap<string, LinkedRecord>): SafeHtml {
  const cards = post.linkedItems.flatMap((item) => records.get(linkedItemKey(item)) ?? []);
  if (cards.length === 0) return html``;
  return html`<ul class="card-list linked-items" aria-label="${page.t('participate.linkedItems')}">${cards.map(
    (card) => html`<li>${card.type === 'practice' ? practiceCard(page, card.practice, 2) : resourceCard(page, card.resource, 2)}</li>`,
  )}</ul>`;
}
