// The one markup of a live-room message, used by the room page and by the fragments the island fetches: day
// separators, consecutive messages of one author grouped, the edited marker, the quote of the message a reply answers
// (a link to it), and the actions the policy allows this
// reader (as a keyboard-operable menu and as data attributes the island reads).
import type { Actor, AppContext } from '../../context.js';
import type { CommunityAccess } from '../../policies/communityPolicy.js';
import { withinEditWindow } from '../../commands/rooms/loadMessage.js';
import type { Message } from '../../models/message.js';
import { can } from '../../policies/index.js';
import { termIds, termLabel } from '../../vocab/index.js';
import { html, raw, type SafeHtml } from './html.js';
import type { PageContext } from './pageContext.js';

const groupGapMs = 5 * 60_000;

export interface MessageActions {
  reply: boolean;
  edit: boolean;
  delete: boolean;
  flag: boolean;
}

/** What this reader may do with a message, decided by the policy. */
export function messageActions(ctx: AppContext, actor: Actor, access: CommunityAccess, message: Message): MessageActions {
  const subject = { access, authorId: String(message.authorId), withinWindow: withinEditWindow(ctx, message) };
  const visible = message.state === 'visible';
  return {
    reply: visible && can(actor, 'community.participate', access),
    edit: visible && can(actor, 'message.edit', subject),
    delete: visible && can(actor, 'message.delete', subject),
    flag: visible && actor.userId !== undefined && actor.userId !== String(message.authorId) && can(actor, 'flag.create', access),
  };
}

const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

/** Where a room's message is on the page: the page of history that ends with it. */
export const messageHref = (base: string, seq: number): string => `${base}?before=${seq + 1}#m-${seq}`;

function actionMenu(page: PageContext, base: string, message: Message, actions: MessageActions): SafeHtml {
  if (!actions.reply && !actions.edit && !actions.delete && !actions.flag) return html``;
  const id = String(message._id);
  return html`<details class="message-menu">
    <summary aria-label="${page.t('room.actions', { name: message.authorName })}"><span aria-hidden="true">⋯</span></summary>
    <ul class="message-menu-items">
      ${actions.reply ? html`<li><a class="link" href="${base}?reply=${id}#room-input" data-action="reply" data-message-id="${id}">${page.t('room.reply')}</a></li>` : ''}
      ${actions.edit ? html`<li><button type="button" class="link" data-action="edit" data-message-id="${id}">${page.t('room.edit')}</button></li>` : ''}
      ${actions.delete ? html`<li><button type="button" class="link" data-action="delete" data-message-id="${id}">${page.t('room.delete')}</button></li>` : ''}
      ${actions.flag
        ? html`<li class="message-flag"><label for="fr-${id}" class="visually-hidden">${page.t('room.reportReason')}</label><select id="fr-${id}" class="flag-reason">${termIds('flagReasons').map((reason) => html`<option value="${reason}">${termLabel('flagReasons', reason, page.locale)}</option>`)}</select>
            <button type="button" class="link" data-action="flag" data-message-id="${id}">${page.t('room.report')}</button></li>`
        : ''}
    </ul>
  </details>`;
}

function replyQuote(page: PageContext, base: string, message: Message): SafeHtml {
  const reply = message.replyTo;
  if (!reply || message.state !== 'visible') return html``;
  return html`<a class="message-quote" href="${messageHref(base, reply.seq)}" data-reply-seq="${reply.seq}">
      <span class="visually-hidden">${page.t('room.inReplyTo')}</span> <span class="message-quote-author">${reply.authorName}</span>
      <span class="message-quote-text">${reply.excerpt || page.t('room.quoteDeleted')}</span></a>`;
}

export function messageItem(page: PageContext, base: string, message: Message, actions: MessageActions, previous: Message | null): SafeHtml {
  const visible = message.state === 'visible';
  const newDay = !previous || dayOf(previous.createdAt) !== dayOf(message.createdAt);
  const continued = !newDay && previous !== null && String(previous.authorId) === String(message.authorId) && message.createdAt.getTime() - previous.createdAt.getTime() < groupGapMs;
  const classes = ['message', visible ? '' : 'message-deleted', continued ? 'message-continued' : ''].filter(Boolean).join(' ');
  return html`${newDay ? html`<li class="day-separator" data-day="${dayOf(message.createdAt)}"><span>${page.date(message.createdAt, 'long')}</span></li>` : ''}<li class="${classes}" id="m-${message.seq}" data-seq="${message.seq}" data-id="${String(message._id)}" data-author-id="${String(message.authorId)}"
    data-can-edit="${String(actions.edit)}" data-can-delete="${String(actions.delete)}" data-can-flag="${String(actions.flag)}">
    <div class="message-meta"><span class="message-author">${message.authorName}</span>
      <time datetime="${message.createdAt.toISOString()}">${page.date(message.createdAt, 'short')}</time>${message.editedAt && visible ? html` <span class="message-edited">(${page.t('room.edited')})</span>` : ''}</div>
    ${replyQuote(page, base, message)}
    <div class="message-body">${visible ? raw(message.bodyHtml) : html`<em>${page.t('room.deleted')}</em>`}</div>
    ${visible ? html`<textarea class="message-source" hidden aria-hidden="true" tabindex="-1">${message.body}</textarea>` : ''}
    ${actionMenu(page, base, message, actions)}
  </li>`;
}

/** A run of messages in seq order, each grouped against the one before (`previous` precedes the first). */
export function messageItems(page: PageContext, base: string, messages: readonly Message[], actionsOf: (message: Message) => MessageActions, previous: Message | null = null): SafeHtml[] {
  return messages.map((message, i) => messageItem(page, base, message, actionsOf(message), i === 0 ? previous : messages[i - 1]));
}
