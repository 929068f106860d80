// A school's picture from a round (its admins only): the aggregate per area and role above the threshold, the
// number asked and answered, the comparison with another round of the same school and instrument, and plan actions
// created in the school's plan from the practices recommended for its weakest areas.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import type { AssessmentRound } from '../../models/assessmentRound.js';
import type { Instrument } from '../../models/instrument.js';
import type { Plan } from '../../models/plan.js';
import type { Practice } from '../../models/practice.js';
import { t } from '../../i18n/translate.js';
import type { InterfaceLocale } from '../../i18n/locales.js';
import { termLabel } from '../../vocab/index.js';
import { can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { planAccessFor } from '../plans/loadPlan.js';
import { savePlanItem } from '../plans/planItems.js';
import { aggregateTally, compareAggregates, type Aggregate } from './aggregates.js';
import { loadInstrumentById } from './instruments.js';
import { roundTallies } from './roundTallies.js';
import { loadManagedRound } from './rounds.js';
import { compareRoundsQuerySchema, roundPlanActionsSchema } from './schemas.js';

export interface RoundPicture {
  readonly round: AssessmentRound;
  readonly instrument: Instrument;
  readonly invited: number;
  readonly dimensions: readonly string[];
  readonly aggregate: Aggregate;
}

/** The dimensions of an instrument in the order its items first name them. */
export const dimensionsOf = (instrument: Pick<Instrument, 'items'>): string[] => [...new Set(instrument.items.map((item) => item.dimension))];

export async function picture(ctx: AppContext, round: AssessmentRound): Promise<RoundPicture> {
  const [instrument, [tally], invited] = await Promise.all([
    loadInstrumentById(ctx, round.instrumentId),
    roundTallies(ctx, [round]),
    ctx.models.OrganisationMembership.countDocuments({ organisationId: round.organisationId, state: 'active' }),
  ]);
  const dimensions = dimensionsOf(instrument);
  return { round, instrument, invited, dimensions, aggregate: aggregateTally(tally ?? { respondents: {}, cells: {} }, dimensions, instrument.levels.length, instrument.roles) };
}

export async function roundPicture(ctx: AppContext, actor: Actor, id: unknown): Promise<RoundPicture> {
  return picture(ctx, (await loadManagedRound(ctx, actor, id)).round);
}

export async function compareRounds(ctx: AppContext, actor: Actor, id: unknown, query: unknown) {
  const { with: otherId } = parseInput(compareRoundsQuerySchema, query, 'query');
  const [later, earlier] = await Promise.all([roundPicture(ctx, actor, id), roundPicture(ctx, actor, otherId)]);
  if (!later.round.organisationId.equals(earlier.round.organisationId) || later.round.instrumentKey !== earlier.round.instrumentKey) {
    throw badRequest('rounds_not_comparable', 'Only two rounds of the same school and the same self-reflection can be compared.', [{ path: 'with', message: 'is a round of another school or instrument' }]);
  }
  return { later, earlier, changes: compareAggregates(later.aggregate.overall, earlier.aggregate.overall) };
}

/** One plan action per chosen practice in the chosen goal of the school's plan, each linked to its practice. */
export async function createRoundPlanActions(ctx: AppContext, actor: Actor, id: unknown, input: unknown, locale: InterfaceLocale): Promise<Plan> {
  const { round } = await loadManagedRound(ctx, actor, id);
  const data = parseInput(roundPlanActionsSchema, input, 'plan actions');
  const { framework } = await loadInstrumentById(ctx, round.instrumentId);
  const plan = await ctx.models.Plan.findById(data.planId, { organisationId: 1 }).lean<Pick<Plan, 'organisationId'>>();
  if (!plan || !plan.organisationId.equals(round.organisationId)) throw badRequest('unknown_plan', 'The plan is not one of this school’s plans.', [{ path: 'planId', message: 'is not a plan of this organisation' }]);
  const ids = data.actions.map((action) => new Types.ObjectId(action.practiceId));
  const practices = await ctx.models.Practice.find({ _id: { $in: ids }, state: 'published', deletedAt: null }, { texts: 1 }).lean<Pick<Practice, '_id' | 'texts'>[]>();
  const byId = new Map(practices.map((practice) => [String(practice._id), practice]));
  const missing = data.actions.findIndex((action) => !byId.has(action.practiceId));
  if (missing !== -1) throw badRequest('unknown_practice', 'One of the chosen practices is not published.', [{ path: `actions.${missing}.practiceId`, message: 'is not a published practice' }]);
  let rev = data.rev;
  let updated: Plan | null = null;
  for (const action of data.actions) {
    const texts = byId.get(action.practiceId)?.texts ?? {};
    const title = texts[locale]?.title ?? Object.values(texts).find((text) => text.title)?.title ?? '';
    const description = t(locale, 'sa.planActionText', { title, area: termLabel(framework, action.dimension, locale) });
    updated = await savePlanItem(ctx, actor, data.planId, 'actions', null, { rev, goalId: data.goalId, description, inspiredByPracticeIds: [action.practiceId] });
    rev = updated.rev;
  }
  if (!updated) throw badRequest('validation_failed', 'Choose at least one practice.');
  return updated;
}

/** The plans of the round's school that the actor may add actions to and that have a goal to add them under. */
export async function roundPlanTargets(ctx: AppContext, actor: Actor, round: Pick<AssessmentRound, 'organisationId'>): Promise<Plan[]> {
  const plans = (await ctx.models.Plan.find({ organisationId: round.organisationId }).sort({ createdAt: -1 }).lean<Plan[]>()).filter((plan) => plan.goals.length > 0);
  const access = await Promise.all(plans.map((plan) => planAccessFor(ctx, actor, plan)));
  return plans.filter((_plan, index) => can(actor, 'plan.edit', access[index]!));
}
