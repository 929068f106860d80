// When a plan's next progress report is due: its reporting interval after the last report (or after adoption);
// only an adopted or running plan has one.
import type { Plan } from '../../models/plan.js';

export function nextReportDue(plan: Pick<Plan, 'status' | 'adoptedAt' | 'lastReportAt' | 'reportEveryMonths'>): Date | null {
  if (plan.status !== 'adopted' && plan.status !== 'in-implementation') return null;
  const from = plan.lastReportAt ?? plan.adoptedAt;
  if (!from) return null;
  const due = new Date(from);
  due.setUTCMonth(due.getUTCMonth() + plan.reportEveryMonths);
  return due;
}

export const isReportOverdue = (plan: Parameters<typeof nextReportDue>[0], now = new Date()): boolean => {
  const due = nextReportDue(plan);
  return due !== null && due < now;
};
