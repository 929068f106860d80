// `npm start` as a supervisor runs it: SIGTERM to the npm process stops Praxis in order (HTTP, workers, database,
// search), leaves no process behind and loses no write that was answered while the signal arrived.
import { strict as assert } from 'node:assert';
import { startMain, temporaryDataDir } from '../support/mainProcess.js';
import { descendants, waitUntilGone } from '../support/processTree.js';
import { TestClient } from '../support/testClient.js';

const WRITERS = 3;
const SIGNAL_AFTER_ACKNOWLEDGED = 12;
const MAX_WRITES_PER_WRITER = 60;
const PASSWORD = 'correct horse battery';

describe('npm start under a supervisor (SIGTERM to the npm pid)', function () {
  this.timeout(240_000);
  const dataDir = temporaryDataDir('npm-start');

  it('stops every process it started and keeps every acknowledged write', async () => {
    const started = await startMain(dataDir(), 'npm start');
    const acknowledged: string[] = [];
    let tree: number[] = [];
    const write = async (writer: number): Promise<void> => {
      for (let n = 0; n < MAX_WRITES_PER_WRITER; n += 1) {
        const email = `npm-start-${writer}-${n}@example.org`;
        try {
          const client = await new TestClient(started.url).init();
          const response = await client.post('/api/auth/register', { email, password: PASSWORD, displayName: `Writer ${writer}-${n}` });
          if (response.status === 201) acknowledged.push(email);
        } catch {
          return;
        }
        if (acknowledged.length >= SIGNAL_AFTER_ACKNOWLEDGED && tree.length === 0) {
          tree = descendants(started.child.pid as number);
          started.child.kill('SIGTERM');
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, writer) => write(writer)));
    assert.ok(tree.length >= 3, `expected node, the database and search under npm, saw ${tree.length}`);
    const leftRunning = await waitUntilGone(tree, 20_000);
    for (const pid of leftRunning) process.kill(pid, 'SIGKILL');
    assert.deepEqual(leftRunning, [], 'processes left running after npm start was signalled');
    await started.exited;

    const again = await startMain(dataDir());
    try {
      const missing: string[] = [];
      for (const email of acknowledged) {
        const client = await new TestClient(again.url).init();
        if ((await client.post('/api/auth/sign-in', { email, password: PASSWORD })).status !== 200) missing.push(email);
      }
      assert.deepEqual(missing, [], `acknowledged registrations lost (of ${acknowledged.length})`);
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  });
});
