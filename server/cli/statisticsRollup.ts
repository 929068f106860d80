// `npm run statistics:repair [-- --check]`: compares the training statistics rollup with the raw participations and
// feedback and repairs any drift (backfills an empty rollup, e.g. after an upgrade or a restore), printing progress
// and what it found; with --check it only reports, and exits 3 when the rollup has drifted.
import { repairStatisticsRollup, type RepairProgress } from '../commands/trainings/statisticsRollupRepair.js';
import { runCli } from './cliRuntime.js';
import { progressBar, type ProgressBar } from './progressBar.js';

await runCli({ check: { type: 'boolean', default: false } }, async (ctx, { check }) => {
  const bars = new Map<string, ProgressBar>();
  const shown = new Map<string, number>();
  const progress: RepairProgress = (step, done, total) => {
    const bar = bars.get(step) ?? progressBar(step === 'reading' ? 'reading participations and feedback' : `${check ? 'checking' : 'repairing'} ${step}`, total, process.stdout);
    bars.set(step, bar);
    bar.tick(done - (shown.get(step) ?? 0));
    shown.set(step, done);
  };
  const report = await repairStatisticsRollup(ctx, { repair: !check, progress });
  for (const bar of bars.values()) bar.done();
  const drifted = report.cells.drifted + report.people.drifted;
  process.stdout.write(
    `${report.participations} participations, ${report.ratings} ratings; ` +
      `cells: ${report.cells.checked} checked, ${report.cells.drifted} drifted; people: ${report.people.checked} checked, ${report.people.drifted} drifted` +
      `${drifted === 0 ? ' — the rollup is exact' : check ? ' — run without --check to repair' : ' — repaired'}\n`,
  );
  if (check && drifted) process.exitCode = 3;
});
