// CSV of a plan: its actions and its indicators with every measured value (export), and the import of indicator
// values: every row is checked first and each bad row is reported with its line and reason; nothing is written
// unless every row is good.
import type { Actor, AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { parseCsv, toCsv } from '../../content/csv.js';
import type { Plan } from '../../models/plan.js';
import { authorize } from '../../policies/index.js';
import { issuesToDetails, parseInput } from '../../validation.js';
import { loadPlan } from './loadPlan.js';
import { mutatePlan } from './mutatePlan.js';
import { mergeMeasurements } from './recordMeasurements.js';
import { csvImportSchema, measurementInputSchema, type MeasurementInput } from './schemas.js';

const day = (date: Date | null): string => (date ? date.toISOString().slice(0, 10) : '');
const firstText = (text: Record<string, string>): string => Object.values(text)[0] ?? '';
export const measurementCsvHeader = ['indicatorId', 'date', 'value', 'source', 'note'] as const;

export function actionsCsv(plan: Plan): string {
  const goals = new Map(plan.goals.map((goal) => [String(goal._id), firstText(goal.title)]));
  return toCsv([
    ['actionId', 'goal', 'parentActionId', 'description', 'owner', 'start', 'due', 'status', 'reason', 'budget', 'fundingSource'],
    ...plan.actions.map((a) => [String(a._id), goals.get(String(a.goalId)) ?? '', a.parentId ? String(a.parentId) : '', a.description, a.owner, day(a.start), day(a.due), a.status, a.reason, a.budget, a.fundingSource]),
  ]);
}

export function indicatorsCsv(plan: Plan): string {
  return toCsv([
    ['indicatorId', 'indicator', 'unit', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate', 'date', 'value', 'source', 'note'],
    ...plan.indicators.flatMap((i) => {
      const head = [String(i._id), firstText(i.name), i.unit, i.baselineValue, day(i.baselineDate), i.targetValue, day(i.targetDate)];
      return i.measurements.length === 0 ? [[...head, '', '', '', '']] : i.measurements.map((m) => [...head, day(m.date), m.value, m.source, m.note]);
    }),
  ]);
}

export async function exportPlanCsv(ctx: AppContext, actor: Actor, idOrSlug: unknown, what: 'actions' | 'indicators'): Promise<{ plan: Plan; csv: string }> {
  const { plan } = await loadPlan(ctx, actor, idOrSlug);
  return { plan, csv: what === 'actions' ? actionsCsv(plan) : indicatorsCsv(plan) };
}

export interface RowProblem {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

/** Reads measurement rows (header indicatorId,date,value,source,note); every problem is listed with its line. */
export function readMeasurementRows(text: string, knownIndicators: ReadonlySet<string>): { values: MeasurementInput[]; problems: RowProblem[] } {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch {
    throw badRequest('csv_malformed', 'The file is not valid CSV: a quoted field is never closed.');
  }
  const [header, ...body] = rows;
  const names = (header ?? []).map((name) => name.trim());
  const missing = ['indicatorId', 'date', 'value'].filter((name) => !names.includes(name));
  if (missing.length > 0) throw badRequest('csv_header', `The first line must name the columns ${measurementCsvHeader.join(',')}; missing: ${missing.join(', ')}.`);
  const values: MeasurementInput[] = [];
  const problems: RowProblem[] = [];
  body.forEach((row, index) => {
    const line = index + 2;
    if (row.every((field) => field.trim() === '')) return;
    const record = Object.fromEntries(measurementCsvHeader.map((name) => [name, row[names.indexOf(name)]?.trim() ?? '']));
    const parsed = measurementInputSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of issuesToDetails(parsed.error)) problems.push({ line, field: issue.path ?? '', message: issue.message });
      return;
    }
    if (!knownIndicators.has(parsed.data.indicatorId)) {
      problems.push({ line, field: 'indicatorId', message: 'is not an indicator of this plan' });
      return;
    }
    values.push(parsed.data);
  });
  if (values.length === 0 && problems.length === 0) problems.push({ line: 2, field: '', message: 'the file has no rows of values' });
  return { values, problems };
}

export async function importMeasurementsCsv(ctx: AppContext, actor: Actor, idOrSlug: unknown, input: unknown): Promise<{ plan: Plan; imported: number }> {
  const { plan, access } = await loadPlan(ctx, actor, idOrSlug);
  authorize(actor, 'plan.edit', access);
  const { rev: revision, csv } = parseInput(csvImportSchema, input, 'import');
  const { values, problems } = readMeasurementRows(csv, new Set(plan.indicators.map((i) => String(i._id))));
  if (problems.length > 0) throw badRequest('csv_rows_invalid', `${problems.length} problem(s) in the file; nothing was imported.`, problems);
  const updated = await mutatePlan(ctx, actor, plan, { action: 'plan.measurements.import', rev: revision, data: { count: values.length }, change: (draft) => mergeMeasurements(draft.indicators, values) });
  return { plan: updated, imported: values.length };
}
