// Resolves bundled browser files (web/dist, content-hashed by esbuild) to their URLs via the build manifest.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../projectRoot.js';

export const webDistDir = path.join(projectRoot(), 'web', 'dist');

let manifest: Record<string, string> | null = null;

function loadManifest(): Record<string, string> {
  const file = path.join(webDistDir, 'manifest.json');
  manifest ??= existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  return manifest;
}

/** The URL of a bundled entry such as "site.css" or "search.js"; null when it was not built. */
export function assetUrl(entry: string): string | null {
  const file = loadManifest()[entry];
  return file ? `/assets/${file}` : null;
}
