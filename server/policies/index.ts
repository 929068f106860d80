// All authorization: can(actor, action, subject) — no other module decides access.
import type { Actor } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';
import { accountRules } from './accountPolicy.js';
import { collectionRules } from './collectionPolicy.js';
import { communityRules } from './communityPolicy.js';
import { mailRules } from './mailPolicy.js';
import { organisationRules } from './organisationPolicy.js';
import { planRules } from './planPolicy.js';
import { practiceRules } from './practicePolicy.js';
import { programmeRules } from './programmePolicy.js';
import { resourceRules } from './resourcePolicy.js';
import { searchRules } from './searchPolicy.js';
import { selfAssessmentRules } from './selfAssessmentPolicy.js';
import { trainingRules } from './trainingPolicy.js';
import { uploadRules } from './uploadPolicy.js';

const rules = {
  ...accountRules,
  ...communityRules,
  ...practiceRules,
  ...resourceRules,
  ...collectionRules,
  ...uploadRules,
  ...mailRules,
  ...organisationRules,
  ...programmeRules,
  ...planRules,
  ...trainingRules,
  ...selfAssessmentRules,
  ...searchRules,
};

type Rules = typeof rules;
export type Action = keyof Rules;
type SubjectOf<A extends Action> = Parameters<Rules[A]> extends [Actor, infer S] ? S : undefined;
type SubjectArgs<A extends Action> = SubjectOf<A> extends undefined ? [] : [subject: SubjectOf<A>];

export function can<A extends Action>(actor: Actor, action: A, ...args: SubjectArgs<A>): boolean {
  const rule = rules[action] as (actor: Actor, subject?: unknown) => boolean;
  return rule(actor, args[0]);
}

/** Throws 401 for an anonymous actor and 403 for a signed-in one when the policy says no. */
export function authorize<A extends Action>(actor: Actor, action: A, ...args: SubjectArgs<A>): void {
  if (can(actor, action, ...args)) return;
  throw actor.userId === null ? unauthenticated() : forbidden();
}
