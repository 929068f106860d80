// Community pages: the list of communities, a community's public page (description, threads; members-only groups
// show non-members their description only) and a thread with its posts. Access is decided by the commands.
import { excerpt } from '../../content/markdown.js';
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { getCommunity } from '../../commands/communities/getCommunity.js';
import { getThread } from '../../commands/communities/getThread.js';
import { listCommunities } from '../../commands/communities/listCommunities.js';
import { listThreads } from '../../commands/communities/listThreads.js';
import { isFollowing } from '../../commands/notifications/follows.js';
import { markThreadRead, readPositions, unreadPosts, unreadThreadsByCommunity } from '../../commands/communities/threadReads.js';
import { followButton } from './views/followButton.js';
import type { Community } from '../../models/community.js';
import type { Post } from '../../models/post.js';
import type { Thread } from '../../models/thread.js';
import { can } from '../../policies/index.js';
import { loadDisplayNames, type DisplayNames } from '../../presenters/displayNames.js';
import { readOffset } from './browsePages.js';
import { html, raw, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { communityParticipation, threadParticipation } from './participationPages.js';
import { pagination, resultRange } from './views/pagination.js';
import { label } from './views/vocabBadges.js';

const contentLanguage = (community: Community): string => community.language || 'und';

export function communityCard(page: PageContext, community: Community, headingLevel: 2 | 3 = 2, unreadThreads = 0): SafeHtml {
  const link = html`<a href="/communities/${encodeURIComponent(community.slug)}">${community.name}</a>${unreadThreads > 0 ? html` <span class="unread-count">${page.t('unread.threads', { count: unreadThreads })}</span>` : ''}`;
  return html`<article class="card card-community" lang="${contentLanguage(community)}">
    ${headingLevel === 2 ? html`<h2 class="card-title">${link}</h2>` : html`<h3 class="card-title">${link}</h3>`}
    <p class="card-meta" lang="${page.locale}">${page.t('community.members', { count: community.memberCount })} · ${label(page, 'communityVisibility', community.visibility)}</p>
    ${community.description ? html`<p class="card-excerpt">${excerpt(community.description, 220)}</p>` : ''}
  </article>`;
}

function threadRow(page: PageContext, thread: Thread, names: DisplayNames, unread: number | undefined): SafeHtml {
  return html`<li class="thread-row">
    <a href="/threads/${String(thread._id)}">${thread.title}</a>${unread ? html` <span class="unread-count">${page.t('unread.posts', { count: unread })}</span>` : ''}
    ${thread.pinned ? html` <span class="badge">${page.t('community.pinned')}</span>` : ''}
    ${thread.locked ? html` <span class="badge">${page.t('community.locked')}</span>` : ''}
    <span class="thread-meta">${page.t('community.threadMeta', {
      name: names.get(String(thread.authorId)) ?? page.t('community.formerMember'),
      count: thread.postCount,
    })} · <time datetime="${thread.lastPostAt.toISOString()}">${page.date(thread.lastPostAt)}</time></span>
  </li>`;
}

function postItem(page: PageContext, post: Post, names: DisplayNames, language: string, footer: SafeHtml, firstUnread: boolean): SafeHtml {
  const author = names.get(String(post.authorId)) ?? page.t('community.formerMember');
  const readable = post.state === 'visible' || post.state === 'queued';
  return html`<li>${firstUnread ? html`<p class="unread-marker" id="first-unread" tabindex="-1">${page.t('unread.marker')}</p>` : ''}<article class="post" id="post-${String(post._id)}" aria-label="${page.t('community.postBy', { name: author })}">
    <header class="post-header"><span class="post-author">${author}</span> <time datetime="${post.createdAt.toISOString()}">${page.date(post.createdAt, 'short')}</time>
      ${post.state === 'queued' ? html` <span class="badge">${page.t('community.awaitingApproval')}</span>` : ''}</header>
    ${readable ? html`<div class="prose" lang="${language}">${raw(post.bodyHtml)}</div>` : html`<p class="post-removed">${page.t('community.postRemoved')}</p>`}
    ${footer}
  </article></li>`;
}

function listPage(query: Record<string, unknown>, limit: number): { offset: number; limit: number } {
  return { offset: readOffset(query), limit };
}

export function communityPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/communities', async (req, res) => {
    const page = pageContext(req);
    const { items, page: list } = await listCommunities(ctx, req.actor, listPage(req.query, 20));
    const unread = await unreadThreadsByCommunity(ctx, req.actor, items.map(({ community }) => community._id));
    const title = page.t('communities.title');
    const body = html`<h1>${title}</h1><p class="lead">${page.t('communities.intro')}</p>
      <p class="results-count">${resultRange(page, list)}</p>
      <ul class="card-list">${items.map(({ community }) => html`<li>${communityCard(page, community, 2, unread.get(String(community._id)))}</li>`)}</ul>
      ${pagination(page, list)}`;
    res.type('html').send(renderPage(page, { title, description: page.t('communities.intro'), body, canonicalPath: '/communities' }));
  });

  router.get('/communities/:slug', async (req, res) => {
    const page = pageContext(req);
    const loaded = await getCommunity(ctx, req.actor, req.params.slug);
    const { community, access } = loaded;
    const readable = can(req.actor, 'community.readContent', access);
    const threads = readable ? await listThreads(ctx, req.actor, loaded, listPage(req.query, 30)) : null;
    const names = await loadDisplayNames(ctx, threads?.items.map((thread) => thread.authorId) ?? []);
    const unread = await unreadPosts(ctx, req.actor, threads?.items ?? []);
    const participation = await communityParticipation(ctx, req, loaded);
    const follow = readable ? followButton(page, 'community', String(community._id), await isFollowing(ctx, req.actor, 'community', String(community._id))) : '';
    const body = html`<article class="community" aria-labelledby="community-title">
      <header>
        <p class="eyebrow">${page.t('community.eyebrow')} · ${label(page, 'communityVisibility', community.visibility)} · ${label(page, 'joinPolicies', community.joinPolicy)}</p>
        <h1 id="community-title" lang="${contentLanguage(community)}">${community.name}</h1>
        <p class="card-meta">${page.t('community.members', { count: community.memberCount })}</p>
      </header>
      <div class="prose lead" lang="${contentLanguage(community)}">${raw(community.descriptionHtml)}</div>
      ${participation.panel}
      ${follow}
      ${
        threads
          ? html`<section class="threads" aria-labelledby="threads-heading"><h2 id="threads-heading">${page.t('community.threads')}</h2>
            ${threads.items.length ? html`<ul class="thread-list">${threads.items.map((thread) => threadRow(page, thread, names, unread.get(String(thread._id))))}</ul>` : html`<p>${page.t('community.noThreads')}</p>`}
            ${pagination(page, threads.page)}</section>`
          : html`<p class="notice notice-warning" role="note">${page.t('community.membersOnly')}</p>`
      }
      ${participation.newThread}${participation.rooms}
    </article>`;
    res.type('html').send(
      renderPage(page, {
        title: community.name,
        description: excerpt(community.description, 200),
        body,
        canonicalPath: `/communities/${community.slug}`,
        noIndex: community.visibility !== 'public',
      }),
    );
  });

  router.get('/threads/:id', async (req, res) => {
    const page = pageContext(req);
    const community = await getThread(ctx, req.actor, req.params.id, listPage(req.query, 50));
    const { thread, posts, page: list } = community;
    const language = contentLanguage(community.community);
    const names = await loadDisplayNames(ctx, [thread.authorId, ...posts.map((post) => post.authorId)]);
    const participation = await threadParticipation(ctx, req, thread, posts, community.access);
    const lastRead = (await readPositions(ctx, req.actor, [thread])).get(String(thread._id));
    const firstUnread = lastRead !== undefined && lastRead < list.total ? lastRead : null;
    await markThreadRead(ctx, req.actor, thread, list.offset + posts.length);
    const firstUnreadPage = firstUnread === null ? 0 : Math.floor(firstUnread / list.limit) * list.limit;
    const body = html`<nav class="breadcrumb" aria-label="${page.t('list.breadcrumb')}"><ol>
        <li><a href="/communities">${page.t('communities.title')}</a></li>
        <li><a href="/communities/${encodeURIComponent(community.community.slug)}" lang="${language}">${community.community.name}</a></li>
      </ol></nav>
      <h1 lang="${language}">${thread.title}</h1>
      ${followButton(page, 'thread', String(thread._id), await isFollowing(ctx, req.actor, 'thread', String(thread._id)))}
      ${firstUnread !== null ? html`<p><a class="button" href="/threads/${String(thread._id)}${firstUnreadPage > 0 ? `?offset=${firstUnreadPage}` : ''}#first-unread">${page.t('unread.jump')}</a></p>` : ''}
      ${participation.notice}
      ${thread.locked ? html`<p class="notice notice-info" role="note">${page.t('community.threadLocked')}</p>` : ''}
      <p class="results-count">${resultRange(page, list)}</p>
      <ol class="post-list">${posts.map((post, index) => postItem(page, post, names, language, participation.footer(post), list.offset + index === firstUnread))}</ol>
      ${pagination(page, list)}
      ${participation.end}`;
    res.type('html').send(
      renderPage(page, { title: thread.title, body, noIndex: community.community.visibility !== 'public' }),
    );
  });

  return router;
}
