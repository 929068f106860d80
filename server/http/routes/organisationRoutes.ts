// /api/organisations: list, create, read (by id or slug), edit; members, requests to join, invitations and roles;
// invitations by e-mail (listed and withdrawn by its admins; read and accepted at /api/organisation-invitations/:token); the practices and resources that belong to it, and the organisations a person may write for (/api/me/organisations).
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { acceptOrganisationInvitation } from '../../commands/organisations/acceptOrganisationInvitation.js';
import { approveOrganisationRequest } from '../../commands/organisations/approveOrganisationRequest.js';
import { createOrganisation } from '../../commands/organisations/createOrganisation.js';
import { inviteOrganisationMember } from '../../commands/organisations/inviteOrganisationMember.js';
import { acceptOrganisationEmailInvite, readOrganisationInvite } from '../../commands/organisations/organisationEmailInvites.js';
import { listPendingOrganisationInvites, withdrawOrganisationInvite } from '../../commands/organisations/pendingOrganisationInvites.js';
import { listOrganisationMembers } from '../../commands/organisations/listOrganisationMembers.js';
import { listOrganisations } from '../../commands/organisations/listOrganisations.js';
import { loadOrganisation } from '../../commands/organisations/loadOrganisation.js';
import { addOrganisationContent, authoringOrganisations, listOrganisationContent, removeOrganisationContent } from '../../commands/organisations/organisationContent.js';
import { removeOrganisationMember } from '../../commands/organisations/removeOrganisationMember.js';
import { requestOrganisationMembership } from '../../commands/organisations/requestOrganisationMembership.js';
import { setOrganisationMemberRole } from '../../commands/organisations/setOrganisationMemberRole.js';
import { updateOrganisation } from '../../commands/organisations/updateOrganisation.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { presentEmailInvite, presentOrganisation, presentOrganisationMember, presentPendingInvite } from '../../presenters/organisationPresenter.js';

export function organisationRoutes(ctx: AppContext): Router {
  const router = Router();
  const member = async (membership: OrganisationMembership) => presentOrganisationMember(membership, await loadDisplayNames(ctx, [membership.userId]));

  router.get('/organisations', async (req, res) => {
    const { items, page } = await listOrganisations(ctx, req.query);
    res.json({ data: items.map((organisation) => presentOrganisation(organisation)), page });
  });
  router.post('/organisations', async (req, res) => {
    const organisation = await createOrganisation(ctx, req.actor, req.body);
    const { membership } = await loadOrganisation(ctx, req.actor, organisation._id);
    res.status(201).json({ data: presentOrganisation(organisation, membership) });
  });
  router.get('/me/organisations', async (req, res) => {
    res.json({ data: (await authoringOrganisations(ctx, req.actor)).map((organisation) => presentOrganisation(organisation)) });
  });
  router.get('/organisations/:id', async (req, res) => {
    const { organisation, membership } = await loadOrganisation(ctx, req.actor, req.params.id);
    res.json({ data: presentOrganisation(organisation, membership) });
  });
  router.patch('/organisations/:id', async (req, res) => {
    const organisation = await updateOrganisation(ctx, req.actor, req.params.id, req.body);
    const { membership } = await loadOrganisation(ctx, req.actor, organisation._id);
    res.json({ data: presentOrganisation(organisation, membership) });
  });
  router.get('/organisations/:id/content', async (req, res) => {
    const { organisation } = await loadOrganisation(ctx, req.actor, req.params.id);
    res.json({ data: await listOrganisationContent(ctx, req.actor, organisation) });
  });
  router.post('/organisations/:id/content', async (req, res) => {
    const { organisation } = await addOrganisationContent(ctx, req.actor, req.params.id, req.body);
    res.json({ data: await listOrganisationContent(ctx, req.actor, organisation) });
  });
  router.post('/organisations/:id/content/remove', async (req, res) => {
    const { organisation } = await removeOrganisationContent(ctx, req.actor, req.params.id, req.body);
    res.json({ data: await listOrganisationContent(ctx, req.actor, organisation) });
  });
  router.get('/organisations/:id/members', async (req, res) => {
    const { items, page } = await listOrganisationMembers(ctx, req.actor, req.params.id, req.query);
    const names = await loadDisplayNames(ctx, items.map((m) => m.userId));
    res.json({ data: items.map((m) => presentOrganisationMember(m, names)), page });
  });
  router.post('/organisations/:id/members/requests', async (req, res) => {
    res.status(202).json({ data: await member(await requestOrganisationMembership(ctx, req.actor, req.params.id)) });
  });
  router.post('/organisations/:id/members/invitations', async (req, res) => {
    const invitation = await inviteOrganisationMember(ctx, req.actor, req.params.id, req.body);
    if (invitation.kind === 'email') return res.status(202).json({ data: presentEmailInvite(invitation.invite) });
    res.status(201).json({ data: await member(invitation.membership) });
  });
  router.get('/organisations/:id/invitations', async (req, res) => {
    const { items, page } = await listPendingOrganisationInvites(ctx, req.actor, req.params.id, req.query);
    const names = await loadDisplayNames(ctx, items.map((invite) => invite.createdBy));
    res.json({ data: items.map((invite) => presentPendingInvite(invite, names)), page });
  });
  router.delete('/organisations/:id/invitations/:inviteId', async (req, res) => {
    await withdrawOrganisationInvite(ctx, req.actor, req.params.id, req.params.inviteId);
    res.status(204).end();
  });
  router.get('/organisation-invitations/:token', async (req, res) => {
    const { invite, organisation } = await readOrganisationInvite(ctx, req.params.token);
    res.json({ data: { ...presentEmailInvite(invite), organisation: presentOrganisation(organisation) } });
  });
  router.post('/organisation-invitations/:token/accept', async (req, res) => {
    const { organisation, membership } = await acceptOrganisationEmailInvite(ctx, req.actor, req.params.token);
    res.json({ data: { organisation: presentOrganisation(organisation, membership), membership: await member(membership) } });
  });
  router.post('/organisations/:id/members/accept', async (req, res) => {
    res.json({ data: await member(await acceptOrganisationInvitation(ctx, req.actor, req.params.id)) });
  });
  router.post('/organisations/:id/members/:userId/approve', async (req, res) => {
    res.json({ data: await member(await approveOrganisationRequest(ctx, req.actor, req.params.id, req.params.userId)) });
  });
  router.post('/organisations/:id/members/:userId/role', async (req, res) => {
    res.json({ data: await member(await setOrganisationMemberRole(ctx, req.actor, req.params.id, req.params.userId, req.body)) });
  });
  router.delete('/organisations/:id/members/:userId', async (req, res) => {
    await removeOrganisationMember(ctx, req.actor, req.params.id, req.params.userId);
    res.status(204).end();
  });
  return router;
}
