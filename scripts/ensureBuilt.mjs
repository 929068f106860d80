// Builds Praxis (`npm run build`: the server compiled by tsc into dist/, the browser bundle by esbuild into web/dist)
// when the build is missing or older than a source file, so `npm start` and the operator commands always run the
// compiled JavaScript; plain JavaScript itself, so it needs neither tsx nor a build to run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.built');
const sources = ['server', 'seed', 'web/src', 'web/build.ts', 'tsconfig.json', 'tsconfig.build.json'];
const outputs = ['dist/server/main.js', 'web/dist/manifest.json'];

function newestChange(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stats = statSync(full);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(full).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stats.mtimeMs);
}

function isFresh() {
  if (!existsSync(stamp) || outputs.some((output) => !existsSync(path.join(root, output)))) return false;
  const builtAt = statSync(stamp).mtimeMs;
  return sources.every((source) => newestChange(source) <= builtAt);
}

if (!isFresh()) {
  if (!existsSync(path.join(root, 'node_modules', 'typescript'))) {
    process.stderr.write('Praxis is not built (or its sources changed) and this installation has no devDependencies to build it with: run `npm ci` and `npm run build`.\n');
    process.exit(1);
  }
  process.stderr.write('building Praxis (npm run build: tsc for the server, esbuild for the browser code)…\n');
  const startedAt = Date.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // Stamped with the build's start, so a source saved while it ran counts as newer.
  writeFileSync(stamp, `${new Date(startedAt).toISOString()}\n`);
  utimesSync(stamp, startedAt / 1000, startedAt / 1000);
  process.stderr.write(`built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`);
}
