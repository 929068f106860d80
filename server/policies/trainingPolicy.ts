// Who may see and run trainings and events: organisers and administrators create them; a training's own organisers
// (and administrators) edit and publish it and see its participants, attendance and feedback; everyone sees
// published ones; any signed-in person may register for a published one; a participant sees only their own records.
import type { Actor } from '../context.js';
import type { TrainingState } from '../models/training.js';
import { isAdmin, isOrganiser, isSignedIn } from './roles.js';

/** What a policy needs to know about a training. */
export interface TrainingAccess {
  readonly state: TrainingState;
  readonly organiserIds: readonly string[];
}

const organises = (actor: Actor, training: TrainingAccess): boolean =>
  isAdmin(actor) || (isOrganiser(actor) && actor.userId !== null && training.organiserIds.includes(actor.userId));

export const trainingRules = {
  'training.create': (actor: Actor) => isOrganiser(actor),
  'training.view': (actor: Actor, training: TrainingAccess) => training.state === 'published' || organises(actor, training),
  /** Lists that include drafts. */
  'training.listAllStates': (actor: Actor) => isOrganiser(actor),
  'training.update': organises,
  'training.publish': organises,
  /** Registrations, answers, attendance, completions, imports and the feedback of one training. */
  'training.manageParticipants': organises,
  'training.register': (actor: Actor, training: TrainingAccess) => isSignedIn(actor) && training.state === 'published',
  /** One's own registrations, participations, certificates and calendar. */
  'learning.viewOwn': (actor: Actor) => isSignedIn(actor),
};
