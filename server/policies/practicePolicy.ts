// Who may see and move practices through the workflow: authors edit their own drafts; organisers review, publish
// and curate, but never their own practice (two-person rule); administrators may do everything.
import type { Actor } from '../context.js';
import type { PracticeState } from '../models/practice.js';
import { isAdmin, isOrganiser, isSelf, isSignedIn } from './roles.js';

/** What a policy needs to know about a practice. */
export interface PracticeAccess {
  readonly authorId: string;
  readonly state: PracticeState;
  /** Whether it has ever been published (a never-published draft may be deleted). */
  readonly everPublished: boolean;
}

/** What a policy needs to know about a pending change of a published practice (its record or a translation). */
export interface PracticeChangeAccess extends PracticeAccess {
  /** Who wrote the change (for a translation: the translator). */
  readonly changeAuthorId: string;
}

/** States in which the author may still change the content. */
export const authorEditableStates: readonly PracticeState[] = ['draft', 'changes-requested', 'unpublished'];

const isAuthor = (actor: Actor, p: PracticeAccess): boolean => isSelf(actor, p.authorId);
const seesInternals = (actor: Actor, p: PracticeAccess): boolean => isAuthor(actor, p) || isOrganiser(actor);
/** Reviewing actions: an organiser on someone else's practice, or an administrator on any. */
const reviews = (actor: Actor, p: PracticeAccess): boolean => isAdmin(actor) || (isOrganiser(actor) && !isAuthor(actor, p));

export const practiceRules = {
  'practice.create': (actor: Actor) => isSignedIn(actor),
  'practice.view': (actor: Actor, p: PracticeAccess) => p.state === 'published' || seesInternals(actor, p),
  /** Review comments, revisions and the audit trail. */
  'practice.viewInternals': (actor: Actor, p: PracticeAccess) => seesInternals(actor, p),
  /** Lists of non-published practices by other authors. */
  'practice.listAllStates': (actor: Actor) => isOrganiser(actor),
  /** The contact person is for members only (§4). */
  'practice.viewContact': (actor: Actor) => isSignedIn(actor),
  'practice.update': (actor: Actor, p: PracticeAccess) =>
    isAdmin(actor) || (isAuthor(actor, p) && authorEditableStates.includes(p.state)),
  'practice.submit': (actor: Actor, p: PracticeAccess) => isAuthor(actor, p) || isAdmin(actor),
  'practice.startReview': reviews,
  'practice.requestChanges': reviews,
  'practice.publish': reviews,
  'practice.unpublish': reviews,
  'practice.archive': reviews,
  'practice.restore': reviews,
  'practice.feature': reviews,
  /** Editing a published practice: the change waits for review while the published version stays live. */
  'practice.proposeChange': (actor: Actor, p: PracticeAccess) => p.state === 'published' && (isAuthor(actor, p) || isAdmin(actor)),
  /** Any member may offer a translation of a published practice (a partner's translation), as may its author. */
  'practice.translate': (actor: Actor, p: PracticeAccess) => isSignedIn(actor) && p.state === 'published',
  /** Editing an existing pending change: whoever wrote it, the practice's author, or an administrator. */
  'practice.editChange': (actor: Actor, c: PracticeChangeAccess) =>
    c.state === 'published' && (isSelf(actor, c.changeAuthorId) || isAuthor(actor, c) || isAdmin(actor)),
  'practice.discardChange': (actor: Actor, c: PracticeChangeAccess) => isSelf(actor, c.changeAuthorId) || isAuthor(actor, c) || isAdmin(actor),
  /** Reading a pending change: who may edit or review it. */
  'practice.viewChange': (actor: Actor, c: PracticeChangeAccess) => isSelf(actor, c.changeAuthorId) || seesInternals(actor, c),
  /** Publishing or returning a change: a reviewer who wrote neither the practice nor the change (two-person rule). */
  'practice.reviewChange': (actor: Actor, c: PracticeChangeAccess) =>
    isAdmin(actor) || (isOrganiser(actor) && !isAuthor(actor, c) && !isSelf(actor, c.changeAuthorId)),
  /** A minor change (wording and links only) the author may publish without review. */
  'practice.publishMinorChange': (actor: Actor, c: PracticeChangeAccess) =>
    c.state === 'published' && (isAdmin(actor) || (isAuthor(actor, c) && isSelf(actor, c.changeAuthorId))),
  'practice.delete': (actor: Actor, p: PracticeAccess) =>
    (isAuthor(actor, p) || isAdmin(actor)) && p.state === 'draft' && !p.everPublished,
};
