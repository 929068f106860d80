// Who may do what with accounts.
import type { Actor } from '../context.js';
import { isAdmin, isSelf, isSignedIn } from './roles.js';

export const accountRules = {
  'account.register': (actor: Actor) => !isSignedIn(actor),
  'account.changePassword': (actor: Actor, subject: { userId: string }) => isSelf(actor, subject.userId),
  'account.updateProfile': (actor: Actor, subject: { userId: string }) => isSelf(actor, subject.userId) || isAdmin(actor),
  'account.changeRoles': (actor: Actor) => isAdmin(actor),
  'account.list': (actor: Actor) => isAdmin(actor),
  /** Posting and publishing need a confirmed address where the site asks for one (REQUIRE_VERIFIED_EMAIL). */
  'account.contribute': (actor: Actor, subject: { verificationRequired: boolean }) => !subject.verificationRequired || actor.emailVerified !== false,
  /** Administrators suspend and reinstate accounts, never their own. */
  'account.suspend': (actor: Actor, subject: { userId: string }) => isAdmin(actor) && !isSelf(actor, subject.userId),
};
