// Organisations on the web: /organisations (a filtered list), /organisations/new (found one), and
// /organisations/:slug (facts, the plans, practices and resources the reader may read, members, and joining by
// request or invitation (also by an e-mailed link for people without an account, /organisations/invitations/:token),
// with the admins' decisions on requests; its editors add what they wrote by address). Every form posts through the same commands as the API (Post/Redirect/Get).
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { acceptOrganisationInvitation } from '../../commands/organisations/acceptOrganisationInvitation.js';
import { approveOrganisationRequest } from '../../commands/organisations/approveOrganisationRequest.js';
import { createOrganisation } from '../../commands/organisations/createOrganisation.js';
import { inviteOrganisationMember } from '../../commands/organisations/inviteOrganisationMember.js';
import { acceptOrganisationEmailInvite, readOrganisationInvite } from '../../commands/organisations/organisationEmailInvites.js';
import { listPendingOrganisationInvites, withdrawOrganisationInvite } from '../../commands/organisations/pendingOrganisationInvites.js';
import { listOrganisationMembers } from '../../commands/organisations/listOrganisationMembers.js';
import { listOrganisations } from '../../commands/organisations/listOrganisations.js';
import { loadOrganisation, type LoadedOrganisation } from '../../commands/organisations/loadOrganisation.js';
import { organisationRoles } from '../../commands/organisations/schemas.js';
import { addOrganisationContent, listOrganisationContent, removeOrganisationContent, type OrganisationContent } from '../../commands/organisations/organisationContent.js';
import type { ItemRef } from '../../commands/shared/visibleItems.js';
import { removeOrganisationMember } from '../../commands/organisations/removeOrganisationMember.js';
import { requestOrganisationMembership } from '../../commands/organisations/requestOrganisationMembership.js';
import { listPlans } from '../../commands/plans/listPlans.js';
import type { AppError } from '../../errors.js';
import { errorText } from '../../i18n/errorText.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { Organisation } from '../../models/organisation.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import type { Plan } from '../../models/plan.js';
import { can } from '../../policies/index.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { readOffset } from './browsePages.js';
import { attempt, csrfField, errorSummary, field, pickFields, statusMessage, termOptions, type FieldErrors } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { pageContext, type PageContext } from './pageContext.js';
import { formProblems } from './planPages.js';
import { pagination, resultRange } from './views/pagination.js';
import { pendingInvitationsSection } from './views/organisationInvitations.js';
import { localText, periodText, statusBadge } from './views/planViews.js';
import { label } from './views/vocabBadges.js';

const doneKeys: Record<string, MessageKey> = {
  requested: 'organisations.done.requested',
  joined: 'organisations.done.joined',
  approved: 'organisations.done.approved',
  left: 'organisations.done.left',
  created: 'organisations.done.created',
  invited: 'organisations.done.invited',
  invitedByEmail: 'organisations.done.invitedByEmail',
  invitationWithdrawn: 'organisations.done.invitationWithdrawn',
  declined: 'organisations.done.declined',
  contentAdded: 'organisations.done.contentAdded',
  contentRemoved: 'organisations.done.contentRemoved',
};
const organisationFields = ['name', 'type', 'country', 'region', 'identifier', 'description'] as const;

function organisationCard(page: PageContext, organisation: Organisation): SafeHtml {
  return html`<article class="card card-organisation">
    <h2 class="card-title"><a href="/organisations/${organisation.slug}">${organisation.name}</a></h2>
    <p class="card-meta">${label(page, 'ownerTypes', organisation.type)} · ${[label(page, 'countries', organisation.country), organisation.region].filter(Boolean).join(', ')}</p>
    <p class="card-meta">${page.t('organisations.members', { count: organisation.memberCount })}</p>
  </article>`;
}

