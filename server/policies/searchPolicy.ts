// Who may see what readers search for.
import type { Actor } from '../context.js';
import { isOrganiser } from './roles.js';

export const searchRules = {
  /** Search analytics (aggregated queries, no personal data) help organisers close vocabulary and content gaps. */
  'search.viewAnalytics': (actor: Actor) => isOrganiser(actor),
};
