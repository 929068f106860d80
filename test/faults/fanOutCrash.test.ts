// Fault test: a node is killed outright (SIGKILL) in the middle of a notification fan-out to 600 people, after one
// slice was written and before its job's cursor moved past it. Another node's recovery worker resumes the stored
// job, and in the end every person has exactly one notification and one e-mail: nothing lost, nothing twice.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { startTestApp, type TestApp } from '../support/testApp.js';

const PEOPLE = 600;
const BATCH = 50;
const KILL_IN_SLICE = 3;
const domain = 'crash.example';

async function eventually(condition: () => Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`timed out waiting until ${what}`);
}

describe('notification fan-out when its node is killed (SIGKILL) mid-way', function () {
  this.timeout(180_000);
  let app: TestApp;
  let recovering: TestApp | undefined;

  before(async () => {
    app = await startTestApp();
    await app.ctx.models.User.collection.insertMany(Array.from({ length: PEOPLE }, (_, n) => ({
      _id: new Types.ObjectId(), email: `person-${String(n).padStart(4, '0')}@${domain}`, displayName: `Person ${n}`, passwordHash: 'x',
      roles: ['member'], locale: (['sl', 'pl', 'sv', 'en'] as const)[n % 4], status: 'active', isDemo: false, passwordChangedAt: new Date(),
      notificationPreferences: { newThread: 'email' }, createdAt: new Date(), updatedAt: new Date(),
    })));
  });
  after(async () => {
    await recovering?.close();
    await app.close();
  });

  it('resumes the stored job on another node: every person notified and mailed exactly once', async () => {
    const { config } = app.ctx;
    const victim = spawn(process.execPath, ['--import', 'tsx', 'test/faults/processes/fanOutVictim.ts'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env, FANOUT_TEST_MONGODB_URI: config.mongo.uri, FANOUT_TEST_DB_NAME: config.mongo.dbName, FANOUT_TEST_SECRET: randomBytes(32).toString('hex'),
        FANOUT_TEST_BATCH_SIZE: String(BATCH), FANOUT_TEST_LEASE_MS: '1000', FANOUT_TEST_KILL_IN_SLICE: String(KILL_IN_SLICE), FANOUT_TEST_EMAIL_DOMAIN: domain,
      },
    });
    let output = '';
    victim.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => victim.on('exit', (_code, exitSignal) => resolve(exitSignal)));
    assert.equal(signal, 'SIGKILL', `the node was to be killed mid-way (${output.trim()})`);

    const models = app.ctx.models;
    const [job] = await models.FanOutJob.find().lean();
    assert.ok(job, 'the interrupted fan-out is still stored');
    assert.equal(job.cursor, (KILL_IN_SLICE - 1) * BATCH, 'its cursor stands before the slice being written when the node died');
    assert.equal(await models.Notification.countDocuments({ groupKey: 'crash-test' }), KILL_IN_SLICE * BATCH, 'that slice was written already');

    recovering = await startTestApp({ FANOUT_BATCH_SIZE: String(BATCH), FANOUT_LEASE_MS: '1000', FANOUT_RECOVERY_INTERVAL_MS: '100' }, { sharing: app });
    await recovering.listen();
    await eventually(async () => (await models.FanOutJob.countDocuments()) === 0, 'the recovering node finished the job');

    const notifications = await models.Notification.find({ groupKey: 'crash-test' }, { userId: 1 }).lean();
    assert.equal(notifications.length, PEOPLE, 'one notification per person');
    assert.equal(new Set(notifications.map((item) => String(item.userId))).size, PEOPLE, 'nobody twice, nobody left out');
    const mails = await models.OutboxMessage.find({ kind: 'notification.newThread', to: { $regex: `@${domain}$` } }, { to: 1 }).lean();
    assert.equal(mails.length, PEOPLE, 'one e-mail per person');
    assert.equal(new Set(mails.map((mail) => mail.to)).size, PEOPLE, 'no e-mail twice');
  });
});