function filterForm(page: PageContext, query: Request['query']): SafeHtml {
  const pick = (name: string) => (typeof query[name] === 'string' ? query[name] : '');
  return html`<form method="get" action="/organisations" class="filters filters-inline">
    ${field({ name: 'q', label: page.t('organisations.filter.name'), type: 'search', value: pick('q') })}
    ${field({ name: 'type', label: page.t('organisations.type'), options: termOptions('ownerTypes', page, page.t('organisations.filter.any')), value: pick('type') })}
    ${field({ name: 'country', label: page.t('organisations.country'), options: termOptions('countries', page, page.t('organisations.filter.any')), value: pick('country') })}
    <button type="submit" class="button">${page.t('organisations.filter.apply')}</button>
  </form>`;
}

function planList(page: PageContext, plans: readonly Plan[]): SafeHtml {
  if (plans.length === 0) return html`<p>${page.t('organisations.noPlans')}</p>`;
  return html`<ul class="card-list">${plans.map((plan) => html`<li><article class="card card-plan">
    <p class="card-meta">${page.t(`plans.kind.${plan.kind}`)} · ${statusBadge(page, 'planStatus', plan.status)}</p>
    <h3 class="card-title"><a href="/plans/${plan.slug}">${localText(page, plan.title, plan.slug)}</a></h3>
    <p class="card-meta">${periodText(page, plan.periodStart, plan.periodEnd)} · ${page.t('plans.actionsDone', { done: page.number(plan.summary.actionsDone), total: page.number(plan.summary.actionsTotal) })}</p>
  </article></li>`)}</ul>`;
}

function contentList(page: PageContext, slug: string, items: readonly ItemRef[], empty: string, removable: boolean): SafeHtml {
  if (items.length === 0) return html`<p>${empty}</p>`;
  return html`<ul class="card-list">${items.map((item) => html`<li><article class="card">
    <h3 class="card-title" lang="${item.language}"><a href="/${item.type === 'practice' ? 'practices' : 'resources'}/${item.slug}">${item.title}</a></h3>
    ${item.excerpt ? html`<p class="card-excerpt" lang="${item.language}">${item.excerpt}</p>` : ''}
    ${removable ? html`<form method="post" action="/organisations/${slug}/content/remove" class="inline">${csrfField(page)}<input type="hidden" name="type" value="${item.type}"><input type="hidden" name="id" value="${item.id}"><button type="submit" class="button secondary" aria-label="${page.t('organisations.content.removeNamed', { item: item.title })}">${page.t('organisations.content.remove')}</button></form>` : ''}
  </article></li>`)}</ul>`;
}

function contentSections(page: PageContext, loaded: LoadedOrganisation, content: OrganisationContent): SafeHtml {
  const { slug } = loaded.organisation;
  const removable = can(page.actor, 'organisation.removeContent', { ...loaded.access, authorsItem: false });
  const adds = can(page.actor, 'organisation.addContent', { ...loaded.access, authorsItem: true });
  return html`<section aria-labelledby="practices-heading"><h2 id="practices-heading">${page.t('organisations.practices')}</h2>${contentList(page, slug, content.practices, page.t('organisations.noPractices'), removable)}</section>
    <section aria-labelledby="resources-heading"><h2 id="resources-heading">${page.t('organisations.resources')}</h2>${contentList(page, slug, content.resources, page.t('organisations.noResources'), removable)}</section>
    ${adds ? html`<section class="panel" aria-labelledby="add-content-heading"><h2 id="add-content-heading">${page.t('organisations.content.addTitle')}</h2>
      <p><a class="button" href="/practices/new?organisation=${slug}">${page.t('organisations.content.write')}</a></p>
      <form method="post" action="/organisations/${slug}/content" class="narrow" novalidate>${csrfField(page)}
        ${field({ name: 'address', label: page.t('organisations.content.address'), hint: page.t('organisations.content.addressHint'), required: true })}
        <div class="form-actions"><button type="submit" class="button">${page.t('organisations.content.add')}</button></div>
      </form></section>` : ''}`;
}

