// The moderators' dashboard: the communities one moderates, the site's reported practices (site moderators) and one's
// own reports with their outcome; per community
// the review queue (views/reviewQueue.ts, kept live by the moderation island), join requests, the members table
// (filter, search, actions in a menu), the rooms (slow mode and lock are set on each room page) and the audit trail
// in words. Forms call commands.
import { Router, type Request, type Response } from 'express';
import { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { approveJoinRequest } from '../../commands/communities/approveJoinRequest.js';
import { banMember } from '../../commands/communities/banMember.js';
import { getCommunity } from '../../commands/communities/getCommunity.js';
import { listAudit } from '../../commands/communities/listAudit.js';
import { moderatedCommunities } from '../../commands/communities/moderatedCommunities.js';
import { listMembers } from '../../commands/communities/listMembers.js';
import { muteMember } from '../../commands/communities/muteMember.js';
import { rejectJoinRequest } from '../../commands/communities/rejectJoinRequest.js';
import { unbanMember } from '../../commands/communities/unbanMember.js';
import { warnMember } from '../../commands/communities/warnMember.js';
import { claimReviewItem } from '../../commands/review/claimReviewItem.js';
import { accessOf } from '../../commands/practices/loadPractice.js';
import { decidePracticeReport } from '../../commands/review/decidePracticeReport.js';
import { decideReviewItem } from '../../commands/review/decideReviewItem.js';
import { listOwnReports } from '../../commands/review/listOwnReports.js';
import { loadPracticeReports, type PracticeReportItem, type PracticeReportQueue } from '../../commands/review/loadPracticeReports.js';
import { loadReviewQueue } from '../../commands/review/loadReviewQueue.js';
import { muteChoices } from '../../commands/review/schemas.js';
import { listRooms } from '../../commands/rooms/listRooms.js';
import { unauthenticated } from '../../errors.js';
import { errorText } from '../../i18n/errorText.js';
import type { Flag } from '../../models/flag.js';
import type { Membership, MembershipState } from '../../models/membership.js';
import { can } from '../../policies/index.js';
import { termLabel } from '../../vocab/index.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { reviewQueuePeople } from '../../presenters/reviewPresenter.js';
import { attempt, csrfField, field, statusMessage } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { practiceDecisionPath, practiceReportsView } from './views/practiceReports.js';
import { auditActionLabel, reviewQueueView, roleLabel, type ReviewView } from './views/reviewQueue.js';

const pickMemberState = (value: unknown): MembershipState => (value === 'banned' ? 'banned' : 'active');

const textOf = (req: Request, name: string): string => {
  const value = ((req.body ?? {}) as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** The fragment the moderation island reloads the site's reported practices from. */
const practiceFragmentPath = '/moderation/practices/fragment';

/** Told by the moderation island when a queue changed while the moderator was working in it. */
const liveNotice = (page: PageContext): SafeHtml =>
  html`<div class="review-live" role="status" aria-live="polite"><p data-review-changed hidden>${page.t('review.changed')} <button type="button" class="button secondary" data-review-refresh>${page.t('review.refresh')}</button></p></div>`;

function smallForm(page: PageContext, action: string, button: string, fields: SafeHtml = html``): SafeHtml {
  return html`<form method="post" action="${action}" class="inline-form">${csrfField(page)}${fields}<button type="submit" class="button">${button}</button></form>`;
}

export function moderationPages(ctx: AppContext): Router {
  const router = Router();

  /** The site's reported practices as this reader sees them (the dashboard's section and the island's fragment). */
  async function practiceReports(req: Request, page: PageContext, queue: PracticeReportQueue): Promise<SafeHtml> {
    const names = await loadDisplayNames(ctx, reviewQueuePeople(queue.items));
    const mayUnpublish = (item: PracticeReportItem): boolean => item.practice !== null && can(req.actor, 'practice.unpublish', accessOf(item.practice));
    return practiceReportsView({ page, names }, queue, mayUnpublish);
  }

  async function renderDashboard(req: Request, res: Response, problem?: string, status = 200): Promise<void> {
    if (!req.user) throw unauthenticated();
    const page = pageContext(req);
    const reviewsPractices = can(req.actor, 'flag.reviewSite');
    const [communities, reports, practiceQueue] = await Promise.all([
      moderatedCommunities(ctx, req.actor),
      listOwnReports(ctx, req.actor),
      reviewsPractices ? loadPracticeReports(ctx, req.actor, {}) : Promise.resolve(null),
    ]);
    const practicePart = practiceQueue ? await practiceReports(req, page, practiceQueue) : null;
    const reportLine = (flag: Flag): SafeHtml => {
      const place = flag.communityId ? reports.communities.get(String(flag.communityId))?.name ?? '' : '';
      const line = page.t('review.reportLine', { reason: termLabel('flagReasons', flag.reason, page.locale), place: `${page.t(`review.kindName.${flag.subjectType}`)}${place ? ` · ${place}` : ''}`, date: page.date(flag.createdAt, 'short') });
      return html`<li>${line} — <strong>${page.t(`review.outcome.${flag.state}`)}</strong>${flag.state !== 'open' && flag.resolutionNote ? html`: <q>${flag.resolutionNote}</q>` : ''}</li>`;
    };
    res.status(status).type('html').send(renderPage(page, {
      title: page.t('moderation.title'),
      noIndex: true,
      body: html`<section class="moderation"><h1>${page.t('moderation.title')}</h1>
        ${statusMessage(req.query.done === 'review' ? page.t('review.decided') : undefined)}
        ${problem ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${problem}</p></div>` : ''}
        ${communities.length === 0 ? html`<p>${page.t('moderation.none')}</p>` : html`<ul>${communities.map(
          (c) => html`<li><a href="/communities/${c.slug}/moderation">${c.name}</a></li>`,
        )}</ul>`}
        ${practicePart ? html`<div data-review-watch="practices" data-fragment="${practiceFragmentPath}">${liveNotice(page)}<section aria-labelledby="practice-reports-heading" id="practice-reports" data-review-queue>${practicePart}</section></div>` : ''}
        <section aria-labelledby="own-reports-heading" id="own-reports"><h2 id="own-reports-heading">${page.t('review.yourReports')}</h2>
          ${reports.flags.length === 0 ? html`<p>${page.t('review.noReports')}</p>` : html`<ul class="own-reports">${reports.flags.map(reportLine)}</ul>`}
        </section></section>`,
      ...(practicePart ? { scripts: ['moderation.js'] } : {}),
    }));
  }

  router.get('/moderation', (req, res) => renderDashboard(req, res));
  router.get(practiceFragmentPath, async (req, res) => {
    if (!req.user) throw unauthenticated();
    const part = await practiceReports(req, pageContext(req), await loadPracticeReports(ctx, req.actor, {}));
    res.type('html').set('Cache-Control', 'no-store').send(String(part));
  });
  router.post(practiceDecisionPath, async (req, res) => {
    if (!req.user) throw unauthenticated();
    const result = await attempt(() => decidePracticeReport(ctx, req.actor, { subjectId: textOf(req, 'subjectId'), content: textOf(req, 'content'), reason: textOf(req, 'reason') }));
    if (!result.ok) return renderDashboard(req, res, errorText(pageContext(req).locale, result.error), result.error.status);
    res.redirect(303, '/moderation?done=review#practice-reports');
  });

  async function renderCommunity(req: Request, res: Response, problem?: string, status = 200): Promise<void> {
    const page = pageContext(req);
    const { community, access } = await getCommunity(ctx, req.actor, req.params.slug);
    const id = String(community._id);
    const memberState = pickMemberState(req.query.state);
    const search = typeof req.query.q === 'string' ? req.query.q.slice(0, 80) : '';
    const [queue, pending, members, rooms, audit] = await Promise.all([
      loadReviewQueue(ctx, req.actor, id, {}),
      listMembers(ctx, req.actor, id, { state: 'pending' }),
      listMembers(ctx, req.actor, id, { state: memberState, limit: '100', ...(search ? { q: search } : {}) }),
      listRooms(ctx, req.actor, id),
      listAudit(ctx, req.actor, id, { limit: '50' }),
    ]);
    const names = await loadDisplayNames(ctx, [
      ...reviewQueuePeople(queue.items),
      ...pending.items.map((m) => m.userId),
      ...members.items.map((m) => m.userId),
      ...audit.items.map((a) => a.actorId),
    ]);
    const name = (userId: Types.ObjectId | null): string => (userId ? names.get(String(userId)) ?? '' : '');
    const base = `/communities/${community.slug}/moderation`;
    const view: ReviewView = { page, names, base, communitySlug: community.slug };
    const me = String(req.user?._id ?? '');
    const now = new Date();
    const done = req.query.done === 'review' ? page.t('review.decided') : req.query.done === '1' ? page.t('moderation.done') : undefined;
    const memberMenu = (m: Membership): SafeHtml => {
      const key = `mm-${String(m.userId)}`;
      const who = name(m.userId);
      const action = `${base}/members/${String(m.userId)}`;
      if (m.state === 'banned') return smallForm(page, `${action}/unban`, page.t('moderation.unban'));
      if (m.state !== 'active' || !can(req.actor, 'community.sanction', { access, targetUserId: String(m.userId), targetRole: m.role })) return html``;
      const reason = (suffix: string): SafeHtml => field({ name: 'reason', idPrefix: `${key}-${suffix}`, label: page.t('room.reason') });
      const muted = m.mutedUntil !== null && m.mutedUntil > now;
      return html`<details class="menu"><summary>${page.t('room.actionsShort')}<span class="visually-hidden"> — ${page.t('moderation.memberActions', { name: who })}</span></summary><div class="menu-body">
        ${smallForm(page, `${action}/mute`, page.t('moderation.mute'), html`${field({ name: 'minutes', idPrefix: `${key}-m`, label: page.t('review.muteFor'), options: muteChoices.map((minutes) => [String(minutes), page.t(`review.muteLength.${minutes}`)] as const) })}${reason('m')}`)}
        ${muted ? smallForm(page, `${action}/unmute`, page.t('moderation.unmute'), reason('u')) : ''}
        ${smallForm(page, `${action}/warn`, page.t('moderation.warn'), reason('w'))}
        ${smallForm(page, `${action}/ban`, page.t('moderation.ban'), reason('b'))}
      </div></details>`;
    };
    const standing = (m: Membership): string => {
      if (m.state === 'banned') return m.banReason ? page.t('moderation.banReason', { reason: m.banReason }) : page.t('review.banned');
      return m.mutedUntil && m.mutedUntil > now ? page.t('moderation.mutedUntil', { date: page.date(m.mutedUntil, 'short') }) : '';
    };
    const body = html`<section class="moderation" data-review-watch="${id}" data-fragment="${base}/review">
      <p class="eyebrow"><a href="/moderation">${page.t('moderation.title')}</a></p>
      <h1>${community.name}</h1>
      ${statusMessage(done)}
      ${problem ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${problem}</p></div>` : ''}
      ${liveNotice(page)}
      <section aria-labelledby="review-heading" id="review-queue" data-review-queue>${reviewQueueView(view, queue, me)}</section>
      <section aria-labelledby="requests-heading"><h2 id="requests-heading">${page.t('moderation.joinRequests')} (${page.number(pending.page.total)})</h2>
        ${pending.items.length === 0 ? html`<p>${page.t('moderation.noRequests')}</p>` : html`<ul class="queue">${pending.items.map((m) => html`<li>
          <strong>${name(m.userId)}</strong>
          ${smallForm(page, `${base}/requests/${String(m.userId)}/approve`, page.t('moderation.approve'))}
          ${smallForm(page, `${base}/requests/${String(m.userId)}/reject`, page.t('moderation.reject'))}
        </li>`)}</ul>`}
      </section>
      <section aria-labelledby="members-heading"><h2 id="members-heading">${page.t('moderation.members')} (${page.number(members.page.total)})</h2>
        <form method="get" action="${base}#members-heading" class="filter-bar" role="search" aria-label="${page.t('moderation.members')}">
          ${field({ name: 'state', idPrefix: 'mf', label: page.t('moderation.filter'), value: memberState, options: (['active', 'banned'] as const).map((state) => [state, page.t(`moderation.stateName.${state}`)] as const) })}
          ${field({ name: 'q', idPrefix: 'mf', label: page.t('moderation.search'), type: 'search', value: search })}
          <button type="submit" class="button secondary">${page.t('moderation.apply')}</button>
        </form>
        ${members.items.length === 0 ? html`<p>${page.t('moderation.noMembers')}</p>` : html`<table class="table compact"><thead><tr><th scope="col">${page.t('moderation.member')}</th><th scope="col">${page.t('moderation.role')}</th><th scope="col">${page.t('moderation.why')}</th><th scope="col"><span class="visually-hidden">${page.t('room.actionsShort')}</span></th></tr></thead>
        <tbody>${members.items.map((m) => html`<tr><th scope="row">${name(m.userId)}</th><td>${m.state === 'banned' ? page.t('review.banned') : roleLabel(page, m.role)}</td><td>${standing(m)}</td><td>${memberMenu(m)}</td></tr>`)}</tbody></table>`}
      </section>
      <section aria-labelledby="rooms-heading"><h2 id="rooms-heading">${page.t('moderation.rooms')}</h2>
        <ul>${rooms.map((room) => html`<li><a href="/communities/${community.slug}/rooms/${String(room._id)}">${room.name}</a>${room.locked ? html` · ${page.t('room.locked')}` : ''}${room.slowModeSeconds > 0 ? html` · ${page.t('room.slowModeOn', { seconds: room.slowModeSeconds, reason: room.slowModeReason ?? '' })}` : ''}</li>`)}</ul>
      </section>
      <section aria-labelledby="audit-heading"><h2 id="audit-heading">${page.t('moderation.audit')}</h2>
        <table class="table compact"><thead><tr><th scope="col">${page.t('moderation.when')}</th><th scope="col">${page.t('moderation.who')}</th><th scope="col">${page.t('moderation.action')}</th><th scope="col">${page.t('moderation.why')}</th></tr></thead>
        <tbody>${audit.items.map((a) => html`<tr><td>${page.date(a.at, 'short')}</td><td>${name(a.actorId)}</td><td>${auditActionLabel(page, a.action)}</td><td>${a.reason ?? ''}</td></tr>`)}</tbody></table>
      </section>
    </section>`;
    res.status(status).type('html').send(renderPage(page, { title: `${page.t('moderation.title')} · ${community.name}`, body, noIndex: true, scripts: ['moderation.js'] }));
  }

  router.get('/communities/:slug/moderation/review', async (req, res) => {
    if (!req.user) throw unauthenticated();
    const page = pageContext(req);
    const { community } = await getCommunity(ctx, req.actor, req.params.slug);
    const queue = await loadReviewQueue(ctx, req.actor, String(community._id), {});
    const names = await loadDisplayNames(ctx, reviewQueuePeople(queue.items));
    const view: ReviewView = { page, names, base: `/communities/${community.slug}/moderation`, communitySlug: community.slug };
    res.type('html').set('Cache-Control', 'no-store').send(String(reviewQueueView(view, queue, String(req.user._id))));
  });

  router.get('/communities/:slug/moderation', async (req, res) => {
    if (!req.user) throw unauthenticated();
    await renderCommunity(req, res);
  });

  const action = (run: (req: Request, communityId: string) => Promise<unknown>, done = '1') => async (req: Request, res: Response) => {
    if (!req.user) throw unauthenticated();
    const { community } = await getCommunity(ctx, req.actor, req.params.slug);
    const result = await attempt(() => run(req, String(community._id)));
    if (!result.ok) return renderCommunity(req, res, errorText(pageContext(req).locale, result.error), result.error.status);
    res.redirect(303, `/communities/${community.slug}/moderation?done=${done}`);
  };
  const subjectOf = (req: Request) => ({ subjectType: textOf(req, 'subjectType'), subjectId: textOf(req, 'subjectId') });

  router.post('/communities/:slug/moderation/requests/:userId/approve', action((req, id) => approveJoinRequest(ctx, req.actor, id, req.params.userId)));
  router.post('/communities/:slug/moderation/requests/:userId/reject', action((req, id) => rejectJoinRequest(ctx, req.actor, id, req.params.userId, {})));
  router.post('/communities/:slug/moderation/members/:userId/mute', action((req, id) =>
    muteMember(ctx, req.actor, id, req.params.userId, { minutes: Number(textOf(req, 'minutes') || '0'), reason: textOf(req, 'reason') })));
  router.post('/communities/:slug/moderation/members/:userId/unmute', action((req, id) =>
    muteMember(ctx, req.actor, id, req.params.userId, { minutes: 0, reason: textOf(req, 'reason') })));
  router.post('/communities/:slug/moderation/members/:userId/warn', action((req, id) => warnMember(ctx, req.actor, id, req.params.userId, { reason: textOf(req, 'reason') })));
  router.post('/communities/:slug/moderation/members/:userId/ban', action((req, id) => banMember(ctx, req.actor, id, req.params.userId, { reason: textOf(req, 'reason') })));
  router.post('/communities/:slug/moderation/members/:userId/unban', action((req, id) => unbanMember(ctx, req.actor, id, req.params.userId, {})));
  router.post('/communities/:slug/moderation/review/claim', action((req, id) => claimReviewItem(ctx, req.actor, id, { ...subjectOf(req), claim: textOf(req, 'claim') === 'true' })));
  router.post('/communities/:slug/moderation/review/decide', action((req, id) => {
    const sanction = textOf(req, 'sanction') || 'none';
    return decideReviewItem(ctx, req.actor, id, {
      ...subjectOf(req),
      content: textOf(req, 'content'),
      sanction,
      ...(sanction === 'mute' ? { minutes: textOf(req, 'minutes') } : {}),
      reason: textOf(req, 'reason'),
    });
  }, 'review'));

  return router;
}
