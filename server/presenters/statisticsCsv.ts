// A statistics table as CSV (RFC 4180): key, label, participations, participants; a suppressed cell reads "<5".
import type { StatisticsRow } from '../commands/trainings/trainingStatistics.js';

const cell = (value: string): string => (/[",\r\n]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const count = (value: number | null): string => (value === null ? '<5' : String(value));

export function statisticsCsv(rows: readonly StatisticsRow[]): string {
  const lines = ['key,label,participations,participants'];
  for (const row of rows) lines.push([cell(row.key), cell(row.label ? (Object.values(row.label)[0] ?? '') : ''), count(row.participations), count(row.participants)].join(','));
  return `${lines.join('\r\n')}\r\n`;
}
