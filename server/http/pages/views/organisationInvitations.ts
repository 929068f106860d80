// The organisation admins' list of invitations still waiting for an answer: links sent by e-mail (address, role, who
// sent it, until when it is valid) and invitations to people with an account, each with a button that withdraws it.
import type { OrganisationInvite } from '../../../models/organisationInvite.js';
import type { OrganisationMembership } from '../../../models/organisationMembership.js';
import { csrfField } from '../forms.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';

interface PendingInvitations {
  readonly slug: string;
  readonly byEmail: readonly OrganisationInvite[];
  readonly byAccount: readonly OrganisationMembership[];
  readonly names: ReadonlyMap<string, string>;
}

function withdrawButton(page: PageContext, action: string, who: string): SafeHtml {
  return html`<form method="post" action="${action}" class="inline">${csrfField(page)}<button type="submit" class="button secondary" aria-label="${page.t('organisations.invitations.withdrawNamed', { who })}">${page.t('organisations.invitations.withdraw')}</button></form>`;
}

export function pendingInvitationsSection(page: PageContext, pending: PendingInvitations): SafeHtml {
  const { slug, byEmail, byAccount, names } = pending;
  const nameOf = (id: unknown) => names.get(String(id)) ?? page.t('plans.someone');
  const emailRows = byEmail.map((invite) => html`<li class="editor-item"><span class="item-name"><strong>${invite.email}</strong> · ${page.t(`organisations.role.${invite.role}`)}
      <span class="card-meta">${page.t('organisations.invitations.sent', { inviter: nameOf(invite.createdBy), date: page.date(invite.createdAt), expires: page.date(invite.expiresAt) })}</span></span>
    <span class="item-actions">${withdrawButton(page, `/organisations/${slug}/invitations/${String(invite._id)}/withdraw`, invite.email)}</span></li>`);
  const accountRows = byAccount.map((membership) => html`<li class="editor-item"><span class="item-name"><strong>${nameOf(membership.userId)}</strong> · ${page.t(`organisations.role.${membership.role}`)}
      <span class="card-meta">${page.t('organisations.invitations.unanswered', { date: page.date(membership.createdAt) })}</span></span>
    <span class="item-actions">${withdrawButton(page, `/organisations/${slug}/members/${String(membership.userId)}/withdraw`, nameOf(membership.userId))}</span></li>`);
  return html`<section aria-labelledby="invitations-heading"><h2 id="invitations-heading">${page.t('organisations.invitations.title')}</h2>
    ${byEmail.length + byAccount.length ? html`<ul class="plain-list">${emailRows}${accountRows}</ul>` : html`<p>${page.t('organisations.invitations.empty')}</p>`}
  </section>`;
}
