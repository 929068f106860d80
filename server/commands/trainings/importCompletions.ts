// Completions from an outside LMS as a CSV file (training,email,completedAt): every row is checked first — the
// training exists and the actor organises it, the person has an account, the date is a real past date, no
// training+person pair appears twice — and when any row is wrong nothing is written and every problem is reported
// with its line. Trainings, people and their organisations are looked up once per import, in bulk
// (shared/bulkStore.ts), and matched in memory. Rows are then written in unordered inserts of 2,000, the unique
// training+person key dropping what is already recorded, so a re-import or a second run of the same file adds
// nothing; the statistics rollup is moved once at the end by what was really inserted (in bulk; a concurrent write
// to the same people's tallies is noticed and answered with a repair). The import's record (completionImports) says
// how many rows are in flight between their insert and the fold: a run that finds such a record of a crashed run
// (its own id, or one silent for 10 minutes) writes what is missing and then repairs the rollup from the raw
// records, so an import killed at any point is finished by running it again. Progress (rows checked, rows written)
// is readable by its id.
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { parseCsv } from '../../content/csv.js';
import { badRequest } from '../../errors.js';
import type { ImportPhase } from '../../models/completionImport.js';
import type { Participation } from '../../models/participation.js';
import type { Training } from '../../models/training.js';
import type { User } from '../../models/user.js';
import { authorize, can } from '../../policies/index.js';
import { parseInput } from '../../validation.js';
import { recordAudit } from '../recordAudit.js';
import { findByIds, findWhereIn, insertNew } from '../shared/bulkStore.js';
import { trainingAccessOf } from './loadTraining.js';
import { reachOf } from './participantReach.js';
import { participationFor } from './participations.js';
import { completionImportSchema, completionRowSchema } from './schemas.js';
import { countParticipations } from './statisticsRollup.js';
import { repairStatisticsRollup } from './statisticsRollupRepair.js';
import { participationsChanged } from './statisticsSnapshots.js';

export const completionCsvColumns = ['training', 'email', 'completedAt'] as const;
const chunk = 2_000;
/** A record still in flight after this long belongs to a run that crashed. */
const interruptedAfterMs = 10 * 60_000;
/** At most this many problems are listed; the count always covers all. */
const listedProblems = 1_000;

export const importProblemCodes = ['missing_value', 'invalid_email', 'invalid_date', 'future_date', 'unknown_training', 'not_organiser', 'unknown_person', 'repeated'] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

export interface ImportProblem {
  line: number;
  field: string;
  /** What is wrong, for a message in the reader's language. */
  kind: ImportProblemCode;
  message: string;
  /** For `repeated`: the line the pair first appeared on. */
  firstLine?: number;
}

const fieldCodes: Record<string, ImportProblemCode> = { training: 'missing_value', email: 'invalid_email', completedAt: 'invalid_date' };

export interface ImportResult {
  importId: string | null;
  rows: number;
  imported: number;
  alreadyRecorded: number;
}

interface Row {
  line: number;
  training: string;
  email: string;
  completedAt: Date;
}

function readRows(csv: string): { rows: Row[]; problems: ImportProblem[] } {
  let table: string[][];
  try {
    table = parseCsv(csv);
  } catch {
    throw badRequest('csv_malformed', 'The file is not valid CSV: a quoted field is never closed.');
  }
  const [header = [], ...body] = table;
  const names = header.map((name) => name.trim());
  const missing = completionCsvColumns.filter((name) => !names.includes(name));
  if (missing.length) throw badRequest('csv_header', `The first line must name the columns ${completionCsvColumns.join(',')}; missing: ${missing.join(', ')}.`);
  const rows: Row[] = [];
  const problems: ImportProblem[] = [];
  body.forEach((fields, index) => {
    const line = index + 2;
    if (fields.every((field) => field.trim() === '')) return;
    const record = Object.fromEntries(completionCsvColumns.map((name) => [name, fields[names.indexOf(name)]?.trim() ?? '']));
    const parsed = completionRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        problems.push({ line, field, kind: fieldCodes[field] ?? 'missing_value', message: issue.message });
      }
      return;
    }
    if (parsed.data.completedAt.getTime() > Date.now() + 86_400_000) {
      problems.push({ line, field: 'completedAt', kind: 'future_date', message: 'must not be in the future' });
      return;
    }
    rows.push({ line, ...parsed.data });
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 2, field: '', kind: 'missing_value', message: 'the file has no completion rows' });
  return { rows, problems };
}

const isObjectIdText = (ref: string): boolean => /^[a-f0-9]{24}$/i.test(ref);

async function trainingsOf(ctx: AppContext, refs: string[]): Promise<Map<string, Training>> {
  const ids = refs.filter(isObjectIdText).map((ref) => new Types.ObjectId(ref));
  const [bySlug, byId] = await Promise.all([findWhereIn<Training, Training>(ctx.models.Training, 'slug', refs, {}), findByIds<Training, Training>(ctx.models.Training, ids, {})]);
  const byRef = new Map<string, Training>();
  for (const training of [...bySlug, ...byId].filter((t) => !t.deletedAt)) {
    byRef.set(training.slug, training);
    byRef.set(String(training._id), training);
  }
  return byRef;
}

async function usersOf(ctx: AppContext, emails: string[]): Promise<Map<string, Types.ObjectId>> {
  const users = await findWhereIn<User, Pick<User, '_id' | 'email' | 'status'>>(ctx.models.User, 'email', emails, { email: 1, status: 1 });
  return new Map(users.filter((user) => user.status === 'active').map((user) => [user.email, user._id]));
}

