// Operator commands beside a running Praxis on the embedded default: `npm run create-admin` talks to the servers the
// app published in its data folder (a second embedded database on the same H2 file would be refused by its lock),
// and the published file goes away when the app stops.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createLogger } from '../../server/logger.js';
import { startLocalMongo } from '../../server/services/embedded/localMongo.js';
import { embeddedEnv, startMain, temporaryDataDir } from '../support/mainProcess.js';
import { TestClient } from '../support/testClient.js';

const run = promisify(execFile);
const PASSWORD = 'operator horse battery';

describe('operator commands while the app runs on the embedded store', function () {
  this.timeout(240_000);
  const dataDir = temporaryDataDir('operator');

  it('npm run create-admin creates an administrator in the running app’s database', async () => {
    const app = await startMain(dataDir());
    try {
      assert.ok(existsSync(path.join(dataDir(), 'running.json')), 'the running app publishes its servers');
      const createAdmin = (email: string) =>
        run('npm', ['run', '--silent', 'create-admin', '--', '--email', email, '--name', 'Operator', '--password', PASSWORD], { env: embeddedEnv(dataDir(), 0) });

      const created = await createAdmin('operator@example.org');
      assert.match(created.stdout, /Created administrator operator@example\.org/);

      const client = new TestClient(app.url);
      await client.signIn('operator@example.org', PASSWORD);
      const me = await client.get('/api/me').expect(200);
      assert.ok((me.body as { data: { roles: string[] } }).data.roles.includes('admin'));

      await new TestClient(app.url).register({ email: 'member@example.org', password: PASSWORD });
      const promoted = await createAdmin('member@example.org');
      assert.match(promoted.stdout, /member@example\.org is now an administrator/);
    } finally {
      app.child.kill('SIGTERM');
      await app.exited;
    }
    assert.ok(!existsSync(path.join(dataDir(), 'running.json')), 'a stopped app withdraws what it published');
  });

  it('a second embedded store on a data folder in use is refused with a message that says what to do', async () => {
    const options = { engine: 'java' as const, dataDir: path.join(dataDir(), 'second'), log: createLogger('silent') };
    const first = await startLocalMongo(options);
    try {
      await assert.rejects(startLocalMongo(options), /mongo\.mv is in use by another process: is Praxis already running on this data folder\?/);
    } finally {
      await first.stop();
    }
  });
});
