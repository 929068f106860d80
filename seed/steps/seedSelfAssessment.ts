// Publishes the two shipped instruments, submits the demo educators' results and runs the demo school's round, all
// through the real commands as the demo users; once the programmes exist, the programme's organiser adds the demo
// school to its cohort. Skips what an earlier run made (seed keys), and any demo user the corpus does not have.
import { saveAnswers, submitAttempt } from '../../server/commands/selfAssessment/answerAttempt.js';
import { itemsFor, publishInstrument } from '../../server/commands/selfAssessment/instruments.js';
import { closeRound, openRound } from '../../server/commands/selfAssessment/rounds.js';
import { startAttempt } from '../../server/commands/selfAssessment/startAttempt.js';
import { changeCohort } from '../../server/commands/programmes/changeCohort.js';
import { approveOrganisationRequest } from '../../server/commands/organisations/approveOrganisationRequest.js';
import { createOrganisation } from '../../server/commands/organisations/createOrganisation.js';
import { requestOrganisationMembership } from '../../server/commands/organisations/requestOrganisationMembership.js';
import type { Actor } from '../../server/context.js';
import type { Instrument } from '../../server/models/instrument.js';
import { demoEducatorResults, demoSchool, type DemoRespondent } from '../data/selfAssessmentDemo.js';
import { shippedInstruments } from '../data/instruments.js';
import { advance, type SeedRun } from '../seedRun.js';

/** Units of progress this step and the cohort step report. */
export const selfAssessmentUnits = shippedInstruments.length + demoEducatorResults.length + 2;

async function seedInstruments(run: SeedRun, admin: Actor): Promise<Map<string, Instrument>> {
  const published = new Map<string, Instrument>();
  for (const input of shippedInstruments) {
    const key = `instrument:${input.key}`;
    const known = run.keys.refOf(key);
    let instrument = known ? await run.ctx.models.Instrument.findById(known).lean<Instrument>() : null;
    if (!instrument) {
      instrument = await publishInstrument(run.ctx, admin, input);
      await run.keys.finish(key, String(instrument._id));
    }
    published.set(input.key, instrument);
    advance(run, key);
  }
  return published;
}

async function answerAll(run: SeedRun, actor: Actor, start: Record<string, string>, levelOf: (index: number) => number, instrument: Instrument, role: string | null): Promise<string> {
  const attempt = await startAttempt(run.ctx, actor, start);
  const items = itemsFor(instrument, role);
  const answers = items.map((item) => {
    const level = Math.min(Math.max(1, levelOf(instrument.items.indexOf(item))), item.options.length);
    return { itemId: item.id, optionId: item.options.find((option) => option.level === level)?.id ?? item.options[0]!.id };
  });
  await saveAnswers(run.ctx, actor, String(attempt._id), { answers });
  await submitAttempt(run.ctx, actor, String(attempt._id));
  return String(attempt._id);
}

async function seedEducatorResults(run: SeedRun, instrument: Instrument): Promise<void> {
  for (const [index, result] of demoEducatorResults.entries()) {
    const key = `selfAssessment:educator:${index}`;
    const actor = run.actors.get(result.user);
    if (actor && !run.keys.isDone(key)) {
      const id = await answerAll(run, actor, { instrument: instrument.key }, (item) => Number(result.levels[item] ?? 1), instrument, null);
      await run.keys.finish(key, id);
    }
    advance(run, key);
  }
}

