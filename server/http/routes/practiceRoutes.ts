// /api/practices: lists with filters, read by id or slug (old slugs redirect), create, edit, one endpoint per
// workflow transition, delete, revisions and the audit trail; translations and the steps of a published practice's
// pending changes.
import { setItemOrganisation } from '../../commands/organisations/organisationContent.js';
import { proposeAttachment, reorderProposedAttachments, withdrawAttachment } from '../../commands/practices/changePracticeAttachments.js';
import { reorderPracticeAttachments } from '../../commands/practices/reorderPracticeAttachments.js';
import { Router, type Request, type Response } from 'express';
import type { AppContext } from '../../context.js';
import { archivePractice, restorePractice } from '../../commands/practices/archivePractice.js';
import { createPractice } from '../../commands/practices/createPractice.js';
import { discardPracticeChange } from '../../commands/practices/discardPracticeChange.js';
import { publishPracticeChange } from '../../commands/practices/publishPracticeChange.js';
import { returnPracticeChange } from '../../commands/practices/returnPracticeChange.js';
import { addTranslation, editTranslation } from '../../commands/practices/saveTranslation.js';
import { submitPracticeChange } from '../../commands/practices/submitPracticeChange.js';
import { deletePractice } from '../../commands/practices/deletePractice.js';
import { featurePractice } from '../../commands/practices/featurePractice.js';
import { getPracticeRevision, listPracticeAudit, listPracticeRevisions } from '../../commands/practices/practiceHistory.js';
import { publishPractice } from '../../commands/practices/publishPractice.js';
import { getPractice, getPracticeBySlug, listPractices } from '../../commands/practices/readPractices.js';
import { requestChanges } from '../../commands/practices/requestChanges.js';
import { startReview } from '../../commands/practices/startReview.js';
import { submitPractice } from '../../commands/practices/submitPractice.js';
import { unpublishPractice } from '../../commands/practices/unpublishPractice.js';
import { updatePractice } from '../../commands/practices/updatePractice.js';
import type { Practice } from '../../models/practice.js';
import { loadDisplayNames } from '../../presenters/displayNames.js';
import { presentAuditEntry } from '../../presenters/moderationPresenter.js';
import { practicePeople, presentPractice, presentPracticeSummary, presentRevision } from '../../presenters/practicePresenter.js';

type Transition = (ctx: AppContext, actor: Request['actor'], id: unknown, input: unknown) => Promise<Practice>;

const transitions: Record<string, Transition> = {
  submit: (ctx, actor, id) => submitPractice(ctx, actor, id),
  'start-review': (ctx, actor, id) => startReview(ctx, actor, id),
  'request-changes': requestChanges,
  publish: publishPractice,
  unpublish: unpublishPractice,
  archive: archivePractice,
  restore: restorePractice,
  feature: featurePractice,
};

type ChangeStep = (ctx: AppContext, actor: Request['actor'], id: unknown, target: unknown, input: unknown) => Promise<Practice>;

/** The steps of a pending change (`record`, or a translation's language) of a published practice. */
const changeSteps: Record<string, ChangeStep> = {
  submit: submitPracticeChange,
  publish: (ctx, actor, id, target) => publishPracticeChange(ctx, actor, id, target),
  return: returnPracticeChange,
  discard: (ctx, actor, id, target) => discardPracticeChange(ctx, actor, id, target),
};

/** The page of a list answered in full. */
const wholeList = (items: unknown[]) => ({ offset: 0, limit: items.length, total: items.length });

