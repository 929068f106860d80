// Adds measured values to a plan's indicators (from the editor, a report or a CSV import), all or nothing: a value
// for an indicator the plan does not have is 400 unknown_indicator naming its row. A value on a date that already
// has one replaces it; each indicator's series stays in date order.
import { badRequest } from '../../errors.js';
import type { Measurement, Plan, PlanIndicator } from '../../models/plan.js';
import { dayOf } from './loadPlan.js';
import type { MeasurementInput } from './schemas.js';

/** The rows naming an indicator the plan does not have, as error details (row numbers from 1). */
export function unknownIndicatorRows(indicators: readonly Pick<PlanIndicator, '_id'>[], values: readonly MeasurementInput[]): { row: number; path: string; message: string }[] {
  const known = new Set(indicators.map((indicator) => String(indicator._id)));
  return values.flatMap((value, index) => (known.has(value.indicatorId) ? [] : [{ row: index + 1, path: `values.${index}.indicatorId`, message: 'is not an indicator of this plan' }]));
}

export function assertKnownIndicators(plan: Pick<Plan, 'indicators'>, values: readonly MeasurementInput[]): void {
  const bad = unknownIndicatorRows(plan.indicators, values);
  if (bad.length > 0) throw badRequest('unknown_indicator', `${bad.length === 1 ? 'One value names' : `${bad.length} values name`} an indicator this plan does not have; nothing was saved.`, bad);
}

/** Merges values into the indicators of a plan draft. */
export function mergeMeasurements(indicators: PlanIndicator[], values: readonly MeasurementInput[]): void {
  for (const indicator of indicators) {
    const mine = values.filter((value) => value.indicatorId === String(indicator._id));
    if (mine.length === 0) continue;
    const byDay = new Map<string, Measurement>(indicator.measurements.map((m) => [m.date.toISOString().slice(0, 10), m]));
    for (const value of mine) byDay.set(value.date, { date: dayOf(value.date), value: value.value, source: value.source, note: value.note });
    indicator.measurements = [...byDay.values()].sort((a, b) => a.date.getTime() - b.date.getTime());
    indicator.latestValue = indicator.measurements.at(-1)?.value ?? null;
  }
}

