// Taking part in communities from the web pages without JavaScript: join, request, leave, accept an invitation,
// start threads, reply, edit, delete, report and lock. Forms post here and call the same commands as the API
// (Post/Redirect/Get); what a page offers is decided with can() on the access the command loaders return.
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { acceptInvite } from '../../commands/communities/acceptInvite.js';
import { createThread } from '../../commands/communities/createThread.js';
import { deletePost } from '../../commands/communities/deletePost.js';
import { editPost } from '../../commands/communities/editPost.js';
import { flagContent } from '../../commands/communities/flagContent.js';
import { getCommunity } from '../../commands/communities/getCommunity.js';
import { getThread } from '../../commands/communities/getThread.js';
import { joinCommunity } from '../../commands/communities/joinCommunity.js';
import { leaveCommunity } from '../../commands/communities/leaveCommunity.js';
import { loadCommunityContent, type LoadedCommunity } from '../../commands/communities/loadCommunity.js';
import { loadLinkedItems } from '../../commands/communities/loadLinkedItems.js';
import { loadPost, loadThread } from '../../commands/communities/loadThread.js';
import { lockThread } from '../../commands/communities/lockThread.js';
import { replyToPost } from '../../commands/communities/replyToPost.js';
import { requestToJoin } from '../../commands/communities/requestToJoin.js';
import { listRooms } from '../../commands/rooms/listRooms.js';
import { notFound, type AppError } from '../../errors.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { Post } from '../../models/post.js';
import type { Thread } from '../../models/thread.js';
import type { CommunityAccess } from '../../policies/communityPolicy.js';
import { authorize, can } from '../../policies/index.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { attempt, fieldErrorsOf, pickFields, type FieldErrors } from './forms.js';
import { html, raw, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import {
  actionButton,
  deleteForm,
  doneNotice,
  editForm,
  flagForm,
  linkedItemCards,
  lockForm,
  membershipPanel,
  postActions,
  replyForm,
  roomList,
  staleNotice,
  threadForm,
  type FormState,
  type MembershipChoices,
} from './views/participation.js';

const postsPerPage = 50;

const fieldMessageKeys: Record<string, MessageKey> = {
  title: 'participate.error.title',
  body: 'participate.error.body',
  reason: 'participate.error.reason',
  note: 'participate.error.note',
};

const formMessageKeys: Record<string, MessageKey> = {
  thread_locked: 'community.threadLocked',
  already_flagged: 'participate.error.alreadyFlagged',
  rate_limited: 'account.error.rateLimited',
  post_deleted: 'participate.error.postDeleted',
  banned: 'participate.error.banned',
  invite_invalid: 'participate.error.inviteInvalid',
  invite_only: 'participate.inviteOnly',
  join_by_request: 'participate.requestHint',
  owner_cannot_leave: 'participate.error.ownerCannotLeave',
  forbidden: 'participate.error.forbidden',
};

/** A command's error as messages next to the form's fields, or for the form as a whole. */
function describeError(page: PageContext, error: AppError): { errors: FieldErrors; formError?: string } {
  if (error.code === 'validation_failed') {
    const all = fieldErrorsOf(error, (name) => page.t(fieldMessageKeys[name] ?? 'account.error.invalid'));
    const errors = Object.fromEntries(Object.entries(all).filter(([name]) => name in fieldMessageKeys));
    return Object.keys(errors).length === Object.keys(all).length ? { errors } : { errors, formError: page.t('error.generic.body') };
  }
  if (error.code === 'muted') {
    const details = error.details && typeof error.details === 'object' ? (error.details as { mutedUntil?: unknown }) : {};
    return { errors: {}, formError: page.t('participate.error.muted', { date: page.date(typeof details.mutedUntil === 'string' ? details.mutedUntil : null, 'short') }) };
  }
  const key = formMessageKeys[error.code];
  return { errors: {}, formError: page.t(key ?? 'error.generic.body') };
}

const textOf = (req: Request, name: string): string => pickFields(req.body, [name])[name] ?? '';

/** The thread page URL that shows a given post: the page it is on, anchored at it. */
const threadUrl = (threadId: string, done: string, postId?: string, offset = 0): string =>
  `/threads/${threadId}?done=${done}${offset > 0 ? `&offset=${offset}` : ''}${postId ? `#post-${postId}` : ''}`;

function send(res: Response, page: PageContext, status: number, title: string, body: SafeHtml): void {
  res.status(status).type('html').send(renderPage(page, { title, body, noIndex: true }));
}

/** Sends a signed-out visitor to sign in and back to `back`; true when the request was answered. */
function redirectAnonymous(req: Request, res: Response, back: string): boolean {
  if (req.user) return false;
  res.redirect(303, `/sign-in?next=${encodeURIComponent(back)}`);
  return true;
}

const breadcrumb = (page: PageContext, href: string, label: string): SafeHtml => html`<p class="eyebrow"><a href="${href}">${label}</a></p>`;

/** What the community page shows for taking part: membership buttons, live rooms and the new-thread form. */
export async function communityParticipation(ctx: AppContext, req: Request, loaded: LoadedCommunity): Promise<{ panel: SafeHtml; rooms: SafeHtml; newThread: SafeHtml }> {
  const page = pageContext(req);
  const { community, membership, access } = loaded;
  const state = membership?.state;
  const joinable = can(req.actor, 'community.join', access) && state !== 'active' && state !== 'pending';
  const offers: Record<string, MembershipChoices['offer']> = { open: 'join', request: 'request', invite: 'invite-only' };
  const choices: MembershipChoices = {
    signedIn: req.actor.userId !== null,
    offer: state === 'active' ? 'member' : state === 'pending' ? 'pending' : joinable ? (offers[community.joinPolicy] ?? 'none') : 'none',
    mayLeave: can(req.actor, 'community.leave', access),
  };
  const readable = can(req.actor, 'community.readContent', access);
  const rooms = readable ? roomList(page, community.slug, await listRooms(ctx, req.actor, loaded)) : html``;
  const newThread = can(req.actor, 'community.participate', access) ? threadForm(page, community.slug) : html``;
  return { panel: html`${doneNotice(page, req.query.done)}${membershipPanel(page, community.slug, choices)}`, rooms, newThread };
}

/** What the thread page adds for taking part: a status line, under each post its cards and actions, and the reply form. */
export async function threadParticipation(
  ctx: AppContext,
  req: Request,
  thread: Thread,
  posts: readonly Post[],
  access: CommunityAccess,
): Promise<{ notice: SafeHtml; footer(post: Post): SafeHtml; end: SafeHtml }> {
  const page = pageContext(req);
  const records = await loadLinkedItems(ctx, posts.flatMap((post) => post.linkedItems));
  const threadId = String(thread._id);
  const moderates = can(req.actor, 'community.moderate', access);
  const mayReply = can(req.actor, 'community.participate', access) && (!thread.locked || moderates);
  const footer = (post: Post): SafeHtml => {
    const postId = String(post._id);
    const authored = { access, authorId: String(post.authorId) };
    const readable = post.state === 'visible' || post.state === 'queued';
    const actions = postActions(page, {
      reply: mayReply && post.state === 'visible' ? `/threads/${threadId}/reply?to=${postId}` : undefined,
      edit: readable && can(req.actor, 'content.edit', authored) ? `/posts/${postId}/edit` : undefined,
      delete: post.state !== 'deleted' && can(req.actor, 'content.delete', authored) ? `/posts/${postId}/delete` : undefined,
      flag: post.state === 'visible' && req.actor.userId !== authored.authorId && can(req.actor, 'flag.create', access) ? `/posts/${postId}/flag` : undefined,
    });
    const edited = readable && post.editedAt ? html`<p class="thread-meta">${page.t('participate.edited', { date: page.date(post.editedAt, 'short') })}</p>` : '';
    return html`${edited}${readable ? linkedItemCards(page, post, records) : ''}${actions}`;
  };
  const end = html`${mayReply ? replyForm(page, threadId) : ''}${moderates ? lockForm(page, threadId, thread.locked) : ''}`;
  return { notice: doneNotice(page, req.query.done), footer, end };
}

export function participationPages(ctx: AppContext): Router {
  const router = Router();

  /** A membership button's post: on success back to the community page with a status; otherwise a page saying why. */
  const membershipAction = (run: (req: Request, communityId: string) => Promise<unknown>, done: string) => async (req: Request, res: Response) => {
    const { community } = await getCommunity(ctx, req.actor, req.params.slug);
    const back = `/communities/${community.slug}`;
    if (redirectAnonymous(req, res, back)) return;
    const result = await attempt(() => run(req, String(community._id)));
    if (result.ok) return res.redirect(303, `${back}?done=${done}`);
    const page = pageContext(req);
    const { formError } = describeError(page, result.error);
    send(res, page, result.error.status, community.name, html`<section class="narrow">${breadcrumb(page, back, community.name)}<h1>${community.name}</h1>
      <div class="error-summary" role="alert" tabindex="-1"><p>${formError}</p></div><p><a href="${back}">${page.t('participate.backToCommunity')}</a></p></section>`);
  };

  router.post('/communities/:slug/join', membershipAction((req, id) => joinCommunity(ctx, req.actor, id), 'joined'));
  router.post('/communities/:slug/request', membershipAction((req, id) => requestToJoin(ctx, req.actor, id), 'requested'));
  router.post('/communities/:slug/leave', membershipAction((req, id) => leaveCommunity(ctx, req.actor, id), 'left'));

  const threadFormPage = (req: Request, res: Response, loaded: LoadedCommunity, status: number, state: FormState = {}): void => {
    const page = pageContext(req);
    const back = `/communities/${loaded.community.slug}`;
    send(res, page, status, page.t('participate.newThread'), html`<section class="narrow">${breadcrumb(page, back, loaded.community.name)}${threadForm(page, loaded.community.slug, state)}</section>`);
  };

  router.get('/communities/:slug/threads/new', async (req, res) => {
    const { community } = await getCommunity(ctx, req.actor, req.params.slug);
    const loaded = await loadCommunityContent(ctx, req.actor, String(community._id));
    authorize(req.actor, 'community.participate', loaded.access);
    threadFormPage(req, res, loaded, 200);
  });

  router.post('/communities/:slug/threads', async (req, res) => {
    const { community } = await getCommunity(ctx, req.actor, req.params.slug);
    const loaded = await loadCommunityContent(ctx, req.actor, String(community._id));
    if (redirectAnonymous(req, res, `/communities/${community.slug}`)) return;
    const input = pickFields(req.body, ['title', 'body']);
    const result = await attempt(() => createThread(ctx, req.actor, String(community._id), input));
    if (!result.ok) return threadFormPage(req, res, loaded, result.error.status, { values: input, ...describeError(pageContext(req), result.error) });
    const { thread, post } = result.value;
    res.redirect(303, threadUrl(String(thread._id), post.state === 'queued' ? 'queued' : 'created'));
  });

  const replyPage = async (req: Request, res: Response, status: number, state: FormState = {}): Promise<void> => {
    const { thread, access, community } = await loadThread(ctx, req.actor, req.params.id);
    authorize(req.actor, 'community.participate', access);
    const page = pageContext(req);
    const parentRef = state.values?.parentId ?? (typeof req.query.to === 'string' ? req.query.to : undefined);
    const parent = parentRef ? (await loadPost(ctx, req.actor, parentRef)).post : null;
    if (parent && !parent.threadId.equals(thread._id)) throw notFound('The post');
    const names = await loadDisplayNames(ctx, parent ? [parent.authorId] : []);
    const quote = parent?.state === 'visible'
      ? html`<figure class="quote"><figcaption>${page.t('participate.replyTo', { name: names.get(String(parent.authorId)) ?? page.t('community.formerMember') })}</figcaption>
          <blockquote class="prose" lang="${community.language || 'und'}">${raw(parent.bodyHtml)}</blockquote></figure>`
      : '';
    const back = `/threads/${String(thread._id)}`;
    send(res, page, status, thread.title, html`<section class="narrow">${breadcrumb(page, back, thread.title)}${quote}${replyForm(page, String(thread._id), state, parent ? String(parent._id) : undefined)}</section>`);
  };

  router.get('/threads/:id/reply', async (req, res) => replyPage(req, res, 200));

  router.post('/threads/:id/replies', async (req, res) => {
    const { thread } = await loadThread(ctx, req.actor, req.params.id);
    const threadId = String(thread._id);
    if (redirectAnonymous(req, res, `/threads/${threadId}`)) return;
    const input = pickFields(req.body, ['body', 'parentId']);
    const result = await attempt(() => replyToPost(ctx, req.actor, threadId, input));
    if (!result.ok) return replyPage(req, res, result.error.status, { values: input, ...describeError(pageContext(req), result.error) });
    const { page: list } = await getThread(ctx, req.actor, threadId, { limit: 1 });
    const offset = Math.floor(Math.max(list.total - 1, 0) / postsPerPage) * postsPerPage;
    res.redirect(303, threadUrl(threadId, result.value.state === 'queued' ? 'queued' : 'replied', String(result.value._id), offset));
  });

  router.post('/threads/:id/lock', async (req, res) => {
    const { thread } = await loadThread(ctx, req.actor, req.params.id);
    const back = `/threads/${String(thread._id)}`;
    if (redirectAnonymous(req, res, back)) return;
    const locked = textOf(req, 'locked') === 'true';
    const reason = textOf(req, 'reason');
    const result = await attempt(() => lockThread(ctx, req.actor, String(thread._id), { locked, ...(reason ? { reason } : {}) }));
    if (result.ok) return res.redirect(303, threadUrl(String(thread._id), locked ? 'locked' : 'unlocked'));
    const page = pageContext(req);
    send(res, page, result.error.status, thread.title, html`<section class="narrow">${breadcrumb(page, back, thread.title)}
      <div class="error-summary" role="alert" tabindex="-1"><p>${describeError(page, result.error).formError}</p></div></section>`);
  });

  /** The post a post page acts on (404 when the reader may not see it, or it is deleted), with its community access. */
  const postFor = async (req: Request) => {
    const loaded = await loadPost(ctx, req.actor, req.params.id);
    if (loaded.post.state === 'deleted') throw notFound('The post');
    return loaded;
  };

  const editPage = async (req: Request, res: Response, status: number, state: FormState & { rev?: number; stale?: boolean } = {}): Promise<void> => {
    const { post, thread, access, community } = await postFor(req);
    authorize(req.actor, 'content.edit', { access, authorId: String(post.authorId) });
    const page = pageContext(req);
    const back = `/threads/${String(thread._id)}#post-${String(post._id)}`;
    const values = state.values ?? { body: post.body };
    send(res, page, status, page.t('participate.editTitle'), html`<section class="narrow">${breadcrumb(page, back, thread.title)}
      <h1>${page.t('participate.editTitle')}</h1>
      ${state.stale ? staleNotice(page, String(post._id), post, community.language || 'und') : ''}
      ${editForm(page, String(post._id), state.rev ?? post.rev, { ...state, values })}</section>`);
  };

  router.get('/posts/:id/edit', async (req, res) => editPage(req, res, 200));

  router.post('/posts/:id/edit', async (req, res) => {
    const { post, thread } = await postFor(req);
    if (redirectAnonymous(req, res, `/threads/${String(thread._id)}`)) return;
    const input = pickFields(req.body, ['body', 'rev']);
    const rev = Number(input.rev ?? '0');
    const result = await attempt(() => editPost(ctx, req.actor, String(post._id), { body: input.body, rev }));
    if (result.ok) return res.redirect(303, threadUrl(String(thread._id), 'edited', String(post._id)));
    const state = { values: { body: input.body ?? '' }, rev: Number.isInteger(rev) && rev > 0 ? rev : post.rev };
    if (result.error.code === 'stale_revision') return editPage(req, res, 409, { ...state, stale: true });
    await editPage(req, res, result.error.status, { ...state, ...describeError(pageContext(req), result.error) });
  });

  router.get('/posts/:id/delete', async (req, res) => {
    const { post, thread, access } = await postFor(req);
    authorize(req.actor, 'content.delete', { access, authorId: String(post.authorId) });
    const page = pageContext(req);
    const back = `/threads/${String(thread._id)}#post-${String(post._id)}`;
    send(res, page, 200, page.t('participate.deleteTitle'), html`<section class="narrow">${breadcrumb(page, back, thread.title)}
      <h1>${page.t('participate.deleteTitle')}</h1>
      <blockquote class="quote prose">${raw(post.bodyHtml)}</blockquote>
      ${deleteForm(page, String(post._id), req.actor.userId !== String(post.authorId), back)}</section>`);
  });

  router.post('/posts/:id/delete', async (req, res) => {
    const { post, thread } = await postFor(req);
    if (redirectAnonymous(req, res, `/threads/${String(thread._id)}`)) return;
    const reason = textOf(req, 'reason');
    await deletePost(ctx, req.actor, String(post._id), reason ? { reason } : {});
    res.redirect(303, threadUrl(String(thread._id), 'deleted', String(post._id)));
  });

  const flagPage = async (req: Request, res: Response, status: number, state: FormState = {}): Promise<void> => {
    const { post, thread, access } = await postFor(req);
    authorize(req.actor, 'flag.create', access);
    const page = pageContext(req);
    const back = `/threads/${String(thread._id)}#post-${String(post._id)}`;
    send(res, page, status, page.t('participate.flagTitle'), html`<section class="narrow">${breadcrumb(page, back, thread.title)}
      <h1>${page.t('participate.flagTitle')}</h1>
      <blockquote class="quote prose">${raw(post.bodyHtml)}</blockquote>
      ${flagForm(page, String(post._id), state)}</section>`);
  };

  router.get('/posts/:id/flag', async (req, res) => flagPage(req, res, 200));

  router.post('/posts/:id/flag', async (req, res) => {
    const { post, thread } = await postFor(req);
    if (redirectAnonymous(req, res, `/threads/${String(thread._id)}`)) return;
    const input = pickFields(req.body, ['reason', 'note']);
    const result = await attempt(() => flagContent(ctx, req.actor, { subjectType: 'post', subjectId: String(post._id), ...input }));
    if (result.ok) return res.redirect(303, threadUrl(String(thread._id), 'flagged', String(post._id)));
    await flagPage(req, res, result.error.status, { values: input, ...describeError(pageContext(req), result.error) });
  });

  const invitePage = (req: Request, res: Response, status: number, formError?: string): void => {
    const page = pageContext(req);
    const path = `/invites/${encodeURIComponent(String(req.params.token))}`;
    const action = req.user
      ? actionButton(page, path, page.t('participate.invite.accept'), {}, 'button primary')
      : html`<p><a class="button primary" href="/sign-in?next=${encodeURIComponent(path)}">${page.t('participate.invite.signIn')}</a>
          <a href="/register?next=${encodeURIComponent(path)}">${page.t('nav.register')}</a></p>`;
    send(res, page, status, page.t('participate.invite.title'), html`<section class="narrow"><h1>${page.t('participate.invite.title')}</h1>
      ${formError ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${formError}</p></div>` : html`<p>${page.t('participate.invite.body')}</p>${action}`}</section>`);
  };

  router.get('/invites/:token', (req, res) => invitePage(req, res, 200));

  router.post('/invites/:token', async (req, res) => {
    const token = String(req.params.token);
    if (redirectAnonymous(req, res, `/invites/${encodeURIComponent(token)}`)) return;
    const result = await attempt(() => acceptInvite(ctx, req.actor, token));
    if (result.ok) return res.redirect(303, `/communities/${result.value.community.slug}?done=joined`);
    invitePage(req, res, result.error.status, describeError(pageContext(req), result.error).formError);
  });

  return router;
}
