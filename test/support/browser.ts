// Launches Debian's Chromium through playwright-core for browser tests: headless, no sandbox (CI runs as root), no
// background networking; playwright gives every launch a fresh temporary profile directory and removes it on close.
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts Chromium; each `browser.newContext()` is a separate person with their own cookies. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