/** Opens the round remembered under `roundKey` (or finds it) and has each respondent answer it once. */
async function runRound(run: SeedRun, founder: Actor, organisationId: string, roundKey: string, title: string, instrument: Instrument, respondents: readonly DemoRespondent[], shift: number): Promise<string> {
  let roundId = run.keys.refOf(roundKey);
  if (!roundId) {
    roundId = String((await openRound(run.ctx, founder, organisationId, { instrument: instrument.key, title }))._id);
    await run.keys.remember(roundKey, roundId);
  }
  for (const respondent of respondents) {
    const actor = run.actors.get(respondent.user);
    const attemptKey = roundKey === 'assessmentRound:demo-school' ? `selfAssessment:school:${respondent.user}` : `selfAssessment:${roundKey}:${respondent.user}`;
    if (!actor || run.keys.isDone(attemptKey)) continue;
    const answered = await run.ctx.models.AssessmentAttempt.findOne({ roundMember: `${roundId}:${actor.userId}`, state: 'submitted' }, { _id: 1 }).lean<{ _id: unknown }>();
    const id = answered ? String(answered._id) : await answerAll(run, actor, { roundId, role: respondent.role }, (item) => (demoSchool.baseLevels[item] ?? 3) + respondent.lean + shift, instrument, respondent.role);
    await run.keys.finish(attemptKey, id);
  }
  return roundId;
}

async function seedSchoolRound(run: SeedRun, instrument: Instrument): Promise<void> {
  const key = 'selfAssessment:school-round';
  const founder = run.actors.get(demoSchool.founder);
  const staff = demoSchool.staff.map((user) => run.actors.get(user)).filter((actor): actor is Actor => actor !== undefined);
  if (!founder || run.keys.isDone(key)) return advance(run, key);
  let organisationId = run.keys.refOf('organisation:demo-school');
  if (!organisationId) {
    organisationId = String((await createOrganisation(run.ctx, founder, demoSchool.organisation))._id);
    await run.keys.finish('organisation:demo-school', organisationId);
  }
  for (const member of staff) {
    const membership = await run.ctx.models.OrganisationMembership.exists({ organisationId, userId: member.userId });
    if (membership) continue;
    await requestOrganisationMembership(run.ctx, member, organisationId);
    await approveOrganisationRequest(run.ctx, founder, organisationId, member.userId);
  }
  // The earlier round comes first, so the later one is the school's latest; a database seeded before it existed keeps one.
  const later = 'assessmentRound:demo-school';
  const earlier = 'assessmentRound:demo-school-earlier';
  if (!run.keys.refOf(later) || (run.keys.refOf(earlier) && !run.keys.isDone(earlier))) {
    const { title, respondents, lean } = demoSchool.earlierRound;
    const earlierId = await runRound(run, founder, organisationId, earlier, title, instrument, demoSchool.respondents.slice(0, respondents), lean);
    if ((await run.ctx.models.AssessmentRound.findById(earlierId, { state: 1 }).lean<{ state: string }>())?.state === 'open') await closeRound(run.ctx, founder, earlierId);
    await run.keys.finish(earlier, earlierId);
  }
  const roundId = await runRound(run, founder, organisationId, later, demoSchool.roundTitle, instrument, demoSchool.respondents, 0);
  await run.keys.finish(key, roundId);
  advance(run, key);
}

export async function seedSelfAssessment(run: SeedRun): Promise<void> {
  const admin = [...run.actors.values()].find((actor) => actor.roles.includes('admin'));
  if (!admin) throw new Error('The seed needs an administrator to publish the instruments.');
  const instruments = await seedInstruments(run, admin);
  const educator = instruments.get('educator-digcompedu');
  const school = instruments.get('school-selfie');
  if (educator) await seedEducatorResults(run, educator);
  if (school) await seedSchoolRound(run, school);
}

/** The demo school joins its programme's cohort (after the plans step made the programmes). */
export async function seedSelfAssessmentCohort(run: SeedRun): Promise<void> {
  const key = `cohort:${demoSchool.programme.key}:demo-school`;
  const organiser = run.actors.get(demoSchool.programme.organiser);
  const programmeId = run.keys.refOf(`programme:${demoSchool.programme.key}`);
  const organisationId = run.keys.refOf('organisation:demo-school');
  if (organiser && programmeId && organisationId && !run.keys.isDone(key)) {
    await changeCohort(run.ctx, organiser, programmeId, { organisationId }, 'add');
    await run.keys.finish(key, organisationId);
  }
  advance(run, key);
}
