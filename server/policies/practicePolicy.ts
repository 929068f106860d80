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
  'practice.delete': (actor: Actor, p: PracticeAccess) =>
    (isAuthor(actor, p) || isAdmin(actor)) && p.state === 'draft' && !p.everPublished,
};
