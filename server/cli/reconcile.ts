// `npm run reconcile`: compares MongoDB with Meilisearch and repairs any drift (missing, stale or extra documents),
// printing what it found per index.
import { reconcileAll } from '../search/reconcile.js';
import { runCli } from './cliRuntime.js';

await runCli({}, async (ctx) => {
  for (const report of await reconcileAll(ctx)) {
    process.stdout.write(`${report.type}: ${report.missing} missing, ${report.stale} stale, ${report.extra} extra — repaired\n`);
  }
});
