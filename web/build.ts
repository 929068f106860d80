// Bundles the browser islands in web/src with esbuild into web/dist with content-hashed names and a manifest.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(webDir, 'dist');
const entryDir = path.join(webDir, 'src', 'entries');

export async function buildWeb(): Promise<Record<string, string>> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  mkdirSync(entryDir, { recursive: true });
  const entries = readdirSync(entryDir).filter((file) => /\.(ts|css)$/.test(file));
  const result = await build({
    entryPoints: entries.map((file) => path.join(entryDir, file)),
    outdir: outDir,
    bundle: true,
    format: 'esm',
    target: ['es2019', 'chrome80', 'firefox78', 'safari15'],
    minify: true,
    sourcemap: true,
    entryNames: '[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const manifest: Record<string, string> = {};
  for (const [output, meta] of Object.entries(result.metafile.outputs)) {
    if (!meta.entryPoint || output.endsWith('.map')) continue;
    manifest[path.basename(meta.entryPoint).replace(/\.ts$/, '.js')] = path.basename(output);
  }
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifest = await buildWeb();
  process.stdout.write(`web assets built: ${Object.keys(manifest).length} entries\n`);
}
