// The one markup of a live-room message, used by the room page and by the fragments the island fetches: day
// separators, consecutive messages of one author grouped, the edited marker, the quote of the message a reply answers
// (a link to it), its reactions (buttons that work as a form without JavaScript, each described by who gave it), and the actions the policy allows this
// reader (as a keyboard-operable menu and as data attributes the island reads).
import type { Actor, AppContext } from '../../context.js';
import type { CommunityAccess } from '../../policies/communityPolicy.js';
import { withinEditWindow } from '../../commands/rooms/loadMessage.js';
import type { Message, ReactionKind } from '../../models/message.js';
import type { DisplayNames } from '../../presenters/displayNames.js';
import { presentReactions } from '../../presenters/roomPresenter.js';
import { can } from '../../policies/index.js';
import { termIds, termLabel } from '../../vocab/index.js';
import { csrfField } from './forms.js';
import { html, raw, type SafeHtml } from './html.js';
import type { PageContext } from './pageContext.js';

const groupGapMs = 5 * 60_000;
/** How many of the people who gave a reaction are named; the rest are counted. */
export const reactorsNamed = 10;

export interface MessageActions {
  reply: boolean;
  react: boolean;
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
    react: visible && can(actor, 'community.participate', access),
    edit: visible && can(actor, 'message.edit', subject),
    delete: visible && can(actor, 'message.delete', subject),
    flag: visible && actor.userId !== undefined && actor.userId !== String(message.authorId) && can(actor, 'flag.create', access),
  };
}

const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

/** Where a room's message is on the page: the page of history that ends with it. */
export const messageHref = (base: string, seq: number): string => `${base}?before=${seq + 1}#m-${seq}`;

function actionMenu(page: PageContext, base: string, message: Message, actions: MessageActions): SafeHtml {
  if (!actions.reply && !actions.react && !actions.edit && !actions.delete && !actions.flag) return html``;
  const id = String(message._id);
  return html`<details class="message-menu">
    <summary aria-label="${page.t('room.actions', { name: message.authorName })}"><span aria-hidden="true">⋯</span></summary>
    <ul class="message-menu-items">
      ${actions.reply ? html`<li><a class="link" href="${base}?reply=${id}#room-input" data-action="reply" data-message-id="${id}">${page.t('room.reply')}</a></li>` : ''}
      ${actions.react ? reactionPicker(page, message) : ''}
      ${actions.edit ? html`<li><button type="button" class="link" data-action="edit" data-message-id="${id}">${page.t('room.edit')}</button></li>` : ''}
      ${actions.delete ? html`<li><button type="button" class="link" data-action="delete" data-message-id="${id}">${page.t('room.delete')}</button></li>` : ''}
      ${actions.flag
        ? html`<li class="message-flag"><label for="fr-${id}" class="visually-hidden">${page.t('room.reportReason')}</label><select id="fr-${id}" class="flag-reason">${termIds('flagReasons').map((reason) => html`<option value="${reason}">${termLabel('flagReasons', reason, page.locale)}</option>`)}</select>
            <button type="button" class="link" data-action="flag" data-message-id="${id}">${page.t('room.report')}</button></li>`
        : ''}
    </ul>
  </details>`;
}

const reactionGlyphs: Record<ReactionKind, string> = { like: '👍', heart: '❤️', laugh: '😄', celebrate: '🎉', thinking: '🤔', eyes: '👀' };

/** Whether this reader gave the reaction, and the button's value that toggles it. */
function reactionState(page: PageContext, message: Message, kind: ReactionKind): { mine: boolean; value: string } {
  const mine = (message.reactions ?? []).some((reaction) => reaction.kind === kind && String(reaction.userId) === page.actor.userId);
  return { mine, value: `${kind}:${mine ? 'off' : 'on'}` };
}

/** The menu's row of every reaction kind: submit buttons of the message's reaction form. */
function reactionPicker(page: PageContext, message: Message): SafeHtml {
  const id = String(message._id);
  return html`<li class="message-react" role="group" aria-label="${page.t('room.react')}">${(Object.keys(reactionGlyphs) as ReactionKind[]).map((kind) => {
    const { mine, value } = reactionState(page, message, kind);
    return html`<button type="submit" form="react-${id}" name="reaction" value="${value}" class="reaction-pick" data-kind="${kind}" aria-pressed="${String(mine)}" title="${page.t(`room.reaction.${kind}`)}"><span aria-hidden="true">${reactionGlyphs[kind]}</span><span class="visually-hidden">${page.t(`room.reaction.${kind}`)}</span></button>`;
  })}</li>`;
}

/** Who gave one reaction: the first people by name (the island adds and removes them live), the rest counted. */
function reactorList(page: PageContext, names: DisplayNames, listId: string, userIds: readonly string[]): SafeHtml {
  const more = Math.max(0, userIds.length - reactorsNamed);
  return html`<ul class="reaction-who" role="tooltip" id="${listId}">${userIds.slice(0, reactorsNamed).map((userId) => html`<li data-user-id="${userId}">${names.get(userId) ?? page.t('review.formerMember')}</li>`)}<li class="reaction-more" data-more="${more}"${more === 0 ? html` hidden>` : html`>${page.t('room.reactionsMore', { count: more })}`}</li></ul>`;
}

