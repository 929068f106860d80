// npm run seed [-- --reset] [-- --list]: loads the demo corpus through the real commands (idempotent; --reset starts
// over), indexes it for search, and prints what it did; --list prints the demo accounts and their roles.
import { parseArgs } from 'node:util';
import { corpus } from '../../seed/corpus.js';
import { loadSeed, type SeedReport } from '../../seed/load.js';
import { demoPassword } from '../../seed/seedRun.js';
import { syncAllPending } from '../search/syncPending.js';
import { runCli } from './cliRuntime.js';

const options = { reset: { type: 'boolean', default: false }, list: { type: 'boolean', default: false } } as const;

function listAccounts(): void {
  const rows = corpus.users.map((user) => `  ${user.email.padEnd(36)} ${user.roles.join(', ').padEnd(10)} ${user.displayName} (${user.organisation})`);
  process.stdout.write(`Demo accounts — password "${demoPassword}" for all; local use only, refused when NODE_ENV=production:\n${rows.join('\n')}\n`);
}

function summary(report: SeedReport, indexed: number): string {
  const created = Object.entries(report.created).filter(([, count]) => count > 0).map(([kind, count]) => `${count} ${kind}`);
  const totals = Object.entries(report.totals).map(([kind, count]) => `${count} ${kind}`);
  return [
    `${created.length > 0 ? `Created ${created.join(', ')}` : 'Nothing to create: the demo content is already there'} in ${(report.durationMs / 1000).toFixed(1)} s.`,
    `Indexed ${indexed} documents for search.`,
    `The database holds ${totals.join(', ')}.`,
    'Demo accounts: npm run seed -- --list',
  ].join('\n');
}

if (parseArgs({ options, allowPositionals: true }).values.list) listAccounts();
else {
  await runCli(options, async (ctx, args) => {
    const report = await loadSeed(ctx, { reset: args.reset, progress: true });
    const { indexed } = await syncAllPending(ctx);
    process.stdout.write(`${summary(report, indexed)}\n`);
  });
}
