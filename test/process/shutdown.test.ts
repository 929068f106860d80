// The real entry point (server/main.ts) on the embedded default: it serves, and on SIGTERM — or even when killed
// outright — no database, Java or Meilisearch process is left behind.
import { strict as assert } from 'node:assert';
import { startMain, temporaryDataDir } from '../support/mainProcess.js';
import { descendants, waitUntilGone } from '../support/processTree.js';

describe('process lifecycle of npm start', function () {
  this.timeout(180_000);
  const dataDir = temporaryDataDir('main');

  it('serves, then shuts down gracefully on SIGTERM leaving no child process', async () => {
    const { child, url, exited } = await startMain(dataDir());
    const ready = await fetch(`${url}/readyz`);
    assert.equal(ready.status, 200);
    const children = descendants(child.pid as number);
    assert.ok(children.length >= 2, `expected the database and search servers as children, saw ${children.length}`);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.deepEqual(await waitUntilGone(children, 15_000), []);
  });

  it('leaves no orphan even when killed outright (SIGKILL)', async () => {
    const { child } = await startMain(dataDir());
    const children = descendants(child.pid as number);
    child.kill('SIGKILL');
    assert.deepEqual(await waitUntilGone(children, 20_000), []);
  });
});
