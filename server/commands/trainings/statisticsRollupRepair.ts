// The statistics rollup checked against the raw records and repaired: every participation and feedback is read
// once, the counters and per-person tallies they imply are worked out in memory (with the same cell rules the writes
// use, statisticsRollup.ts), compared with the kept documents, and only what differs is moved by $inc of the
// difference, so running it on a correct rollup writes nothing and running it twice repairs nothing the second time.
// It backfills an empty rollup, and repairs one left behind by a crash between a write and its fold (see
// importCompletions.ts). A write that lands while it runs can be miscounted: run it again to confirm 0 drift.
import type { AnyBulkWriteOperation } from 'mongoose';
import type { AppContext } from '../../context.js';
import type { StatisticsCell, StatisticsPerson } from '../../models/statisticsRollup.js';
import type { Training } from '../../models/training.js';
import type { TrainingFeedback } from '../../models/trainingFeedback.js';
import { cellAddress, ratingCellsOf, tallyByPerson, type Counted } from './statisticsRollup.js';
import { participationsChanged } from './statisticsSnapshots.js';

const counterFields = ['participations', 'participants', 'hours', 'ratings', 'ratingSum'] as const;
type Counters = Record<(typeof counterFields)[number], number>;

export interface RollupRepairReport {
  participations: number;
  ratings: number;
  /** `drifted`: documents that differed from the raw records (and were repaired unless only checked). */
  cells: { checked: number; drifted: number };
  people: { checked: number; drifted: number };
}

/** Told each step as it starts and how far it has got. */
export type RepairProgress = (step: 'reading' | 'cells' | 'people', done: number, total: number) => void;

const writeBatch = 1_000;
const zero = (): Counters => ({ participations: 0, participants: 0, hours: 0, ratings: 0, ratingSum: 0 });

async function expectedRollup(ctx: AppContext): Promise<{ cells: Map<string, Counters>; people: Map<string, Record<string, number>>; participations: number; ratings: number }> {
  const participations = await ctx.models.Participation.find({}, { _id: 0, userId: 1, programmeId: 1, trainingId: 1, month: 1, format: 1, competences: 1, region: 1, organisationType: 1, organisationId: 1, hours: 1 }).lean<Counted[]>();
  const cells = new Map<string, Counters>();
  const cell = (cellId: string): Counters => {
    const kept = cells.get(cellId) ?? zero();
    cells.set(cellId, kept);
    return kept;
  };
  const people = new Map<string, Record<string, number>>();
  for (const [personId, personCells] of tallyByPerson(participations, 1)) {
    const tallies: Record<string, number> = {};
    for (const [cellId, { field, change }] of personCells) {
      tallies[field] = change.participations;
      const counters = cell(cellId);
      counters.participations += change.participations;
      counters.hours += change.hours;
      counters.participants += 1;
    }
    people.set(personId, tallies);
  }
  const feedback = await ctx.models.TrainingFeedback.find({}, { _id: 0, trainingId: 1, rating: 1 }).lean<TrainingFeedback[]>();
  const trainings = await ctx.models.Training.find({ _id: { $in: [...new Set(feedback.map((f) => String(f.trainingId)))] } }, { programmeId: 1 }).lean<Training[]>();
  const programmeOf = new Map(trainings.map((t) => [String(t._id), t.programmeId]));
  for (const { trainingId, rating } of feedback) {
    for (const cellId of ratingCellsOf(programmeOf.get(String(trainingId)) ?? null, trainingId)) {
      const counters = cell(cellId);
      counters.ratings += 1;
      counters.ratingSum += rating;
    }
  }
  return { cells, people, participations: participations.length, ratings: feedback.length };
}

async function inWriteBatches<T>(operations: T[], progress: (done: number) => void, write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < operations.length; i += writeBatch) {
    await write(operations.slice(i, i + writeBatch));
    progress(Math.min(i + writeBatch, operations.length));
  }
}

export interface RepairOptions {
  /** false: only count the drift, write nothing. */
  readonly repair?: boolean;
  readonly progress?: RepairProgress;
}

/** Checks the whole rollup against participations and feedback and (unless told not to) repairs every difference. */
export async function repairStatisticsRollup(ctx: AppContext, { repair = true, progress = () => undefined }: RepairOptions = {}): Promise<RollupRepairReport> {
  progress('reading', 0, 1);
  const expected = await expectedRollup(ctx);
  const keptCells = await ctx.models.StatisticsCell.find({}).lean<StatisticsCell[]>();
  const keptPeople = await ctx.models.StatisticsPerson.find({}).lean<StatisticsPerson[]>();
  progress('reading', 1, 1);

  const storedCells = new Map(keptCells.map((c) => [c._id, c]));
  const cellIds = [...new Set([...expected.cells.keys(), ...storedCells.keys()])];
  const cellOperations: Array<AnyBulkWriteOperation<StatisticsCell>> = [];
  for (const cellId of cellIds) {
    const want = expected.cells.get(cellId) ?? zero();
    const have = storedCells.get(cellId);
    const inc = Object.fromEntries(counterFields.map((field) => [field, want[field] - (have?.[field] ?? 0)]).filter(([, difference]) => difference !== 0));
    if (Object.keys(inc).length) cellOperations.push({ updateOne: { filter: { _id: cellId }, update: { $inc: inc, $setOnInsert: cellAddress(cellId) }, upsert: true } });
  }
  progress('cells', 0, cellOperations.length);
  if (repair) await inWriteBatches(cellOperations, (done) => progress('cells', done, cellOperations.length), (batch) => ctx.models.StatisticsCell.bulkWrite(batch, { ordered: false }));

  const storedPeople = new Map(keptPeople.map((p) => [p._id, p.cells ?? {}]));
  const personIds = [...new Set([...expected.people.keys(), ...storedPeople.keys()])];
  const personOperations: Array<AnyBulkWriteOperation<StatisticsPerson>> = [];
  for (const personId of personIds) {
    const want = expected.people.get(personId) ?? {};
    const have = storedPeople.get(personId) ?? {};
    const inc: Record<string, number> = {};
    for (const field of new Set([...Object.keys(want), ...Object.keys(have)])) {
      const difference = (want[field] ?? 0) - (have[field] ?? 0);
      if (difference !== 0) inc[`cells.${field}`] = difference;
    }
    if (Object.keys(inc).length) personOperations.push({ updateOne: { filter: { _id: personId }, update: { $inc: inc }, upsert: true } });
  }
  progress('people', 0, personOperations.length);
  if (repair) await inWriteBatches(personOperations, (done) => progress('people', done, personOperations.length), (batch) => ctx.models.StatisticsPerson.bulkWrite(batch, { ordered: false }));

  if (repair && (cellOperations.length || personOperations.length)) await participationsChanged(ctx);
  return {
    participations: expected.participations,
    ratings: expected.ratings,
    cells: { checked: cellIds.length, drifted: cellOperations.length },
    people: { checked: personIds.length, drifted: personOperations.length },
  };
}
