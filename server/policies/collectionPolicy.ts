// Who may see and curate collections: organisers and administrators create them; a collection's own organisers
// (and administrators) edit, publish and unpublish it; everyone sees published ones, organisers see drafts too.
import type { Actor } from '../context.js';
import type { CollectionState } from '../models/collection.js';
import { isAdmin, isOrganiser } from './roles.js';

/** What a policy needs to know about a collection. */
export interface CollectionAccess {
  readonly state: CollectionState;
  readonly organiserIds: readonly string[];
}

const organises = (actor: Actor, c: CollectionAccess): boolean =>
  isAdmin(actor) || (isOrganiser(actor) && actor.userId !== null && c.organiserIds.includes(actor.userId));

export const collectionRules = {
  'collection.create': (actor: Actor) => isOrganiser(actor),
  /** Who may be named one of a collection's organisers. */
  'collection.beOrganiser': (actor: Actor) => isOrganiser(actor),
  'collection.view': (actor: Actor, c: CollectionAccess) => c.state === 'published' || isOrganiser(actor),
  /** Lists of draft and scheduled collections. */
  'collection.listAllStates': (actor: Actor) => isOrganiser(actor),
  'collection.update': organises,
  'collection.publish': organises,
  'collection.unpublish': organises,
};
