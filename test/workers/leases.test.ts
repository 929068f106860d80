// Background-job leases with two app instances on one database (two nodes of one site): each job runs on exactly
// one node at a time, the other takes over when the first stops, and a crashed node's lease lapses.
import { strict as assert } from 'node:assert';
import { startIntervalWorker, type RunningWorker } from '../../server/workers/intervalWorker.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const jobs = ['expiryCleanup', 'mailDelivery', 'notificationDigest', 'notificationFanOut', 'savedSearchAlerts', 'scheduledPublishing', 'searchSync', 'uploadCleanup'];

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.fail(`timed out waiting until ${what}`);
}

/** A probe job on one node: counts its runs and notes whether a run ever started while another was inside. */
function probe(testApp: TestApp, job: string, shared: { inside: number; overlaps: number }) {
  const counter = { runs: 0, worker: null as RunningWorker | null };
  counter.worker = startIntervalWorker(testApp.ctx, {
    job,
    intervalMs: 10,
    run: async () => {
      if (shared.inside > 0) shared.overlaps += 1;
      shared.inside += 1;
      counter.runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      shared.inside -= 1;
    },
    onError: (error) => assert.fail(String(error)),
  });
  return counter;
}

describe('background-job leases across two app instances', () => {
  let first: TestApp;
  let second: TestApp;
  before(async () => {
    first = await startTestApp();
    second = await startTestApp({}, { sharing: first });
  });
  after(async () => {
    await first.close();
  });

  it('runs a job on one node only, and hands it to the other when that node stops', async () => {
    const shared = { inside: 0, overlaps: 0 };
    const onFirst = probe(first, 'probe', shared);
    const onSecond = probe(second, 'probe', shared);
    await until(() => onFirst.runs + onSecond.runs >= 20, 'the probe job ran 20 times');
    const [holder, standby] = onFirst.runs > 0 ? [onFirst, onSecond] : [onSecond, onFirst];
    assert.equal(standby.runs, 0, 'the node without the lease never ran the job');
    await holder.worker?.stop();
    const runsWhenStopped = holder.runs;
    await until(() => standby.runs >= 10, 'the other node took the job over');
    assert.equal(holder.runs, runsWhenStopped);
    assert.equal(shared.overlaps, 0, 'no run started while another was in progress');
    await standby.worker?.stop();
  });

  it('waits for a crashed holder\'s lease to lapse before taking the job', async () => {
    const lapsesAt = new Date(Date.now() + 400);
    await first.ctx.models.Lease.create({ _id: 'orphaned', holder: 'a node that crashed', expiresAt: lapsesAt });
    const shared = { inside: 0, overlaps: 0 };
    let firstRunAt = 0;
    const worker = startIntervalWorker(first.ctx, {
      job: 'orphaned',
      intervalMs: 10,
      run: async () => {
        firstRunAt ||= Date.now();
      },
      onError: (error) => assert.fail(String(error)),
    });
    await until(() => firstRunAt > 0, 'the job ran after the lapse');
    assert.ok(firstRunAt >= lapsesAt.getTime(), 'it did not run while the crashed node still held the lease');
    await worker.stop();
    assert.equal(shared.overlaps, 0);
  });

  it('shares the real workers between the two nodes, one holder each, and moves them all on shutdown', async () => {
    await first.listen();
    await second.listen();
    await until(() => [...first.jobsHeld(), ...second.jobsHeld()].length === jobs.length, 'every job has a holder');
    const held = [...first.jobsHeld(), ...second.jobsHeld()].sort();
    assert.deepEqual(held, jobs, 'each job is held by exactly one node');
    const leases = await first.ctx.models.Lease.find({ _id: { $in: jobs } }).lean();
    assert.equal(leases.length, jobs.length, 'one lease document per job');
    await second.close();
    await until(() => first.jobsHeld().length === jobs.length, 'the first node holds every job');
    assert.deepEqual(first.jobsHeld().sort(), jobs);
  });
});
