// The statistics rollup survives what can go wrong around it: an LMS import killed between a chunk's insert and its
// fold is finished, exactly, by importing the file again; two imports of one file at once record each completion
// once; and the operator command `statistics:repair` finds drift (--check writes nothing and exits 3), repairs it
// with progress output, backfills an emptied rollup, and then reports it exact.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { sharedServers } from '../support/sharedServers.js';
import { startTestApp, testEnvironment, type TestApp } from '../support/testApp.js';
import type { RegisteredUser, TestClient } from '../support/testClient.js';
import { exactStatistics, publishedTraining, type TrainingBody } from '../support/trainings.js';
import { clientWithRoles } from '../support/users.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('statistics rollup recovery', () => {
  let t: TestApp;
  let w: PlanWorld;
  let admin: TestClient;
  let trainings: TrainingBody[];
  let people: RegisteredUser[];

  const fileOf = (pairs: Array<[TrainingBody, RegisteredUser]>): string =>
    ['training,email,completedAt', ...pairs.map(([training, person], i) => `${training.slug},${person.email},2026-0${1 + (i % 6)}-1${i % 10}`)].join('\r\n');

  /** Runs the operator command on this test's database; resolves with its exit code and output. */
  function repairCommand(...args: string[]): Promise<{ code: number; output: string }> {
    const servers = sharedServers();
    const env = { ...process.env, ...testEnvironment({ MONGODB_DB_NAME: t.ctx.config.mongo.dbName, MEILI_INDEX_PREFIX: t.ctx.config.meili.indexPrefix, SMTP_URL: servers.smtp.url }) };
    return new Promise((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'server/cli/statisticsRollup.ts', ...args], { cwd: root, env, timeout: 240_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
      });
    });
  }

  before(async () => {
    t = await startTestApp();
    w = await planWorld(t);
    admin = (await clientWithRoles(t, ['member', 'admin'])).client;
    trainings = [
      await publishedTraining(w.organiser, 'E-varnost', { format: 'e-learning', competences: ['digComp:4.1'], sessions: [] }),
      await publishedTraining(w.organiser, 'E-podatki', { format: 'e-learning', programmeId: w.programmeId, competences: ['digComp:1.3'], sessions: [] }),
    ];
    people = (await Promise.all(Array.from({ length: 8 }, () => clientWithRoles(t, ['member'])))).map((p) => p.user);
  });
  after(async () => t.close());

  it('finishes an import killed between a chunk insert and its fold, exactly, when the file is imported again', async () => {
    const pairs = people.map((person, i): [TrainingBody, RegisteredUser] => [trainings[i % 2]!, person]);
    const importId = 'crashed-import-1';
    // What a kill -9 after the insert of the first rows and before their fold leaves: the rows without their
    // counts, and the import's record still saying they are in flight.
    await w.organiser.post('/api/trainings/completions/import', { csv: fileOf(pairs.slice(0, 3)), importId }).expect(200);
    await Promise.all([t.ctx.models.StatisticsCell.deleteMany({}), t.ctx.models.StatisticsPerson.deleteMany({}), t.ctx.models.StatisticsSnapshot.deleteMany({})]);
    await t.ctx.models.CompletionImport.updateOne({ _id: importId }, { $set: { phase: 'writing', processed: 0, unfolded: 3 } });
    assert.equal((await admin.get('/api/statistics/trainings').expect(200)).body.data.totals.participations, 0, 'the crashed rows were never counted');

    const resumed = await w.organiser.post('/api/trainings/completions/import', { csv: fileOf(pairs), importId }).expect(200);
    assert.deepEqual([resumed.body.data.imported, resumed.body.data.alreadyRecorded], [5, 3]);
    const stats = await exactStatistics(admin);
    assert.equal(stats.totals.participations, 8);
    assert.equal(stats.totals.participants, 8);
    assert.equal((await exactStatistics(admin, `programme=${w.programmeId}`)).totals.participations, 4);
    const progress = (await w.organiser.get(`/api/trainings/completions/imports/${importId}`).expect(200)).body.data;
    assert.equal(progress.phase, 'done');
  });

  it('records each completion once when the same file is imported twice at the same time', async () => {
    const pairs = people.map((person, i): [TrainingBody, RegisteredUser] => [trainings[(i + 1) % 2]!, person]);
    const csv = fileOf(pairs);
    const answers = await Promise.all([w.organiser.post('/api/trainings/completions/import', { csv }), w.organiser.post('/api/trainings/completions/import', { csv })]);
    assert.deepEqual(answers.map((a) => a.status), [200, 200]);
    assert.equal(answers.reduce((sum, a) => sum + Number(a.body.data.imported), 0), 8, 'each of the 8 new completions written by exactly one of the two');
    const stats = await exactStatistics(admin);
    assert.equal(stats.totals.participations, 16);
    assert.equal(stats.totals.participants, 8);
  });

  it('finds drift without writing, repairs it with progress output, backfills an emptied rollup and then reports it exact', async () => {
    const exact = await exactStatistics(admin);
    await t.ctx.models.StatisticsCell.updateOne({ _id: '*|total|' }, { $inc: { participations: 5, participants: -2 } });
    await t.ctx.models.StatisticsPerson.deleteOne({ _id: `*|${people[0]!.id}` });

    const checked = await repairCommand('--check');
    assert.equal(checked.code, 3, checked.output);
    assert.match(checked.output, /16 participations.*cells: \d+ checked, 1 drifted; people: \d+ checked, 1 drifted — run without --check to repair/s);
    assert.equal((await t.ctx.models.StatisticsCell.findById('*|total|').lean())!.participations, 21, '--check wrote nothing');

    const repaired = await repairCommand();
    assert.equal(repaired.code, 0, repaired.output);
    assert.match(repaired.output, /repairing cells: done/);
    assert.match(repaired.output, /— repaired/);
    assert.deepEqual(await exactStatistics(admin), exact);

    await t.ctx.models.StatisticsCell.deleteMany({});
    await t.ctx.models.StatisticsPerson.deleteMany({});
    const backfilled = await repairCommand();
    assert.equal(backfilled.code, 0, backfilled.output);
    assert.deepEqual(await exactStatistics(admin), exact);
    assert.deepEqual(await exactStatistics(admin, `programme=${w.programmeId}`), await exactStatistics(admin, `programme=${w.programmeId}`));

    const again = await repairCommand('--check');
    assert.equal(again.code, 0, again.output);
    assert.match(again.output, /cells: \d+ checked, 0 drifted; people: \d+ checked, 0 drifted — the rollup is exact/);
  });
});
