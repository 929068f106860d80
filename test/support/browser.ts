// Launches Chromium through playwright-core for browser tests: Debian's /usr/bin/chromium where it is installed, else
// the real headless Chromium that the npm package @sparticuz/chromium carries (unpacked on first use), so
// `npm ci && npm test` needs no browser on the machine. Headless, no sandbox (CI runs as root), no background
// networking; playwright gives every launch a fresh temporary profile directory and removes it on close. Pages need
// the bundled islands and styles: `ensureWebBuilt` builds them when a test runs before `npm run build:web`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const systemChromium = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function chromiumExecutable(): Promise<string> {
  if (existsSync(systemChromium)) return systemChromium;
  const bundled = await import('@sparticuz/chromium');
  return bundled.default.executablePath();
}

/** Starts Chromium; each `browser.newContext()` is a separate person with their own cookies. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), headless: true, args: chromiumArgs });
}

const manifestFile = path.resolve('web/dist/manifest.json');

/** Builds web/dist (islands and site.css) unless the manifest already names the search island and the styles. */
export function ensureWebBuilt(): void {
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>) : {};
  if (!manifest['search.js'] || !manifest['site.css']) execFileSync(process.execPath, ['--import', 'tsx', 'web/build.ts'], { stdio: 'inherit' });
}
