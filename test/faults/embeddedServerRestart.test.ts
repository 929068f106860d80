// Fault test: a running Praxis (the compiled `node dist/server/main.js` on the embedded default) loses its database
// JVM, then its Meilisearch, to SIGKILL while members register. The supervisor starts each again on the same data and
// port: meanwhile the API answers 503 database_unavailable (without search, the rest serves), afterwards everything serves again by
// itself, every registration answered 201 can sign in, and the log says what happened in a few lines, with no stack.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { startMain, temporaryDataDir, type MainProcess } from '../support/mainProcess.js';
import { descendants, isAlive } from '../support/processTree.js';
import { answeredWithDatabase, eventually } from '../support/eventually.js';
import { TestClient } from '../support/testClient.js';

const WRITERS = 3;
const KILL_AFTER_ACKNOWLEDGED = 10;
const ACKNOWLEDGED_AFTER_RECOVERY = 10;
const RECOVERY_DEADLINE_MS = 60_000;
/** Warnings and errors the outage may log: the death, the database going and coming back, a failed restart or two. */
const MAX_WARNING_LINES = 8;
const PASSWORD = 'correct horse battery';

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function childRunning(app: MainProcess, marker: string): number {
  const pid = descendants(app.child.pid as number).find((candidate) => isAlive(candidate) && commandLine(candidate).includes(marker));
  assert.ok(pid !== undefined, `no process running ${marker} under the app`);
  return pid;
}

interface LogLine {
  level: number;
  msg: string;
  err?: unknown;
}

const parsed = (lines: readonly string[]): LogLine[] => lines.map((line) => JSON.parse(line) as LogLine);

