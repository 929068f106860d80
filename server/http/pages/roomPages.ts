// The live room page: the recent history rendered on the server (readable without JavaScript), the island's
// anchors (log, presence, typing, composer), and the moderators' slow-mode and lock forms, which call the commands.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { getCommunity } from '../../commands/communities/getCommunity.js';
import { lockRoom } from '../../commands/rooms/lockRoom.js';
import { readMessages } from '../../commands/rooms/listMessages.js';
import { loadRoom } from '../../commands/rooms/loadRoom.js';
import { setSlowMode } from '../../commands/rooms/setSlowMode.js';
import { notFound, unauthenticated } from '../../errors.js';
import type { Message } from '../../models/message.js';
import { can } from '../../policies/index.js';
import { attempt, csrfField, field, statusMessage } from './forms.js';
import { html, raw, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';

const historySize = 50;

export function messageItem(page: PageContext, message: Message): SafeHtml {
  const visible = message.state === 'visible';
  return html`<li class="message${visible ? '' : ' message-deleted'}" data-seq="${message.seq}" data-id="${String(message._id)}" data-author-id="${String(message.authorId)}">
    <span class="message-author">${message.authorName}</span>
    <time datetime="${message.createdAt.toISOString()}">${page.date(message.createdAt, 'short')}</time>
    <div class="message-body">${visible ? raw(message.bodyHtml) : html`<em>${page.t('room.deleted')}</em>`}</div>
  </li>`;
}

export function roomPages(ctx: AppContext): Router {
  const router = Router();

  async function loadForPage(req: Request) {
    const { community } = await getCommunity(ctx, req.actor, req.params.slug);
    const loaded = await loadRoom(ctx, req.actor, req.params.roomId);
    if (!loaded.room.communityId.equals(community._id)) throw notFound('The room');
    return loaded;
  }

  router.get('/communities/:slug/rooms/:roomId', async (req, res) => {
    const { room, community, access } = await loadForPage(req);
    const page = pageContext(req);
    const renderedAt = new Date().toISOString();
    const { messages, upTo } = await readMessages(ctx, room, { limit: historySize });
    const participates = can(req.actor, 'community.participate', access);
    const moderates = can(req.actor, 'community.moderate', access);
    const base = `/communities/${community.slug}/rooms/${String(room._id)}`;
    const notice = req.query.saved === '1' ? page.t('room.settingsSaved') : undefined;
    const body = html`<section class="room" id="room" data-room-id="${String(room._id)}" data-last-seq="${upTo}" data-rendered-at="${renderedAt}" data-user-id="${req.actor.userId ?? ''}"
      data-moderator="${moderates ? 'true' : 'false'}" data-participant="${participates ? 'true' : 'false'}"
      data-t-typing="${page.t('room.typing')}" data-t-presence-more="${page.t('room.presenceMore')}" data-t-deleted="${page.t('room.deleted')}" data-t-delete="${page.t('room.delete')}"
      data-t-connected="${page.t('room.connected')}" data-t-reconnecting="${page.t('room.reconnecting')}" data-t-slow-mode="${page.t('room.slowModeOn')}"
      data-t-locked="${page.t('room.locked')}" data-t-send-failed="${page.t('room.sendFailed')}">
      <p class="eyebrow"><a href="/communities/${community.slug}">${community.name}</a></p>
      <h1>${room.name}</h1>
      ${room.topic ? html`<p class="lead">${room.topic}</p>` : ''}
      ${statusMessage(notice)}
      <p id="room-status" class="room-status" role="status" aria-live="polite">${page.t('room.noScript')}</p>
      <p id="room-slow-mode" class="notice"${room.slowModeSeconds > 0 ? '' : html` hidden`}>${room.slowModeSeconds > 0 ? page.t('room.slowModeOn', { seconds: room.slowModeSeconds, reason: room.slowModeReason ?? '' }) : ''}</p>
      <p id="room-locked" class="notice"${room.locked ? '' : html` hidden`}>${page.t('room.locked')}</p>
      <div class="room-layout">
        <div class="room-main">
          <h2 id="room-log-heading" class="visually-hidden">${page.t('room.messages')}</h2>
          <div class="message-log" role="log" aria-live="polite" aria-relevant="additions" aria-labelledby="room-log-heading" tabindex="0">
            <ol id="room-log">${messages.map((message) => messageItem(page, message))}</ol>
          </div>
          <p id="room-typing" class="typing" aria-live="polite"></p>
          ${participates
            ? html`<form id="room-composer" class="composer" hidden>
                <label for="room-input">${page.t('room.messageLabel')}</label>
                <textarea id="room-input" name="body" rows="2" maxlength="4000" aria-describedby="room-composer-error"></textarea>
                <p id="room-composer-error" class="error-message" role="alert"></p>
                <button type="submit" class="button primary">${page.t('room.send')}</button>
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
        body: html`<section class="narrow"><h1>${room.name}</h1><div class="error-summary" role="alert"><p>${result.error.message}</p></div><p><a href="${base}">${page.t('room.back')}</a></p></section>`,
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