/** The reactions given so far, each with its count and who gave it; for people who may react, buttons that toggle their own. */
function reactionBar(page: PageContext, base: string, message: Message, canReact: boolean, names: DisplayNames): SafeHtml {
  if (message.state !== 'visible') return html``;
  const given = new Map(presentReactions(message).map((reaction) => [reaction.kind, reaction.userIds]));
  const id = String(message._id);
  const buttons = (Object.keys(reactionGlyphs) as ReactionKind[]).map((kind) => {
    const userIds = given.get(kind) ?? [];
    const count = userIds.length;
    const { mine, value } = reactionState(page, message, kind);
    const listId = `rw-${id}-${kind}`;
    const inner = html`<span aria-hidden="true">${reactionGlyphs[kind]}</span><span class="visually-hidden">${page.t(`room.reaction.${kind}`)}</span> <span class="reaction-count">${count}</span>`;
    const reaction = canReact
      ? html`<button type="submit" name="reaction" value="${value}" class="reaction" data-kind="${kind}" aria-pressed="${String(mine)}" aria-describedby="${listId}">${inner}</button>`
      : html`<span class="reaction" data-kind="${kind}" tabindex="0" aria-describedby="${listId}">${inner}</span>`;
    return html`<span class="reaction-slot" data-kind="${kind}"${count === 0 ? html` hidden` : ''}>${reaction}${reactorList(page, names, listId, userIds)}</span>`;
  });
  return canReact
    ? html`<form class="reactions" id="react-${id}" method="post" action="${base}/reactions" aria-label="${page.t('room.reactions')}">${csrfField(page)}<input type="hidden" name="messageId" value="${id}">${buttons}</form>`
    : html`<p class="reactions" aria-label="${page.t('room.reactions')}"${given.size === 0 ? html` hidden` : ''}>${buttons}</p>`;
}

function replyQuote(page: PageContext, base: string, message: Message): SafeHtml {
  const reply = message.replyTo;
  if (!reply || message.state !== 'visible') return html``;
  return html`<a class="message-quote" href="${messageHref(base, reply.seq)}" data-reply-seq="${reply.seq}">
      <span class="visually-hidden">${page.t('room.inReplyTo')}</span> <span class="message-quote-author">${reply.authorName}</span>
      <span class="message-quote-text">${reply.excerpt || page.t('room.quoteDeleted')}</span></a>`;
}

export function messageItem(page: PageContext, base: string, message: Message, actions: MessageActions, names: DisplayNames, previous: Message | null): SafeHtml {
  const visible = message.state === 'visible';
  const newDay = !previous || dayOf(previous.createdAt) !== dayOf(message.createdAt);
  const continued = !newDay && previous !== null && String(previous.authorId) === String(message.authorId) && message.createdAt.getTime() - previous.createdAt.getTime() < groupGapMs;
  const classes = ['message', visible ? '' : 'message-deleted', continued ? 'message-continued' : ''].filter(Boolean).join(' ');
  return html`${newDay ? html`<li class="day-separator" data-day="${dayOf(message.createdAt)}"><span>${page.date(message.createdAt, 'long')}</span></li>` : ''}<li class="${classes}" id="m-${message.seq}" data-seq="${message.seq}" data-id="${String(message._id)}" data-author-id="${String(message.authorId)}"
    data-can-edit="${String(actions.edit)}" data-can-delete="${String(actions.delete)}" data-can-flag="${String(actions.flag)}" data-reactions-rev="${message.reactionsRev ?? 0}">
    <div class="message-meta"><span class="message-author">${message.authorName}</span>
      <time datetime="${message.createdAt.toISOString()}" title="${page.date(message.createdAt, 'short')}">${page.date(message.createdAt, 'short')}</time>${message.editedAt && visible ? html` <span class="message-edited">(${page.t('room.edited')})</span>` : ''}</div>
    ${replyQuote(page, base, message)}
    <div class="message-body">${visible ? raw(message.bodyHtml) : html`<em>${page.t('room.deleted')}</em>`}</div>
    ${reactionBar(page, base, message, actions.react, names)}
    ${visible ? html`<textarea class="message-source" hidden aria-hidden="true" tabindex="-1">${message.body}</textarea>` : ''}
    ${actionMenu(page, base, message, actions)}
  </li>`;
}

/** The people whose reactions a run of messages names (their display names are looked up once for all of it). */
export const reactorIds = (messages: readonly Message[]): string[] =>
  messages.flatMap((message) => presentReactions(message).flatMap((reaction) => reaction.userIds.slice(0, reactorsNamed)));

/** A run of messages in seq order, each grouped against the one before (`previous` precedes the first). */
export function messageItems(page: PageContext, base: string, messages: readonly Message[], actionsOf: (message: Message) => MessageActions, names: DisplayNames, previous: Message | null = null): SafeHtml[] {
  return messages.map((message, i) => messageItem(page, base, message, actionsOf(message), names, i === 0 ? previous : messages[i - 1]));
}
