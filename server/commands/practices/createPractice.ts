// Creates a practice draft for the signed-in author: validates the input, renders Markdown, claims a unique slug,
// records revision 1 and the audit entry, and marks search work.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { createPracticeSchema } from './schemas.js';
import type { Practice, PracticeEditableFields } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { changedFields, recordRevision } from '../shared/revisions.js';
import { freeSlug, withSlugRetry } from '../shared/slugs.js';
import { checkConsistency, normalizeTexts, storedFields } from './practiceContent.js';

export async function createPractice(ctx: AppContext, actor: Actor, input: unknown): Promise<Practice> {
  authorize(actor, 'practice.create');
  const data = parseInput(createPracticeSchema, input, 'practice');
  const fields = {
    ...data,
    licence: data.licence ?? 'cc-by-4.0',
    texts: normalizeTexts(data.texts, data.originalLanguage),
  } as PracticeEditableFields;
  checkConsistency(fields);
  const { set } = storedFields(fields);
  const title = fields.texts[fields.originalLanguage]?.title ?? '';
  const created = await withSlugRetry(async () =>
    ctx.models.Practice.create({
      ...set,
      slug: await freeSlug(ctx.models.Practice, title),
      state: 'draft',
      authorId: new Types.ObjectId(actor.userId ?? undefined),
    }),
  );
  const practice = created.toObject({ flattenMaps: true }) as Practice;
  await recordRevision(ctx.models.PracticeRevision, actor, {
    subjectId: practice._id,
    rev: practice.rev,
    changedFields: changedFields({}, fields as unknown as Record<string, unknown>),
    snapshot: fields as unknown as Record<string, unknown>,
  });
  await recordAudit(ctx, actor, { action: 'practice.create', subjectType: 'practice', subjectId: String(practice._id) });
  ctx.events.emit('search.pending');
  return practice;
}
