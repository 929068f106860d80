// npm run bench: runs every benchmark in bench/ one after another (or the ones named), each printing its numbers;
// `npm run bench search -- --docs 10000`: the arguments from the first flag on go to each benchmark run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const firstFlag = args.findIndex((arg) => arg.startsWith('-'));
const requested = firstFlag === -1 ? args : args.slice(0, firstFlag);
const flags = firstFlag === -1 ? [] : args.slice(firstFlag);
const available = readdirSync(benchDir)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.startsWith('_'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();
const chosen = requested.length ? available.filter((name) => requested.includes(name)) : available;
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length) {
  process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}\n`);
  process.exit(2);
}
let failed = 0;
for (const name of chosen) {
  process.stdout.write(`\n=== bench/${name}.ts ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, `${name}.ts`), ...flags], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
