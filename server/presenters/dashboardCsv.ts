// The programme dashboard's plan table as CSV, one row per plan the reader may see.
import type { ProgrammeDashboard } from '../commands/plans/programmeDashboard.js';
import { toCsv } from '../content/csv.js';

export function dashboardCsv(dashboard: ProgrammeDashboard): string {
  return toCsv([
    ['planId', 'plan', 'organisation', 'organisationType', 'country', 'status', 'actionsTotal', 'actionsDone', 'actionsLate', 'indicatorsTotal', 'indicatorsAtTarget', 'lastReportAt', 'reportDueAt', 'reportOverdue', 'overallStatus', 'atRisk'],
    ...dashboard.rows.map((r) => [
      r.planId, Object.values(r.title)[0] ?? '', r.organisation.name, r.organisation.type, r.organisation.country, r.status, r.actionsTotal, r.actionsDone, r.actionsLate,
      r.indicatorsTotal, r.indicatorsAtTarget, r.lastReportAt?.toISOString().slice(0, 10) ?? '', r.reportDueAt?.toISOString().slice(0, 10) ?? '', r.reportOverdue ? 'yes' : 'no', r.overallStatus ?? '', r.atRisk ? 'yes' : 'no',
    ]),
  ]);
}
