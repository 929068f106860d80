// The moderators' dashboard: the communities one moderates, and per community the open flags, join requests,
// members to mute, the rooms (slow mode and lock are set on each room page) and the audit trail. Forms call commands.
import { Router, type Request, type Response } from 'express';
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { approveJoinRequest } from '../../commands/communities/approveJoinRequest.js';
import { decideFlag } from '../../commands/communities/decideFlag.js';
import { getCommunity } from '../../commands/communities/getCommunity.js';
import { listAudit } from '../../commands/communities/listAudit.js';
import { moderatedCommunities } from '../../commands/communities/moderatedCommunities.js';
import { listFlags } from '../../commands/communities/listFlags.js';
import { listMembers } from '../../commands/communities/listMembers.js';
import { muteMember } from '../../commands/communities/muteMember.js';
import { rejectJoinRequest } from '../../commands/communities/rejectJoinRequest.js';
import { listRooms } from '../../commands/rooms/listRooms.js';
import { unauthenticated } from '../../errors.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { attempt, csrfField, field, statusMessage } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';

const textOf = (req: Request, name: string): string => {
  const value = ((req.body ?? {}) as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.trim() : '';
};

function smallForm(page: PageContext, action: string, button: string, fields: SafeHtml = html``): SafeHtml {
  return html`<form method="post" action="${action}" class="inline-form">${csrfField(page)}${fields}<button type="submit" class="button">${button}</button></form>`;
}

export function moderationPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/moderation', async (req, res) => {
    if (!req.user) throw unauthenticated();
    const page = pageContext(req);
    const communities = await moderatedCommunities(ctx, req.actor);
    res.type('html').send(renderPage(page, {
      title: page.t('moderation.title'),
      noIndex: true,
      body: html`<section class="moderation"><h1>${page.t('moderation.title')}</h1>
        ${communities.length === 0 ? html`<p>${page.t('moderation.none')}</p>` : html`<ul>${communities.map(
          (c) => html`<li><a href="/communities/${c.slug}/moderation">${c.name}</a></li>`,
        )}</ul>`}</section>`,
    }));
  });

  async function renderCommunity(req: Request, res: Response, problem?: string, status = 200): Promise<void> {
    const page = pageContext(req);
    const { community } = await getCommunity(ctx, req.actor, req.params.slug);
    const id = String(community._id);
    const [flags, pending, members, rooms, audit] = await Promise.all([
      listFlags(ctx, req.actor, id, {}),
      listMembers(ctx, req.actor, id, { state: 'pending' }),
      listMembers(ctx, req.actor, id, { limit: '100' }),
      listRooms(ctx, req.actor, id),
      listAudit(ctx, req.actor, id, { limit: '50' }),
    ]);
    const names = await loadDisplayNames(ctx, [
      ...flags.items.map((f) => f.reporterId),
      ...pending.items.map((m) => m.userId),
      ...members.items.map((m) => m.userId),
      ...audit.items.map((a) => a.actorId),
    ]);
    const name = (userId: Types.ObjectId | null): string => (userId ? names.get(String(userId)) ?? '' : '');
    const base = `/communities/${community.slug}/moderation`;
    const now = new Date();
    const body = html`<section class="moderation">
      <p class="eyebrow"><a href="/moderation">${page.t('moderation.title')}</a></p>
      <h1>${community.name}</h1>
      ${statusMessage(req.query.done === '1' ? page.t('moderation.done') : undefined)}
      ${problem ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${problem}</p></div>` : ''}
      <section aria-labelledby="flags-heading"><h2 id="flags-heading">${page.t('moderation.flags')} (${page.number(flags.page.total)})</h2>
        ${flags.items.length === 0 ? html`<p>${page.t('moderation.noFlags')}</p>` : html`<ul class="queue">${flags.items.map((flag) => html`<li class="flag">
          <p><strong>${flag.reason}</strong> · ${flag.subjectType} · ${page.t('moderation.reportedBy', { name: name(flag.reporterId) })} · ${page.date(flag.createdAt, 'short')}</p>
          ${flag.note ? html`<p>${flag.note}</p>` : ''}
          ${smallForm(page, `${base}/flags/${String(flag._id)}/resolve`, page.t('moderation.resolve'), field({ name: 'note', idPrefix: `fr-${String(flag._id)}`, label: page.t('moderation.note') }))}
          ${smallForm(page, `${base}/flags/${String(flag._id)}/reject`, page.t('moderation.reject'), field({ name: 'note', idPrefix: `fj-${String(flag._id)}`, label: page.t('moderation.note') }))}
        </li>`)}</ul>`}
      </section>
      <section aria-labelledby="requests-heading"><h2 id="requests-heading">${page.t('moderation.joinRequests')} (${page.number(pending.page.total)})</h2>
        ${pending.items.length === 0 ? html`<p>${page.t('moderation.noRequests')}</p>` : html`<ul class="queue">${pending.items.map((m) => html`<li>
          <strong>${name(m.userId)}</strong>
          ${smallForm(page, `${base}/requests/${String(m.userId)}/approve`, page.t('moderation.approve'))}
          ${smallForm(page, `${base}/requests/${String(m.userId)}/reject`, page.t('moderation.reject'))}
        </li>`)}</ul>`}
      </section>
      <section aria-labelledby="members-heading"><h2 id="members-heading">${page.t('moderation.members')}</h2>
        <table class="table"><thead><tr><th scope="col">${page.t('moderation.member')}</th><th scope="col">${page.t('moderation.role')}</th><th scope="col">${page.t('moderation.mute')}</th></tr></thead>
        <tbody>${members.items.map((m) => html`<tr><th scope="row">${name(m.userId)}</th><td>${m.role}${m.mutedUntil && m.mutedUntil > now ? html` · ${page.t('moderation.mutedUntil', { date: page.date(m.mutedUntil, 'short') })}` : ''}</td>
          <td>${m.role === 'member' ? smallForm(page, `${base}/members/${String(m.userId)}/mute`, page.t('moderation.mute'), html`${field({ name: 'minutes', idPrefix: `mm-${String(m.userId)}`, label: page.t('moderation.minutes'), type: 'number', value: '60' })}${field({ name: 'reason', idPrefix: `mr-${String(m.userId)}`, label: page.t('room.reason') })}`) : ''}</td></tr>`)}</tbody></table>
      </section>
      <section aria-labelledby="rooms-heading"><h2 id="rooms-heading">${page.t('moderation.rooms')}</h2>
        <ul>${rooms.map((room) => html`<li><a href="/communities/${community.slug}/rooms/${String(room._id)}">${room.name}</a>${room.locked ? html` · ${page.t('room.locked')}` : ''}${room.slowModeSeconds > 0 ? html` · ${page.t('room.slowModeOn', { seconds: room.slowModeSeconds, reason: room.slowModeReason ?? '' })}` : ''}</li>`)}</ul>
      </section>
      <section aria-labelledby="audit-heading"><h2 id="audit-heading">${page.t('moderation.audit')}</h2>
        <table class="table"><thead><tr><th scope="col">${page.t('moderation.when')}</th><th scope="col">${page.t('moderation.who')}</th><th scope="col">${page.t('moderation.action')}</th><th scope="col">${page.t('moderation.why')}</th></tr></thead>
        <tbody>${audit.items.map((a) => html`<tr><td>${page.date(a.at, 'short')}</td><td>${name(a.actorId)}</td><td><code>${a.action}</code></td><td>${a.reason ?? ''}</td></tr>`)}</tbody></table>
      </section>
    </section>`;
    res.status(status).type('html').send(renderPage(page, { title: `${page.t('moderation.title')} · ${community.name}`, body, noIndex: true }));
  }

  router.get('/communities/:slug/moderation', async (req, res) => {
    if (!req.user) throw unauthenticated();
    await renderCommunity(req, res);
  });

  const action = (run: (req: Request, communityId: string) => Promise<unknown>) => async (req: Request, res: Response) => {
    if (!req.user) throw unauthenticated();
    const { community } = await getCommunity(ctx, req.actor, req.params.slug);
    const result = await attempt(() => run(req, String(community._id)));
    if (!result.ok) return renderCommunity(req, res, result.error.message, result.error.status);
    res.redirect(303, `/communities/${community.slug}/moderation?done=1`);
  };

  router.post('/communities/:slug/moderation/flags/:flagId/resolve', action((req) => decideFlag(ctx, req.actor, req.params.flagId, { note: textOf(req, 'note') }, 'resolved')));
  router.post('/communities/:slug/moderation/flags/:flagId/reject', action((req) => decideFlag(ctx, req.actor, req.params.flagId, { note: textOf(req, 'note') }, 'rejected')));
  router.post('/communities/:slug/moderation/requests/:userId/approve', action((req, id) => approveJoinRequest(ctx, req.actor, id, req.params.userId)));
  router.post('/communities/:slug/moderation/requests/:userId/reject', action((req, id) => rejectJoinRequest(ctx, req.actor, id, req.params.userId, {})));
  router.post('/communities/:slug/moderation/members/:userId/mute', action((req, id) =>
    muteMember(ctx, req.actor, id, req.params.userId, { minutes: Number(textOf(req, 'minutes') || '0'), reason: textOf(req, 'reason') })));

  return router;
}
