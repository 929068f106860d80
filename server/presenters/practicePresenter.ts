// Shapes a practice for the outside: the full record, or a summary for lists. The contact person only for signed-in
// readers (§4); review comments and workflow internals only for the author, organisers and administrators.
import type { Actor } from '../context.js';
import type { Practice, PracticeText } from '../models/practice.js';
import type { Revision } from '../models/revision.js';
import { can } from '../policies/index.js';
import { accessOf } from '../commands/practices/loadPractice.js';
import { personRef, type DisplayNames } from './displayNames.js';
import { publicLanguages } from './publicTexts.js';

const iso = (date: Date | null | undefined): string | null => (date ? new Date(date).toISOString() : null);

function presentText(text: PracticeText) {
  const { provenance, reviewed, title, excerpt, ...rest } = text;
  return { provenance, reviewed, title: title ?? null, excerpt: excerpt ?? null, ...rest };
}

/** What every view of a practice shows: identity, classification, state and dates. */
function presentCore(practice: Practice, names: DisplayNames) {
  return {
    id: String(practice._id),
    slug: practice.slug,
    state: practice.state,
    rev: practice.rev,
    author: personRef(names, practice.authorId),
    communityId: practice.communityId ? String(practice.communityId) : null,
    originalLanguage: practice.originalLanguage,
    languages: [...practice.languages],
    country: practice.country ?? null,
    region: practice.region ?? null,
    sector: practice.sector ?? null,
    practiceType: practice.practiceType ?? null,
    educationLevels: practice.educationLevels ?? [],
    digCompEdu: practice.digCompEdu ?? [],
    digComp: practice.digComp ?? [],
    evidenceLevel: practice.evidenceLevel ?? null,
    featured: practice.featured,
    publishAt: iso(practice.publishAt),
    publishTimeZone: practice.publishTimeZone ?? null,
    publishedAt: iso(practice.publishedAt),
    createdAt: iso(practice.createdAt),
    updatedAt: iso(practice.updatedAt),
  };
}

export function presentPracticeSummary(practice: Practice, names: DisplayNames) {
  const texts = Object.fromEntries(
    Object.entries(practice.texts).map(([lang, text]) => [
      lang,
      { provenance: text.provenance, reviewed: text.reviewed, title: text.title ?? null, excerpt: text.excerpt ?? null },
    ]),
  );
  return { ...presentCore(practice, names), texts };
}

/** Pending changes the actor may see (their own translation, or all of them for the author and organisers). */
function presentPendingChanges(practice: Practice, actor: Actor, names: DisplayNames) {
  return Object.entries(practice.pendingChanges ?? {})
    .filter(([, change]) => can(actor, 'practice.viewChange', { ...accessOf(practice), changeAuthorId: String(change.authorId) }))
    .map(([target, change]) => ({
      target,
      state: change.state,
      author: personRef(names, change.authorId),
      updatedAt: iso(change.updatedAt),
      note: change.note ?? null,
      minor: change.minor ?? false,
      reviewComment: change.reviewComment ?? null,
      fields: change.fields,
    }));
}

export function presentPractice(practice: Practice, actor: Actor, names: DisplayNames) {
  const internals = can(actor, 'practice.viewInternals', accessOf(practice));
  const shownLanguages = new Set(internals ? Object.keys(practice.texts) : publicLanguages(practice));
  return {
    ...presentCore(practice, names),
    texts: Object.fromEntries(Object.entries(practice.texts).filter(([lang]) => shownLanguages.has(lang)).map(([lang, text]) => [lang, presentText(text)])),
    contentUpdatedAt: iso(practice.contentUpdatedAt),
    changeLog: (practice.changeLog ?? []).map((entry) => ({
      at: iso(entry.at), target: entry.target, rev: entry.rev, note: entry.note ?? null, minor: entry.minor, author: personRef(names, entry.authorId),
    })),
    pendingChanges: presentPendingChanges(practice, actor, names),
    previousSlugs: [...practice.previousSlugs],
    organisation: { id: practice.organisationId ? String(practice.organisationId) : null, name: practice.organisation?.name ?? null, ownerType: practice.organisation?.ownerType ?? null },
    targetGroups: practice.targetGroups ?? [],
    lifecycleStage: practice.lifecycleStage ?? null,
    startDate: practice.startDate ?? null,
    endDate: practice.endDate ?? null,
    scale: { ...practice.scale },
    selfieAreas: practice.selfieAreas ?? [],
    evidenceTypes: practice.evidenceTypes ?? [],
    licence: practice.licence,
    programme: practice.programme ?? null,
    funding: practice.funding ?? null,
    tags: practice.tags ?? [],
    attachments: practice.attachments.map((a) => ({ uploadId: String(a.uploadId), licence: a.licence, caption: a.caption ?? null, alt: a.alt ?? null })),
    contact: can(actor, 'practice.viewContact') ? { name: practice.contact?.name ?? null, email: practice.contact?.email ?? null } : null,
    reviewers: practice.reviewers.map((id) => personRef(names, id)),
    lastVerifiedAt: iso(practice.lastVerifiedAt),
    reviewDueAt: iso(practice.reviewDueAt),
    reviewComments: internals
      ? practice.reviewComments.map((c) => ({
          author: personRef(names, c.authorId),
          at: iso(c.at),
          comment: c.comment,
          commentHtml: c.commentHtml,
          fieldComments: c.fieldComments.map((f) => ({ field: f.field, comment: f.comment })),
        }))
      : [],
  };
}

/** The user ids a practice view mentions, for loadDisplayNames. */
export function practicePeople(practice: Practice): string[] {
  return [
    practice.authorId,
    ...practice.reviewers,
    ...practice.reviewComments.map((c) => c.authorId),
    ...(practice.changeLog ?? []).map((entry) => entry.authorId),
    ...Object.values(practice.pendingChanges ?? {}).map((change) => change.authorId),
  ].map(String);
}

export function presentRevision(revision: Revision, names: DisplayNames, withSnapshot: boolean) {
  return {
    rev: revision.rev,
    author: personRef(names, revision.authorId),
    at: iso(revision.at),
    changedFields: [...revision.changedFields],
    ...(withSnapshot ? { snapshot: revision.snapshot } : {}),
  };
}