describe('embedded servers killed while the app runs', function () {
  this.timeout(300_000);
  const dataDir = temporaryDataDir('supervised');
  let app: MainProcess;
  const logged = (from: number, message: RegExp): boolean => parsed(app.logLines().slice(from)).some((line) => message.test(line.msg));

  before(async () => {
    app = await startMain(dataDir(), 'node', { logLevel: 'info' });
  });
  after(async () => {
    app.child.kill('SIGTERM');
    await app.exited;
  });

  it('restarts the killed database JVM; 503 database_unavailable meanwhile, then recovery, no acknowledged write lost', async () => {
    const acknowledged: string[] = [];
    const unexpected: string[] = [];
    let unavailable = 0;
    let killedAt = 0;
    let ackedAfterKill = 0;
    let recoveredAt = 0;
    let linesAtKill = 0;
    const jvm = childRunning(app, 'PraxisMongoServer');

    const attempt = async (email: string): Promise<void> => {
      const client = new TestClient(app.url);
      const csrf = await client.get('/api/auth/csrf');
      client.csrfToken = (csrf.body as { csrfToken?: string }).csrfToken ?? '';
      const response = csrf.status === 200 ? await client.post('/api/auth/register', { email, password: PASSWORD, displayName: email }) : csrf;
      if (response.status === 201) {
        acknowledged.push(email);
        if (unavailable > 0 && recoveredAt === 0) recoveredAt = Date.now();
        if (unavailable > 0) ackedAfterKill += 1;
      } else if (response.status === 503 && (response.body as { error?: { code?: string } }).error?.code === 'database_unavailable') {
        unavailable += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
      } else unexpected.push(`${response.status} ${JSON.stringify(response.body)}`);
      if (acknowledged.length >= KILL_AFTER_ACKNOWLEDGED && killedAt === 0) {
        killedAt = Date.now();
        linesAtKill = app.logLines().length;
        process.kill(jvm, 'SIGKILL');
      }
    };
    const writer = async (index: number): Promise<void> => {
      const deadline = Date.now() + RECOVERY_DEADLINE_MS * 2;
      for (let n = 0; ackedAfterKill < ACKNOWLEDGED_AFTER_RECOVERY && Date.now() < deadline; n += 1) await attempt(`supervised-${index}-${n}@example.org`);
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));

    assert.deepEqual(unexpected, [], 'answers other than 201 or 503 database_unavailable');
    assert.ok(unavailable > 0, 'requests while the database was down were answered 503 database_unavailable');
    assert.ok(ackedAfterKill >= ACKNOWLEDGED_AFTER_RECOVERY, 'writes succeed again after the restart');
    const restarted = childRunning(app, 'PraxisMongoServer');
    assert.notEqual(restarted, jvm, 'a new JVM runs');
    console.log(`      database JVM killed: writes again after ${recoveredAt - killedAt} ms, ${unavailable} answers 503 meanwhile, ${acknowledged.length} registrations acknowledged`);

    await eventually(() => logged(linesAtKill, /^mongo-java-server is running again/), 'the log says the JVM is running again', RECOVERY_DEADLINE_MS);
    await eventually(() => logged(linesAtKill, /^the database is reachable again/), 'the log says the database is reachable again', RECOVERY_DEADLINE_MS);
    const outage = parsed(app.logLines().slice(linesAtKill));
    assert.deepEqual(outage.filter((line) => line.err !== undefined).map((line) => line.msg), [], 'log lines carrying an error stack');
    const warnings = outage.filter((line) => line.level >= 40).map((line) => line.msg);
    assert.ok(warnings.length <= MAX_WARNING_LINES, `bounded warnings, saw ${warnings.length}:\n${warnings.join('\n')}`);
    assert.ok(warnings.some((msg) => /^mongo-java-server stopped unexpectedly \(signal SIGKILL\)/.test(msg)), warnings.join('\n'));

    const signsIn = async (email: string): Promise<boolean> => {
      const client = new TestClient(app.url);
      client.csrfToken = (await answeredWithDatabase(() => client.get('/api/auth/csrf'), 'a CSRF token')).body.csrfToken ?? '';
      return (await answeredWithDatabase(() => client.post('/api/auth/sign-in', { email, password: PASSWORD }), `signing in as ${email}`)).status === 200;
    };
    const missing: string[] = [];
    for (const email of acknowledged) if (!(await signsIn(email))) missing.push(email);
    assert.deepEqual(missing, [], `acknowledged registrations lost (of ${acknowledged.length})`);
  });

  it('restarts a killed Meilisearch: the rest keeps serving and search comes back by itself', async () => {
    const client = new TestClient(app.url);
    const ready = async (): Promise<boolean> => {
      const response = await client.get('/readyz');
      return response.status === 200 && response.body.checks?.search === 'ok';
    };
    await eventually(ready, 'database and search ready before the kill', RECOVERY_DEADLINE_MS);
    const meili = childRunning(app, 'meilisearch');
    const linesAtKill = app.logLines().length;
    process.kill(meili, 'SIGKILL');

    assert.equal((await answeredWithDatabase(() => client.get('/api/practices'), 'the practice list')).status, 200, 'the rest serves without search');
    await eventually(async () => (await client.get('/readyz')).body.checks?.search === 'ok', 'search is back', RECOVERY_DEADLINE_MS);
    assert.equal((await answeredWithDatabase(() => client.get('/api/search?q=school'), 'a search')).status, 200);
    assert.notEqual(childRunning(app, 'meilisearch'), meili, 'a new Meilisearch runs');

    await eventually(() => logged(linesAtKill, /^Meilisearch is running again/), 'the log says Meilisearch is running again', RECOVERY_DEADLINE_MS);
    const outage = parsed(app.logLines().slice(linesAtKill));
    assert.ok(outage.some((line) => /^Meilisearch stopped unexpectedly \(signal SIGKILL\)/.test(line.msg)), outage.map((line) => line.msg).join('\n'));
    assert.deepEqual(outage.filter((line) => line.err !== undefined).map((line) => line.msg), [], 'log lines carrying an error stack');
  });
});
