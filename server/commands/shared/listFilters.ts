// Filter pieces shared by the list commands of practices and resources: which workflow states a reader's list may
// hold, the competence filter `digCompEdu:2.1` / `digComp:1.3`, and the sort orders.
import { Types, type SortOrder } from 'mongoose';
import type { Actor } from '../../context.js';
import { unauthenticated } from '../../errors.js';

export interface StateQuery {
  readonly state?: string;
  readonly mine?: boolean;
}

/**
 * The asked-for state, all of the reader's own with `mine`, else published only. Other states are listed for
 * readers who may list all states (organisers); anyone else sees only their own in them.
 */
export function listVisibilityFilter(actor: Actor, query: StateQuery, mayListAllStates: boolean, what: string): Record<string, unknown> {
  if (query.mine && !actor.userId) throw unauthenticated(`Sign in to list your own ${what}.`);
  const own = query.mine ? { authorId: new Types.ObjectId(actor.userId ?? undefined) } : {};
  const state = query.state ?? (query.mine ? undefined : 'published');
  if (state === undefined) return own;
  if (state === 'published' || mayListAllStates) return { ...own, state };
  if (!actor.userId) return { _id: { $exists: false } };
  return { state, authorId: new Types.ObjectId(actor.userId) };
}

/** `digCompEdu:2.1` → `{ digCompEdu: '2.1' }` (the value was validated by competenceSchema). */
export function competenceFilter(competence: string): Record<string, string> {
  const [framework, id] = competence.split(':') as ['digCompEdu' | 'digComp', string];
  return { [framework]: id };
}

/** The list orders of practices and resources; `_id` last keeps pages stable. */
export const listSorts: Readonly<Record<'newest' | 'updated' | 'title', Record<string, SortOrder>>> = {
  newest: { publishedAt: -1, createdAt: -1, _id: -1 },
  updated: { updatedAt: -1, _id: -1 },
  title: { sortTitle: 1, _id: 1 },
};
