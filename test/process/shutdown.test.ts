// The real entry point (server/main.ts) on the embedded default: it serves, and on SIGTERM — or even when killed
// outright — no database, Java or Meilisearch process is left behind.
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../server/services/freePort.js';
import { descendants, waitUntilGone } from '../support/processTree.js';

async function startMain(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_ON_EMPTY: 'false', LOG_LEVEL: 'warn', PRAXIS_DB_ENGINE: 'java', MONGODB_URI: '', MEILI_HOST: '', MEILI_MASTER_KEY: '', UPLOAD_DIR: path.join(dataDir, 'uploads') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`main exited early: ${stderr}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`main did not come up: ${stderr}`);
}

describe('process lifecycle of npm start', function () {
  this.timeout(180_000);
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'praxis-main-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves, then shuts down gracefully on SIGTERM leaving no child process', async () => {
    const { child, url } = await startMain(dataDir);
    const ready = await fetch(`${url}/readyz`);
    assert.equal(ready.status, 200);
    const children = descendants(child.pid as number);
    assert.ok(children.length >= 2, `expected the database and search servers as children, saw ${children.length}`);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.deepEqual(await waitUntilGone(children, 15_000), []);
  });

  it('leaves no orphan even when killed outright (SIGKILL)', async () => {
    const { child } = await startMain(dataDir);
    const children = descendants(child.pid as number);
    child.kill('SIGKILL');
    assert.deepEqual(await waitUntilGone(children, 20_000), []);
  });
});