/** Records of runs that crashed with rows in flight: this run's own id, or any silent for too long. */
async function interruptedRuns(ctx: AppContext, runId: string): Promise<string[]> {
  const inFlight = await ctx.models.CompletionImport.find({ unfolded: { $gt: 0 } }, { updatedAt: 1 }).lean<Array<{ _id: string; updatedAt: Date }>>();
  return inFlight.filter((run) => run._id === runId || run.updatedAt.getTime() < Date.now() - interruptedAfterMs).map((run) => run._id);
}

export async function importCompletions(ctx: AppContext, actor: Actor, input: unknown): Promise<ImportResult> {
  authorize(actor, 'training.create');
  const { csv, importId = null } = parseInput(completionImportSchema, input, 'import');
  const runId = importId ?? `run-${randomBytes(8).toString('hex')}`;
  const progress = async (phase: ImportPhase, processed: number, total: number, unfolded = 0): Promise<void> => {
    await ctx.models.CompletionImport.updateOne({ _id: runId, actorId: new Types.ObjectId(String(actor.userId)) }, { $set: { phase, processed, total, unfolded } }, { upsert: true });
  };
  const { rows, problems } = readRows(csv);
  const interrupted = await interruptedRuns(ctx, runId);
  await progress('checking', 0, rows.length);
  const [trainings, users] = await Promise.all([trainingsOf(ctx, [...new Set(rows.map((r) => r.training))]), usersOf(ctx, [...new Set(rows.map((r) => r.email))])]);
  const firstLine = new Map<string, number>();
  const accepted: Array<{ row: Row; training: Training; userId: Types.ObjectId }> = [];
  for (const row of rows) {
    const training = trainings.get(row.training);
    const userId = users.get(row.email);
    if (!training) problems.push({ line: row.line, field: 'training', kind: 'unknown_training', message: 'is not a training (give its address name or id)' });
    else if (!can(actor, 'training.manageParticipants', trainingAccessOf(training))) problems.push({ line: row.line, field: 'training', kind: 'not_organiser', message: 'is not a training you organise' });
    if (!userId) problems.push({ line: row.line, field: 'email', kind: 'unknown_person', message: 'has no account here' });
    if (!training || !userId) continue;
    const pair = `${String(training._id)} ${String(userId)}`;
    const earlier = firstLine.get(pair);
    if (earlier !== undefined) problems.push({ line: row.line, field: 'email', kind: 'repeated', message: `repeats the completion on line ${earlier}`, firstLine: earlier });
    else firstLine.set(pair, row.line);
    accepted.push({ row, training, userId });
  }
  if (problems.length) {
    await progress('failed', rows.length, rows.length);
    problems.sort((a, b) => a.line - b.line);
    throw badRequest('csv_rows_invalid', `${problems.length} problem(s) in the file; nothing was imported.`, problems.slice(0, listedProblems));
  }
  const trainingIds = [...new Set(accepted.map((a) => a.training._id))];
  const recorded = new Set(
    (await ctx.models.Participation.find({ trainingId: { $in: trainingIds } }, { _id: 0, trainingId: 1, userId: 1 }).lean<Participation[]>()).map((p) => `${String(p.trainingId)} ${String(p.userId)}`),
  );
  const fresh = accepted.filter((a) => !recorded.has(`${String(a.training._id)} ${String(a.userId)}`));
  const reach = await reachOf(ctx, [...new Map(fresh.map((a) => [String(a.userId), a.userId])).values()]);
  const createdAt = new Date();
  const documents = fresh.map((a) => ({ ...participationFor(a.training, a.userId, a.row.completedAt, 'import', reach.get(String(a.userId))), createdAt }));
  const inserted: typeof documents = [];
  for (let i = 0; i < documents.length; i += chunk) {
    await progress('writing', i, documents.length, documents.length);
    inserted.push(...(await insertNew(ctx.models.Participation, documents.slice(i, i + chunk))));
  }
  await progress('writing', documents.length, documents.length, documents.length);
  const imported = inserted.length;
  const uncertain = !(await countParticipations(ctx, inserted, 1));
  if (interrupted.length || uncertain) {
    await repairStatisticsRollup(ctx);
    await ctx.models.CompletionImport.updateMany({ _id: { $in: interrupted.filter((id) => id !== runId) } }, { $set: { phase: 'failed', unfolded: 0 } });
  } else if (imported) await participationsChanged(ctx);
  await progress('done', fresh.length, fresh.length);
  await recordAudit(ctx, actor, { action: 'training.completions.import', subjectType: 'training', subjectId: trainingIds.map(String).join(','), data: { rows: rows.length, imported, repairedAfterCrash: interrupted.length > 0 } });
  return { importId, rows: rows.length, imported, alreadyRecorded: accepted.length - imported };
}

/** The progress of the actor's own import, or null. */
export async function completionImportProgress(ctx: AppContext, actor: Actor, importId: string): Promise<{ phase: ImportPhase; processed: number; total: number } | null> {
  authorize(actor, 'training.create');
  const found = await ctx.models.CompletionImport.findOne({ _id: importId, actorId: new Types.ObjectId(String(actor.userId)) }).lean();
  return found ? { phase: found.phase, processed: found.processed, total: found.total } : null;
}