function inviteForm(page: PageContext, slug: string): SafeHtml {
  return html`<section class="panel" aria-labelledby="invite-heading"><h2 id="invite-heading">${page.t('organisations.invite.title')}</h2>
    <p>${page.t('organisations.invite.intro')}</p>
    <form method="post" action="/organisations/${slug}/members/invite" class="narrow" novalidate>${csrfField(page)}
      ${field({ name: 'email', label: page.t('organisations.invite.email'), type: 'email', hint: page.t('organisations.invite.emailHint'), required: true, idPrefix: 'invite' })}
      ${field({ name: 'role', label: page.t('organisations.invite.role'), value: 'plan-editor', options: organisationRoles.map((role) => [role, page.t(`organisations.role.${role}`)] as const), idPrefix: 'invite' })}
      <div class="form-actions"><button type="submit" class="button">${page.t('organisations.invite.submit')}</button></div>
    </form></section>`;
}

function post(page: PageContext, action: string, label: string, secondary = false): SafeHtml {
  return html`<form method="post" action="${action}" class="inline">${csrfField(page)}<button type="submit" class="button${secondary ? ' secondary' : ''}">${label}</button></form>`;
}

function joinPanel(page: PageContext, loaded: LoadedOrganisation): SafeHtml {
  const { organisation, membership, access } = loaded;
  const base = `/organisations/${organisation.slug}`;
  let content: SafeHtml;
  if (!page.user) content = html`<p><a href="/sign-in?next=${encodeURIComponent(base)}">${page.t('organisations.signInToJoin')}</a></p>`;
  else if (membership?.state === 'active') content = html`<p>${page.t('organisations.youAre', { role: page.t(`organisations.role.${membership.role}`) })}</p>${post(page, `${base}/leave`, page.t('organisations.leave'), true)}`;
  else if (membership?.state === 'pending') content = html`<p>${page.t('organisations.requestPending')}</p>${post(page, `${base}/leave`, page.t('organisations.withdraw'), true)}`;
  else if (can(page.actor, 'organisation.acceptInvitation', access)) content = html`<p>${page.t('organisations.invited', { role: page.t(`organisations.role.${membership?.role ?? 'member'}`) })}</p>${post(page, `${base}/accept`, page.t('organisations.accept'))}`;
  else content = html`<p>${page.t('organisations.joinHint')}</p>${post(page, `${base}/join`, page.t('organisations.requestToJoin'))}`;
  return html`<section class="panel" aria-labelledby="join-heading"><h2 id="join-heading">${page.t('organisations.membership')}</h2>${content}</section>`;
}

function memberList(page: PageContext, slug: string, members: readonly OrganisationMembership[], names: ReadonlyMap<string, string>, pending: boolean): SafeHtml {
  return html`<ul class="plain-list">${members.map((m) => {
    const name = names.get(String(m.userId)) ?? page.t('plans.someone');
    const base = `/organisations/${slug}/members/${String(m.userId)}`;
    return html`<li class="editor-item"><span class="item-name">${name} · ${page.t(`organisations.role.${m.role}`)}</span>${
      pending ? html`<span class="item-actions">${post(page, `${base}/approve`, page.t('organisations.approve'))}
        <form method="post" action="${base}/decline" class="inline">${csrfField(page)}<button type="submit" class="button secondary" aria-label="${page.t('organisations.declineNamed', { name })}">${page.t('organisations.decline')}</button></form></span>` : ''}</li>`;
  })}</ul>`;
}

