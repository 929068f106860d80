// Puts a practice's attachments in the order its author chose (the order readers see them in), with a
// compare-and-set on `rev`: a stale form answers 409, an order that leaves out or adds a file answers 400.
import type { Actor, AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import type { Practice } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { updateAtRevision } from '../shared/updateAtRevision.js';
import { accessOf, loadVisiblePractice } from './loadPractice.js';
import { attachmentOrderSchema } from './schemas.js';

export async function reorderPracticeAttachments(ctx: AppContext, actor: Actor, id: unknown, input: unknown): Promise<Practice> {
  const practice = await loadVisiblePractice(ctx, actor, id);
  authorize(actor, 'practice.update', accessOf(practice));
  const { rev, order } = parseInput(attachmentOrderSchema, input, 'attachment order');
  const byId = new Map(practice.attachments.map((attachment) => [String(attachment.uploadId), attachment]));
  if (new Set(order).size !== order.length || order.length !== byId.size || order.some((uploadId) => !byId.has(uploadId))) {
    throw badRequest('attachment_order_mismatch', 'The new order must name every attached file exactly once.', [{ path: 'order', message: 'must list each attached file once' }]);
  }
  const attachments = order.map((uploadId) => byId.get(uploadId));
  const updated = await updateAtRevision(ctx.models.Practice, practice._id, rev, { $set: { attachments } }, 'The practice');
  ctx.events.emit('search.pending');
  return updated;
}