export function practiceRoutes(ctx: AppContext): Router {
  const router = Router();
  const sendPractice = async (req: Request, res: Response, practice: Practice, status = 200): Promise<void> => {
    const names = await loadDisplayNames(ctx, practicePeople(practice));
    res.status(status).json({ data: presentPractice(practice, req.actor, names) });
  };

  router.get('/practices', async (req, res) => {
    const { items, page } = await listPractices(ctx, req.actor, req.query);
    const names = await loadDisplayNames(ctx, items.map((p) => p.authorId));
    res.json({ data: items.map((p) => presentPracticeSummary(p, names)), page });
  });
  router.post('/practices', async (req, res) => {
    await sendPractice(req, res, await createPractice(ctx, req.actor, req.body), 201);
  });
  router.get('/practices/by-slug/:slug', async (req, res) => {
    const found = await getPracticeBySlug(ctx, req.actor, req.params.slug);
    if ('redirectTo' in found) {
      res.redirect(301, `/api/practices/by-slug/${encodeURIComponent(found.redirectTo)}`);
      return;
    }
    await sendPractice(req, res, found.practice);
  });
  router.get('/practices/:id', async (req, res) => {
    await sendPractice(req, res, await getPractice(ctx, req.actor, req.params.id));
  });
  router.patch('/practices/:id', async (req, res) => {
    await sendPractice(req, res, await updatePractice(ctx, req.actor, req.params.id, req.body));
  });
  router.delete('/practices/:id', async (req, res) => {
    await deletePractice(ctx, req.actor, req.params.id);
    res.status(204).end();
  });
  for (const [name, transition] of Object.entries(transitions)) {
    router.post(`/practices/:id/${name}`, async (req, res) => {
      await sendPractice(req, res, await transition(ctx, req.actor, req.params.id, req.body));
    });
  }
  router.put('/practices/:id/organisation', async (req, res) => {
    await setItemOrganisation(ctx, req.actor, 'practice', req.params.id, req.body);
    await sendPractice(req, res, await getPractice(ctx, req.actor, req.params.id));
  });
  router.put('/practices/:id/attachments/order', async (req, res) => {
    await sendPractice(req, res, await reorderPracticeAttachments(ctx, req.actor, req.params.id, req.body));
  });
  router.post('/practices/:id/translations', async (req, res) => {
    await sendPractice(req, res, await addTranslation(ctx, req.actor, req.params.id, req.body), 201);
  });
  router.patch('/practices/:id/translations/:language', async (req, res) => {
    await sendPractice(req, res, await editTranslation(ctx, req.actor, req.params.id, req.params.language, req.body));
  });
  router.post('/practices/:id/changes/record/attachments', async (req, res) => {
    await sendPractice(req, res, await proposeAttachment(ctx, req.actor, req.params.id, req.body));
  });
  router.put('/practices/:id/changes/record/attachments/order', async (req, res) => {
    await sendPractice(req, res, await reorderProposedAttachments(ctx, req.actor, req.params.id, req.body));
  });
  router.delete('/practices/:id/changes/record/attachments/:uploadId', async (req, res) => {
    await sendPractice(req, res, await withdrawAttachment(ctx, req.actor, req.params.id, req.params.uploadId));
  });
  for (const [name, step] of Object.entries(changeSteps)) {
    router.post(`/practices/:id/changes/:target/${name}`, async (req, res) => {
      await sendPractice(req, res, await step(ctx, req.actor, req.params.id, req.params.target, req.body));
    });
  }
  router.get('/practices/:id/revisions', async (req, res) => {
    const revisions = await listPracticeRevisions(ctx, req.actor, req.params.id);
    const names = await loadDisplayNames(ctx, revisions.map((r) => r.authorId));
    res.json({ data: revisions.map((r) => presentRevision(r, names, false)), page: wholeList(revisions) });
  });
  router.get('/practices/:id/revisions/:rev', async (req, res) => {
    const revision = await getPracticeRevision(ctx, req.actor, req.params.id, req.params.rev);
    const names = await loadDisplayNames(ctx, [revision.authorId]);
    res.json({ data: presentRevision(revision, names, true) });
  });
  router.get('/practices/:id/audit', async (req, res) => {
    const entries = await listPracticeAudit(ctx, req.actor, req.params.id);
    const names = await loadDisplayNames(ctx, entries.map((e) => e.actorId));
    res.json({ data: entries.map((e) => presentAuditEntry(e, names)), page: wholeList(entries) });
  });
  return router;
}
