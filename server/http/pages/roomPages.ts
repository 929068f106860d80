// The live room page: the recent history rendered on the server (readable without JavaScript), the island's
// anchors (log, presence, typing, composer with the message it replies to), and the moderators' slow-mode and lock forms, which call the commands.
import { messageTemplate } from '../../i18n/translate.js';
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { getCommunity } from '../../commands/communities/getCommunity.js';
import { lockRoom } from '../../commands/rooms/lockRoom.js';
import { readMessages, readMessagesBySeq } from '../../commands/rooms/listMessages.js';
import { postMessage, quoteOf } from '../../commands/rooms/postMessage.js';
import { reactToMessage } from '../../commands/rooms/reactToMessage.js';
import { errorText } from '../../i18n/errorText.js';
import type { CommunityAccess } from '../../policies/communityPolicy.js';
import type { Actor } from '../../context.js';
import { loadMessage } from '../../commands/rooms/loadMessage.js';
import { loadRoom } from '../../commands/rooms/loadRoom.js';
import type { Message } from '../../models/message.js';
import type { Room } from '../../models/room.js';
import { setSlowMode } from '../../commands/rooms/setSlowMode.js';
import { notFound, unauthenticated } from '../../errors.js';
import { can } from '../../policies/index.js';
import { attempt, csrfField, field, statusMessage } from './forms.js';
import { html, raw, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { messageActions, messageHref, messageItems, reactorIds, reactorsNamed } from './roomMessageView.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';

const historySize = 50;

export function roomPages(ctx: AppContext): Router {
  const router = Router();

  async function loadForPage(req: Request) {
    const { community } = await getCommunity(ctx, req.actor, req.params.slug);
    const loaded = await loadRoom(ctx, req.actor, req.params.roomId);
    if (!loaded.room.communityId.equals(community._id)) throw notFound('The room');
    return loaded;
  }

  /** The message named by ?reply= when it is a visible message of this room (the composer then answers it). */
  async function replyTarget(req: Request, room: Room): Promise<Message | null> {
    if (typeof req.query.reply !== 'string' || !/^[0-9a-f]{24}$/i.test(req.query.reply)) return null;
    const result = await attempt(() => loadMessage(ctx, req.actor, req.query.reply));
    return result.ok && result.value.message.roomId.equals(room._id) && result.value.message.state === 'visible' ? result.value.message : null;
  }

  const actionsFor = (actor: Actor, access: CommunityAccess) => (message: Parameters<typeof messageActions>[3]) => messageActions(ctx, actor, access, message);

  router.get('/communities/:slug/rooms/:roomId', async (req, res) => {
    const { room, community, access, membership } = await loadForPage(req);
    const page = pageContext(req);
    const mutedUntil = membership?.mutedUntil && membership.mutedUntil > new Date() ? membership.mutedUntil : null;
    const renderedAt = new Date().toISOString();
    const beforeSeq = typeof req.query.before === 'string' && /^\d{1,9}$/.test(req.query.before) ? Number(req.query.before) : undefined;
    const { messages, upTo } = await readMessages(ctx, room, { limit: historySize, ...(beforeSeq ? { beforeSeq } : {}) });
    const participates = can(req.actor, 'community.participate', access);
    const moderates = can(req.actor, 'community.moderate', access);
    const base = `/communities/${community.slug}/rooms/${String(room._id)}`;
    const notice = req.query.saved === '1' ? page.t('room.settingsSaved') : req.query.sent === '1' ? page.t('room.sentNoScript') : undefined;
    const failed = typeof req.query.error === 'string' ? errorText(page.locale, { code: req.query.error }) : undefined;
    const oldest = messages[0]?.seq;
    const replying = participates ? await replyTarget(req, room) : null;
    const texts = {
      'data-t-typing': page.t('room.typing'), 'data-t-presence-more': page.t('room.presenceMore'), 'data-t-connected': page.t('room.connected'),
      'data-t-reconnecting': page.t('room.reconnecting'), 'data-t-slow-mode': page.t('room.slowModeOn'), 'data-t-slow-wait': page.t('room.slowModeWait'),
      'data-t-muted': page.t('room.mutedCountdown'), 'data-t-send-failed': page.t('room.sendFailed'), 'data-t-confirm-delete': page.t('room.confirmDelete'),
      'data-t-save': page.t('room.save'), 'data-t-cancel': page.t('room.cancel'), 'data-t-edit-label': page.t('room.editLabel'), 'data-t-reported': page.t('room.reported'),
      'data-t-report-failed': page.t('room.reportFailed'), 'data-t-jump': page.t('room.jumpToNewest'), 'data-t-announce-one': page.t('room.announceOne'),
      'data-t-announce-many': page.t('room.announceMany'), 'data-t-unread': page.t('room.unread'), 'data-t-no-older': page.t('room.noOlder'),
      'data-t-replying-to': page.t('room.replyingTo'), 'data-t-reactions-more': messageTemplate(page.locale, 'room.reactionsMore'),
      'data-user-id': req.actor.userId ?? '', 'data-reactors-named': String(reactorsNamed),
    };
    const attributes = raw(Object.entries(texts).map(([name, value]) => html`${name}="${value}"`.value).join(' '));
    const closed = (room.locked && !moderates) || mutedUntil !== null;
    const body = html`<section class="room" id="room" data-room-id="${String(room._id)}" data-community-id="${String(community._id)}" data-muted-until="${mutedUntil?.toISOString() ?? ''}" data-base="${base}" data-last-seq="${beforeSeq ? 0 : upTo}" data-rendered-at="${renderedAt}"
      data-participant="${participates ? 'true' : 'false'}" data-moderator="${moderates ? 'true' : 'false'}" data-live="${beforeSeq ? 'false' : 'true'}" ${attributes}>
      ${participates ? html`<a class="skip-link room-skip" href="#room-input">${page.t('room.skipToComposer')}</a>` : ''}
      <header class="room-header">
        <p class="eyebrow"><a href="/communities/${community.slug}">${community.name}</a></p>
        <h1>${room.name}</h1>
        ${room.topic ? html`<p class="lead">${room.topic}</p>` : ''}
      </header>
      ${statusMessage(notice)}
      ${failed ? html`<div class="error-summary" role="alert"><p>${failed}</p></div>` : ''}
      <p id="room-status" class="room-status" role="status">${page.t('room.noScript')}</p>
      <p id="room-slow-mode" class="notice"${room.slowModeSeconds > 0 ? '' : html` hidden`}>${room.slowModeSeconds > 0 ? page.t('room.slowModeOn', { seconds: room.slowModeSeconds, reason: room.slowModeReason ?? '' }) : ''}</p>
      <p id="room-locked" class="notice"${room.locked ? '' : html` hidden`}>${page.t('room.locked')}</p>
      <div class="room-layout">
        <div class="room-main">
          <h2 id="room-log-heading" class="visually-hidden">${page.t('room.messages')}</h2>
          <div class="message-pane" id="room-pane" role="log" aria-live="off" tabindex="0" aria-labelledby="room-log-heading">
            ${oldest && oldest > 1 ? html`<p class="load-older"><a id="room-older" href="${base}?before=${oldest}" data-before="${oldest}">${page.t('room.loadOlder')}</a></p>` : ''}
            <ol id="room-log" class="message-log">${messageItems(page, base, messages, actionsFor(req.actor, access), await loadDisplayNames(ctx, reactorIds(messages)))}</ol>
          </div>
          <button type="button" id="room-jump" class="button jump-newest" hidden>${page.t('room.jumpToNewest', { count: 0 })}</button>
          <p id="room-announcer" class="visually-hidden" aria-live="polite"></p>
          <p id="room-typing" class="typing" aria-live="off"></p>
          ${participates
            ? html`<form id="room-composer" class="composer" method="post" action="${base}/messages">
                ${csrfField(page)}<input type="hidden" name="clientId" value="${`page-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`}">
                ${replyBar(page, base, replying)}
                <label for="room-input">${page.t('room.messageLabel')}</label>
                <textarea id="room-input" name="body" rows="2" maxlength="4000" required aria-describedby="room-composer-hint room-composer-error" aria-autocomplete="list" aria-controls="room-mentions"${closed ? html` disabled` : ''}></textarea>
                <ul id="room-mentions" class="mention-list" role="listbox" aria-label="${page.t('room.mentionSuggestions')}" hidden></ul>
                <p id="room-composer-hint" class="hint">${page.t('room.composerHint')}</p>
                <p id="room-composer-error" class="error-message" role="alert">${mutedUntil ? page.t('room.mutedUntil', { until: page.date(mutedUntil, 'short') }) : ''}</p>
                <button type="submit" id="room-send" class="button primary"${closed ? html` disabled` : ''}>${page.t('room.send')}</button>
              </form>`
            : html`<p class="notice">${req.actor.userId ? page.t('room.joinToWrite') : page.t('room.signInToWrite')}</p>`}
        </div>
        <aside class="room-presence" aria-labelledby="presence-heading">
          <h2 id="presence-heading">${page.t('room.present')}</h2>
          <ul id="room-presence"></ul>
        </aside>
      </div>
      ${moderates ? moderatorForms(page, base, room.slowModeSeconds, room.locked) : ''}
    </section>`;
    res.type('html').send(renderPage(page, { title: `${room.name} · ${community.name}`, body, scripts: ['room.js'], noIndex: true }));
  });

  /** The messages with the given seqs (or before a seq) as the page renders them: the island shows these, never its own markup. */
  router.get('/communities/:slug/rooms/:roomId/fragment', async (req, res) => {
    const { room, community, access } = await loadForPage(req);
    const page = pageContext(req);
    const base = `/communities/${community.slug}/rooms/${String(room._id)}`;
    const seqs = typeof req.query.seqs === 'string' ? req.query.seqs.split(',').slice(0, 200).filter((v) => /^\d{1,9}$/.test(v)).map(Number) : [];
    const before = typeof req.query.before === 'string' && /^\d{1,9}$/.test(req.query.before) ? Number(req.query.before) : undefined;
    const read = before
      ? { ...(await readMessages(ctx, room, { beforeSeq: before, limit: historySize })), previous: null }
      : await readMessagesBySeq(ctx, req.actor, String(room._id), seqs);
    res.type('html').set('cache-control', 'no-store').send(html`${messageItems(page, base, read.messages, actionsFor(req.actor, access), await loadDisplayNames(ctx, reactorIds(read.messages)), read.previous)}`.value);
  });

  /** Sending without JavaScript: the same command as the socket, then back to the room. */
  router.post('/communities/:slug/rooms/:roomId/messages', async (req, res) => {
    if (!req.user) throw unauthenticated();
    const { room, community } = await loadForPage(req);
    const base = `/communities/${community.slug}/rooms/${String(room._id)}`;
    const fields = (req.body ?? {}) as Record<string, unknown>;
    const result = await attempt(() => postMessage(ctx, req.actor, room._id, {
      body: fields.body,
      clientId: fields.clientId,
      ...(typeof fields.replyTo === 'string' && fields.replyTo !== '' ? { replyTo: fields.replyTo } : {}),
    }));
    res.redirect(303, result.ok ? `${base}?sent=1#m-${result.value.message.seq}` : `${base}?error=${encodeURIComponent(result.error.code)}`);
  });

  /** Reacting without JavaScript: the button's value is "kind:on" or "kind:off"; back to the message. */
  router.post('/communities/:slug/rooms/:roomId/reactions', async (req, res) => {
    if (!req.user) throw unauthenticated();
    const { room, community } = await loadForPage(req);
    const base = `/communities/${community.slug}/rooms/${String(room._id)}`;
    const fields = (req.body ?? {}) as Record<string, unknown>;
    const [kind, state] = typeof fields.reaction === 'string' ? fields.reaction.split(':') : [];
    const result = await attempt(async () => {
      const { message } = await loadMessage(ctx, req.actor, fields.messageId);
      if (!message.roomId.equals(room._id)) throw notFound('The message');
      return reactToMessage(ctx, req.actor, message._id, { kind, on: state === 'on' ? true : state === 'off' ? false : state });
    });
    res.redirect(303, result.ok ? messageHref(base, result.value.seq) : `${base}?error=${encodeURIComponent(result.error.code)}`);
  });

  const moderatorAction = (run: (req: Request, roomId: string) => Promise<unknown>) => async (req: Request, res: Response) => {
    if (!req.user) throw unauthenticated();
    const { room, community } = await loadForPage(req);
    const result = await attempt(() => run(req, String(room._id)));
    const base = `/communities/${community.slug}/rooms/${String(room._id)}`;
    if (!result.ok) {
      const page = pageContext(req);
      res.status(result.error.status).type('html').send(renderPage(page, {
        title: room.name,
        noIndex: true,
        body: html`<section class="narrow"><h1>${room.name}</h1><div class="error-summary" role="alert"><p>${errorText(page.locale, result.error)}</p></div><p><a href="${base}">${page.t('room.back')}</a></p></section>`,
      }));
      return;
    }
    res.redirect(303, `${base}?saved=1`);
  };

  router.post('/communities/:slug/rooms/:roomId/slow-mode', moderatorAction((req, roomId) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const seconds = Number(typeof body.seconds === 'string' && body.seconds !== '' ? body.seconds : 0);
    const reason = typeof body.reason === 'string' && body.reason.trim() !== '' ? body.reason : undefined;
    return setSlowMode(ctx, req.actor, roomId, { seconds, ...(reason ? { reason } : {}) });
  }));

  router.post('/communities/:slug/rooms/:roomId/lock', moderatorAction((req, roomId) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const reason = typeof body.reason === 'string' && body.reason.trim() !== '' ? body.reason : undefined;
    return lockRoom(ctx, req.actor, roomId, { locked: body.locked === 'true', ...(reason ? { reason } : {}) });
  }));

  return router;
}

