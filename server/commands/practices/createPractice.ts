// Creates a practice draft for the signed-in author: validates the input, renders Markdown, claims a unique slug,
// records revision 1 and the audit entry, and marks search work; written for an organisation, it belongs to it.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { createPracticeSchema } from './schemas.js';
import type { Organisation } from '../../models/organisation.js';
import type { Practice, PracticeEditableFields } from '../../models/practice.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { changedFields, recordRevision } from '../shared/revisions.js';
import { freeSlug, withSlugRetry } from '../shared/slugs.js';
import { organisationForNewItem } from '../organisations/organisationContent.js';
import { checkConsistency, normalizeTexts, storedFields } from './practiceContent.js';

type OrganisationFacts = Pick<PracticeEditableFields, 'organisation' | 'country' | 'region'>;

/** The facts of the organisation a practice is written for, where the author left them empty. */
function organisationFacts(data: OrganisationFacts, organisation: Organisation): OrganisationFacts {
  return {
    organisation: { ...data.organisation, name: data.organisation?.name || organisation.name, ownerType: data.organisation?.ownerType || organisation.type },
    country: data.country || organisation.country,
    region: data.region || organisation.region || undefined,
  };
}

export async function createPractice(ctx: AppContext, actor: Actor, input: unknown): Promise<Practice> {
  authorize(actor, 'practice.create');
  const { organisationId: organisationInput, ...data } = parseInput(createPracticeSchema, input, 'practice');
  const organisation = organisationInput ? await organisationForNewItem(ctx, actor, organisationInput) : null;
  const fields = {
    ...data,
    ...(organisation ? organisationFacts(data, organisation) : {}),
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
      organisationId: organisation?._id ?? null,
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
