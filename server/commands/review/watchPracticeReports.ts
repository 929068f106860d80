// Checks that the actor may follow the site's queue of reported practices live (the site's moderators).
import type { Actor } from '../../context.js';
import { authorize } from '../../policies/index.js';

export function watchPracticeReports(actor: Actor): void {
  authorize(actor, 'flag.reviewSite');
}