/** Above the composer: the message being answered, with a way back to a plain message (the island fills it live). */
function replyBar(page: PageContext, base: string, replying: Message | null): SafeHtml {
  return html`<div id="room-reply" class="composer-reply"${replying ? '' : html` hidden`}>
    <p><span id="room-reply-name">${replying ? page.t('room.replyingTo', { name: replying.authorName }) : ''}</span>
      <span id="room-reply-text" class="composer-reply-text">${replying ? quoteOf(replying).excerpt : ''}</span></p>
    <input type="hidden" id="room-reply-to" name="replyTo" value="${replying ? String(replying._id) : ''}">
    <a id="room-reply-cancel" class="button link" href="${base}#room-input">${page.t('room.cancelReply')}</a>
  </div>`;
}

function moderatorForms(page: PageContext, base: string, slowModeSeconds: number, locked: boolean): SafeHtml {
  return html`<section class="room-moderation" aria-labelledby="room-moderation-heading">
    <h2 id="room-moderation-heading">${page.t('room.moderation')}</h2>
    <form method="post" action="${base}/slow-mode" class="inline-form">
      ${csrfField(page)}
      ${field({ name: 'seconds', idPrefix: 'sm', label: page.t('room.slowModeSeconds'), type: 'number', value: String(slowModeSeconds), hint: page.t('room.slowModeHint') })}
      ${field({ name: 'reason', idPrefix: 'sm', label: page.t('room.reason') })}
      <button type="submit" class="button">${page.t('room.setSlowMode')}</button>
    </form>
    <form method="post" action="${base}/lock" class="inline-form">
      ${csrfField(page)}<input type="hidden" name="locked" value="${locked ? 'false' : 'true'}">
      ${field({ name: 'reason', idPrefix: 'lk', label: page.t('room.reason') })}
      <button type="submit" class="button">${locked ? page.t('room.unlock') : page.t('room.lock')}</button>
    </form>
  </section>`;
}
