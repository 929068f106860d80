// Who may see and change resources: members create drafts of their own and edit them while drafts; organisers
// and administrators publish, unpublish, archive and restore; administrators edit everything.
import type { Actor } from '../context.js';
import type { ResourceState } from '../models/resource.js';
import { isAdmin, isOrganiser, isSelf, isSignedIn } from './roles.js';

/** What a policy needs to know about a resource. */
export interface ResourceAccess {
  readonly authorId: string;
  readonly state: ResourceState;
}

const isAuthor = (actor: Actor, r: ResourceAccess): boolean => isSelf(actor, r.authorId);
const curates = (actor: Actor): boolean => isOrganiser(actor);

export const resourceRules = {
  'resource.create': (actor: Actor) => isSignedIn(actor),
  'resource.view': (actor: Actor, r: ResourceAccess) => r.state === 'published' || isAuthor(actor, r) || curates(actor),
  /** Lists of non-published resources by other authors. */
  'resource.listAllStates': (actor: Actor) => curates(actor),
  'resource.update': (actor: Actor, r: ResourceAccess) => isAdmin(actor) || (isAuthor(actor, r) && r.state === 'draft'),
  'resource.publish': (actor: Actor) => curates(actor),
  'resource.unpublish': (actor: Actor) => curates(actor),
  'resource.archive': (actor: Actor) => curates(actor),
  'resource.restore': (actor: Actor) => curates(actor),
};
