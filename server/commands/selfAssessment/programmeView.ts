// The programme view (its advisors and organisers): across the latest round of each cohort school for one
// instrument, the anonymised distribution of levels per competence or area, shown only above the threshold;
// never a school's or a person's figures.
import type { Actor, AppContext } from '../../context.js';
import type { AssessmentRound } from '../../models/assessmentRound.js';
import type { Instrument } from '../../models/instrument.js';
import type { Programme } from '../../models/programme.js';
import { authorize } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { loadProgramme } from '../programmes/loadProgramme.js';
import { aggregateTally, everyone, sumTallies, type Aggregate } from './aggregates.js';
import { listCurrentInstruments, loadInstrument } from './instruments.js';
import { dimensionsOf } from './roundAggregate.js';
import { roundTallies } from './roundTallies.js';
import { programmeViewQuerySchema } from './schemas.js';

export interface ProgrammeSelfAssessment {
  readonly programme: Programme;
  readonly instrument: Instrument;
  readonly instruments: readonly Instrument[];
  readonly schoolsInCohort: number;
  /** Schools with at least one answer in their latest round. */
  readonly schoolsAnswering: number;
  readonly dimensions: readonly string[];
  readonly aggregate: Aggregate;
}

export async function programmeSelfAssessment(ctx: AppContext, actor: Actor, idOrSlug: unknown, query: unknown): Promise<ProgrammeSelfAssessment> {
  const { programme, access } = await loadProgramme(ctx, actor, idOrSlug);
  authorize(actor, 'programme.monitor', access);
  const { instrument: key } = parseInput(programmeViewQuerySchema, query, 'query');
  const instruments = await listCurrentInstruments(ctx, true);
  const instrument = key ? await loadInstrument(ctx, key) : (instruments.find((candidate) => candidate.audience === 'school') ?? (await loadInstrument(ctx, 'school-selfie')));
  const cohort = programme.cohort.map((member) => member.organisationId);
  const rounds = await ctx.models.AssessmentRound.find({ organisationId: { $in: cohort }, instrumentKey: instrument.key }, { organisationId: 1, instrumentId: 1, createdAt: 1 }).sort({ createdAt: -1 }).lean<Pick<AssessmentRound, '_id' | 'organisationId' | 'instrumentId'>[]>();
  const latest = new Map<string, Pick<AssessmentRound, '_id' | 'organisationId' | 'instrumentId'>>();
  for (const round of rounds) if (!latest.has(String(round.organisationId))) latest.set(String(round.organisationId), round);
  const tallies = await roundTallies(ctx, [...latest.values()]);
  const dimensions = dimensionsOf(instrument);
  return {
    programme, instrument, instruments, schoolsInCohort: cohort.length, schoolsAnswering: tallies.filter((tally) => (tally.respondents[everyone] ?? 0) > 0).length, dimensions,
    aggregate: aggregateTally(sumTallies(tallies), dimensions, instrument.levels.length, []),
  };
}