async function renderOrganisation(ctx: AppContext, req: Request, res: Response, loaded: LoadedOrganisation, error?: AppError): Promise<void> {
  const page = pageContext(req);
  const { organisation, access } = loaded;
  const id = String(organisation._id);
  const seesMembers = can(req.actor, 'organisation.listMembers', access);
  const manages = can(req.actor, 'organisation.manageMembers', access);
  const [plans, content, members, pending, invited, emailInvites] = await Promise.all([
    listPlans(ctx, req.actor, { organisationId: id, limit: 100 }),
    listOrganisationContent(ctx, req.actor, organisation),
    seesMembers ? listOrganisationMembers(ctx, req.actor, id, { limit: 100 }) : null,
    manages ? listOrganisationMembers(ctx, req.actor, id, { state: 'pending', limit: 100 }) : null,
    manages ? listOrganisationMembers(ctx, req.actor, id, { state: 'invited', limit: 100 }) : null,
    manages ? listPendingOrganisationInvites(ctx, req.actor, id, { limit: 100 }) : null,
  ]);
  const people = [...(members?.items ?? []), ...(pending?.items ?? []), ...(invited?.items ?? [])].map((m) => m.userId);
  const names = await loadDisplayNames(ctx, [...people, ...(emailInvites?.items ?? []).map((invite) => invite.createdBy)]);
  const done = typeof req.query.done === 'string' ? doneKeys[req.query.done] : undefined;
  const fact = (term: string, value: string | null) => (value ? html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>` : '');
  const body = html`<article class="organisation" aria-labelledby="organisation-title">
    <p class="eyebrow">${label(page, 'ownerTypes', organisation.type)}</p>
    <h1 id="organisation-title">${organisation.name}</h1>
    ${statusMessage(done ? page.t(done) : undefined)}
    ${error ? html`<p class="error-message" role="alert">${errorText(page.locale, error)}</p>` : ''}
    <dl class="event-facts">
      ${fact(page.t('organisations.country'), label(page, 'countries', organisation.country))}
      ${fact(page.t('organisations.region'), organisation.region)}
      ${fact(page.t('organisations.identifier'), organisation.identifier)}
      ${fact(page.t('organisations.memberCount'), page.t('organisations.members', { count: organisation.memberCount }))}
    </dl>
    ${organisation.description ? html`<div class="prose lead">${organisation.description.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}</div>` : ''}
    <section aria-labelledby="plans-heading"><h2 id="plans-heading">${page.t('organisations.plans')}</h2>
      ${can(req.actor, 'plan.create', { organisationRole: loaded.membership?.state === 'active' ? loaded.membership.role : null })
        ? html`<p><a class="button" href="/plans/new?organisation=${organisation.slug}">${page.t('plans.new')}</a></p>` : ''}
      ${planList(page, plans.items)}</section>
    ${contentSections(page, loaded, content)}
    ${can(req.actor, 'assessmentRound.manage', access) ? html`<section aria-labelledby="sa-rounds-heading"><h2 id="sa-rounds-heading">${page.t('sa.schoolRounds')}</h2>
      <p>${page.t('sa.schoolRoundsLead')}</p><p><a class="button secondary" href="/organisations/${organisation.slug}/self-assessment">${page.t('sa.schoolRoundsOpen')}</a></p></section>` : ''}
    ${joinPanel(page, loaded)}
    ${members ? html`<section aria-labelledby="members-heading"><h2 id="members-heading">${page.t('organisations.memberList')}</h2>${memberList(page, organisation.slug, members.items, names, false)}</section>` : ''}
    ${manages ? inviteForm(page, organisation.slug) : ''}
    ${manages ? pendingInvitationsSection(page, { slug: organisation.slug, byEmail: emailInvites?.items ?? [], byAccount: invited?.items ?? [], names }) : ''}
    ${pending && pending.items.length ? html`<section aria-labelledby="requests-heading"><h2 id="requests-heading">${page.t('organisations.requests')}</h2>${memberList(page, organisation.slug, pending.items, names, true)}</section>` : ''}
  </article>`;
  res.status(error ? error.status : 200).type('html').send(renderPage(page, { title: organisation.name, description: organisation.description.slice(0, 200) || organisation.name, body, canonicalPath: `/organisations/${organisation.slug}` }));
}

function renderNewForm(req: Request, res: Response, values: Record<string, string>, error?: AppError): void {
  const page = pageContext(req);
  const problems: { formError?: string; fields: FieldErrors } = error ? formProblems(page, error) : { fields: {} };
  const title = page.t('organisations.new');
  const body = html`<h1>${title}</h1><p class="lead">${page.t('organisations.newIntro')}</p>
    ${errorSummary(page, problems.fields, problems.formError)}
    <form method="post" action="/organisations/new" class="narrow" novalidate>${csrfField(page)}
      ${field({ name: 'name', label: page.t('organisations.name'), value: values.name, error: problems.fields.name, required: true })}
      ${field({ name: 'type', label: page.t('organisations.type'), options: termOptions('ownerTypes', page), value: values.type, error: problems.fields.type, required: true })}
      ${field({ name: 'country', label: page.t('organisations.country'), options: termOptions('countries', page), value: values.country, error: problems.fields.country, required: true })}
      ${field({ name: 'region', label: page.t('organisations.region'), value: values.region, error: problems.fields.region })}
      ${field({ name: 'identifier', label: page.t('organisations.identifier'), hint: page.t('organisations.identifierHint'), value: values.identifier, error: problems.fields.identifier })}
      ${field({ name: 'description', label: page.t('organisations.description'), rows: 5, value: values.description, error: problems.fields.description })}
      <div class="form-actions"><button type="submit" class="button">${page.t('organisations.create')}</button></div>
    </form>`;
  res.status(error ? error.status : 200).type('html').send(renderPage(page, { title, body, noIndex: true }));
}

export function organisationPages(ctx: AppContext): Router {
  const router = Router();

  router.get('/organisations', async (req, res) => {
    const page = pageContext(req);
    const pick = (name: string) => (typeof req.query[name] === 'string' && req.query[name] ? { [name]: req.query[name] } : {});
    const { items, page: list } = await listOrganisations(ctx, { ...pick('q'), ...pick('type'), ...pick('country'), offset: readOffset(req.query), limit: 20 });
    const title = page.t('organisations.title');
    const body = html`<h1>${title}</h1><p class="lead">${page.t('organisations.intro')}</p>
      ${can(req.actor, 'organisation.create') ? html`<p><a class="button" href="/organisations/new">${page.t('organisations.new')}</a></p>` : ''}
      ${filterForm(page, req.query)}
      <p class="results-count" role="status">${resultRange(page, list)}</p>
      ${items.length ? html`<ul class="card-list">${items.map((organisation) => html`<li>${organisationCard(page, organisation)}</li>`)}</ul>` : html`<p>${page.t('organisations.empty')}</p>`}
      ${pagination(page, list)}`;
    res.type('html').send(renderPage(page, { title, description: page.t('organisations.intro'), body, canonicalPath: '/organisations' }));
  });

  router.get('/organisations/new', (req, res) => {
    if (!req.user) return res.redirect(303, `/sign-in?next=${encodeURIComponent('/organisations/new')}`);
    renderNewForm(req, res, {});
  });
  router.post('/organisations/new', async (req, res) => {
    const values = pickFields(req.body, organisationFields);
    const result = await attempt(() => createOrganisation(ctx, req.actor, values));
    if (!result.ok) return renderNewForm(req, res, values, result.error);
    res.redirect(303, `/organisations/${result.value.slug}?done=created`);
  });

  router.get('/organisations/:slug', async (req, res) => {
    await renderOrganisation(ctx, req, res, await loadOrganisation(ctx, req.actor, req.params.slug));
  });

  const formAction = (path: string, run: (loaded: LoadedOrganisation, req: Request) => Promise<unknown>, done: string) => {
    router.post(`/organisations/:slug/${path}`, async (req, res) => {
      const loaded = await loadOrganisation(ctx, req.actor, req.params.slug);
      const result = await attempt(() => run(loaded, req));
      if (!result.ok) return renderOrganisation(ctx, req, res, await loadOrganisation(ctx, req.actor, req.params.slug), result.error);
      res.redirect(303, `/organisations/${loaded.organisation.slug}?done=${done}`);
    });
  };
  formAction('join', (loaded, req) => requestOrganisationMembership(ctx, req.actor, loaded.organisation._id), 'requested');
  formAction('accept', (loaded, req) => acceptOrganisationInvitation(ctx, req.actor, loaded.organisation._id), 'joined');
  formAction('leave', (loaded, req) => removeOrganisationMember(ctx, req.actor, loaded.organisation._id, req.actor.userId), 'left');
  router.post('/organisations/:slug/members/invite', async (req, res) => {
    const loaded = await loadOrganisation(ctx, req.actor, req.params.slug);
    const result = await attempt(() => inviteOrganisationMember(ctx, req.actor, loaded.organisation._id, { ...pickFields(req.body, ['email', 'role']), locale: pageContext(req).locale }));
    if (!result.ok) return renderOrganisation(ctx, req, res, loaded, result.error);
    res.redirect(303, `/organisations/${loaded.organisation.slug}?done=${result.value.kind === 'email' ? 'invitedByEmail' : 'invited'}`);
  });

  const invitationPage = async (req: Request, res: Response, error?: AppError): Promise<void> => {
    const page = pageContext(req);
    const token = String(req.params.token);
    const path = `/organisations/invitations/${encodeURIComponent(token)}`;
    const title = page.t('organisations.emailInvite.title');
    const found = error ? null : await attempt(() => readOrganisationInvite(ctx, token));
    const problem = error ?? (found && !found.ok ? found.error : undefined);
    let content: SafeHtml;
    if (problem || !found?.ok) content = html`<div class="error-summary" role="alert" tabindex="-1"><p>${problem ? errorText(page.locale, problem) : ''}</p></div><p><a href="/organisations">${page.t('organisations.title')}</a></p>`;
    else {
      const { invite, organisation } = found.value;
      const facts = page.t('organisations.emailInvite.body', { organisation: organisation.name, role: page.t(`organisations.role.${invite.role}`), date: page.date(invite.expiresAt) });
      content = html`<p class="lead">${facts}</p>
        ${page.user ? html`<form method="post" action="${path}">${csrfField(page)}<button type="submit" class="button primary">${page.t('organisations.accept')}</button></form>`
          : html`<p>${page.t('organisations.emailInvite.newHere')}</p>
            <p class="inline-list"><a class="button primary" href="/register?next=${encodeURIComponent(path)}&amp;email=${encodeURIComponent(invite.email)}">${page.t('organisations.emailInvite.register')}</a>
            <a class="button secondary" href="/sign-in?next=${encodeURIComponent(path)}">${page.t('organisations.emailInvite.signIn')}</a></p>`}
        <p><a href="/organisations/${organisation.slug}">${organisation.name}</a></p>`;
    }
    res.status(problem ? problem.status : 200).type('html').send(renderPage(page, { title, body: html`<section class="narrow"><h1>${title}</h1>${content}</section>`, noIndex: true }));
  };
  router.get('/organisations/invitations/:token', async (req, res) => invitationPage(req, res));
  router.post('/organisations/invitations/:token', async (req, res) => {
    if (!req.user) return res.redirect(303, `/sign-in?next=${encodeURIComponent(`/organisations/invitations/${String(req.params.token)}`)}`);
    const result = await attempt(() => acceptOrganisationEmailInvite(ctx, req.actor, req.params.token));
    if (!result.ok) return invitationPage(req, res, result.error);
    res.redirect(303, `/organisations/${result.value.organisation.slug}?done=joined`);
  });
  formAction('content', (loaded, req) => addOrganisationContent(ctx, req.actor, loaded.organisation._id, pickFields(req.body, ['address'])), 'contentAdded');
  formAction('content/remove', (loaded, req) => removeOrganisationContent(ctx, req.actor, loaded.organisation._id, pickFields(req.body, ['type', 'id'])), 'contentRemoved');
  formAction('invitations/:inviteId/withdraw', (loaded, req) => withdrawOrganisationInvite(ctx, req.actor, loaded.organisation._id, req.params.inviteId), 'invitationWithdrawn');
  const removeMember = (loaded: LoadedOrganisation, req: Request) => removeOrganisationMember(ctx, req.actor, loaded.organisation._id, req.params.userId);
  formAction('members/:userId/withdraw', removeMember, 'invitationWithdrawn');
  formAction('members/:userId/decline', removeMember, 'declined');
  formAction('members/:userId/approve', (loaded, req) => approveOrganisationRequest(ctx, req.actor, loaded.organisation._id, req.params.userId), 'approved');

  return router;
}
