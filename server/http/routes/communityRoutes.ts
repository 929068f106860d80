// /api/communities: list, create, get (by id or slug), update; members, join requests, roles, bans, mutes;
// invitations; the audit log; the community's flag queue; its threads and rooms.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { acceptInvite } from '../../commands/communities/acceptInvite.js';
import { approveJoinRequest } from '../../commands/communities/approveJoinRequest.js';
import { banMember } from '../../commands/communities/banMember.js';
import { createCommunity } from '../../commands/communities/createCommunity.js';
import { inviteByEmail } from '../../commands/communities/inviteByEmail.js';
import { createInvite } from '../../commands/communities/createInvite.js';
import { getCommunity } from '../../commands/communities/getCommunity.js';
import { joinCommunity } from '../../commands/communities/joinCommunity.js';
import { leaveCommunity } from '../../commands/communities/leaveCommunity.js';
import { listAudit } from '../../commands/communities/listAudit.js';
import { listCommunities } from '../../commands/communities/listCommunities.js';
import { listMembers } from '../../commands/communities/listMembers.js';
import { muteMember } from '../../commands/communities/muteMember.js';
import { rejectJoinRequest } from '../../commands/communities/rejectJoinRequest.js';
import { requestToJoin } from '../../commands/communities/requestToJoin.js';
import { setMemberRole } from '../../commands/communities/setMemberRole.js';
import { unbanMember } from '../../commands/communities/unbanMember.js';
import { updateCommunity } from '../../commands/communities/updateCommunity.js';
import { presentCommunity, presentInvite, presentMember, presentViewerMembership } from '../../presenters/communityPresenter.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { presentAuditEntry } from '../../presenters/moderationPresenter.js';

export function communityRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/communities', async (req, res) => {
    const { items, page } = await listCommunities(ctx, req.actor, req.query);
    res.json({ data: items.map((item) => presentCommunity(item.community, item.membership)), page });
  });
  router.post('/communities', async (req, res) => {
    const community = await createCommunity(ctx, req.actor, req.body);
    const { membership } = await getCommunity(ctx, req.actor, String(community._id));
    res.status(201).json({ data: presentCommunity(community, membership) });
  });
  router.get('/communities/:id', async (req, res) => {
    const { community, membership } = await getCommunity(ctx, req.actor, req.params.id);
    res.json({ data: presentCommunity(community, membership) });
  });
  router.patch('/communities/:id', async (req, res) => {
    const community = await updateCommunity(ctx, req.actor, req.params.id, req.body);
    const { membership } = await getCommunity(ctx, req.actor, req.params.id);
    res.json({ data: presentCommunity(community, membership) });
  });

  router.get('/communities/:id/members', async (req, res) => {
    const { items, page } = await listMembers(ctx, req.actor, req.params.id, req.query);
    const names = await loadDisplayNames(ctx, items.map((m) => m.userId));
    res.json({ data: items.map((m) => presentMember(m, names)), page });
  });
  router.post('/communities/:id/members/join', async (req, res) => {
    res.json({ data: presentViewerMembership(await joinCommunity(ctx, req.actor, req.params.id)) });
  });
  router.post('/communities/:id/members/leave', async (req, res) => {
    await leaveCommunity(ctx, req.actor, req.params.id);
    res.status(204).end();
  });
  router.post('/communities/:id/members/requests', async (req, res) => {
    res.status(202).json({ data: presentViewerMembership(await requestToJoin(ctx, req.actor, req.params.id)) });
  });
  router.post('/communities/:id/members/:userId/approve', async (req, res) => {
    const membership = await approveJoinRequest(ctx, req.actor, req.params.id, req.params.userId);
    res.json({ data: presentMember(membership, await loadDisplayNames(ctx, [membership.userId])) });
  });
  router.post('/communities/:id/members/:userId/reject', async (req, res) => {
    await rejectJoinRequest(ctx, req.actor, req.params.id, req.params.userId, req.body);
    res.status(204).end();
  });
  router.post('/communities/:id/members/:userId/role', async (req, res) => {
    const membership = await setMemberRole(ctx, req.actor, req.params.id, req.params.userId, req.body);
    res.json({ data: presentMember(membership, await loadDisplayNames(ctx, [membership.userId])) });
  });
  router.post('/communities/:id/members/:userId/ban', async (req, res) => {
    await banMember(ctx, req.actor, req.params.id, req.params.userId, req.body);
    res.status(204).end();
  });
  router.post('/communities/:id/members/:userId/unban', async (req, res) => {
    await unbanMember(ctx, req.actor, req.params.id, req.params.userId, req.body);
    res.status(204).end();
  });
  router.post('/communities/:id/members/:userId/mute', async (req, res) => {
    const membership = await muteMember(ctx, req.actor, req.params.id, req.params.userId, req.body);
    res.json({ data: presentMember(membership, await loadDisplayNames(ctx, [membership.userId])) });
  });

  router.post('/communities/:id/invites', async (req, res) => {
    const { invite, token } = await createInvite(ctx, req.actor, req.params.id, req.body);
    res.status(201).json({ data: presentInvite(invite, token) });
  });
  router.post('/communities/:id/invites/email', async (req, res) => {
    res.status(201).json({ data: presentInvite(await inviteByEmail(ctx, req.actor, req.params.id, req.body)) });
  });
  router.post('/invites/:token/accept', async (req, res) => {
    const { community, membership } = await acceptInvite(ctx, req.actor, req.params.token);
    res.json({ data: presentCommunity(community, membership) });
  });

  router.get('/communities/:id/audit', async (req, res) => {
    const { items, page } = await listAudit(ctx, req.actor, req.params.id, req.query);
    const names = await loadDisplayNames(ctx, items.map((entry) => entry.actorId));
    res.json({ data: items.map((entry) => presentAuditEntry(entry, names)), page });
  });

  return router;
}
