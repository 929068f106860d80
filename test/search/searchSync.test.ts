// The sync layer against the real servers: Meilisearch stopped mid-test (writes succeed, /readyz degraded, the
// worker catches up to exactly MongoDB), a reindex under concurrent writes loses nothing, reconcile repairs drift.
import assert from 'node:assert/strict';
import { Types } from 'mongoose';
import { reconcileAll, findDrift } from '../../server/search/reconcile.js';
import { reindexType } from '../../server/search/reindex.js';
import { searchTypes } from '../../server/search/searchDocument.js';
import { pendingCounts, syncAllPending } from '../../server/search/syncPending.js';
import { practiceInput } from '../support/publicContent.js';
import { sharedServers } from '../support/sharedServers.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { clientWithRoles } from '../support/users.js';
import { insertPractice, waitUntil } from './searchTestKit.js';

async function noDrift(app: TestApp): Promise<boolean> {
  for (const type of searchTypes) {
    const { report } = await findDrift(app.ctx, type);
    if (report.missing + report.stale + report.extra > 0) return false;
  }
  return true;
}

const nothingPending = (app: TestApp) => async () => Object.values(await pendingCounts(app.ctx)).every((count) => count === 0);

describe('search sync', function () {
  let app: TestApp;
  let baseUrl = '';

  before(async function () {
    app = await startTestApp();
    baseUrl = await app.listen();
  });
  after(async () => app?.close());

  it('keeps writing while Meilisearch is down, reports search degraded, and catches up exactly', async function () {
    const kept = await insertPractice(app.ctx, { language: 'en', title: 'Kept before the outage' });
    const edited = await insertPractice(app.ctx, { language: 'en', title: 'Edited during the outage' });
    const removed = await insertPractice(app.ctx, { language: 'en', title: 'Removed during the outage' });
    app.ctx.events.emit('search.pending');
    await waitUntil(nothingPending(app), 'the first practices are indexed');

    const servers = sharedServers();
    let stopped = false;
    try {
      await servers.stopMeili();
      stopped = true;
      const ready = await fetch(`${baseUrl}/readyz`);
      assert.equal(ready.status, 200);
      assert.equal(((await ready.json()) as { status: string }).status, 'degraded');

      const { client } = await clientWithRoles(app, ['member']);
      await client.post('/api/practices', practiceInput('Draft written during the outage')).expect(201);
      const added = await insertPractice(app.ctx, { language: 'en', title: 'Added during the outage' });
      await app.ctx.models.Practice.updateOne({ _id: edited }, { $set: { 'texts.en.title': 'Edited while search was down' }, $inc: { rev: 1 } });
      await app.ctx.models.Practice.updateOne({ _id: removed }, { $set: { deletedAt: new Date() }, $inc: { rev: 1 } });
      app.ctx.events.emit('search.pending');
      assert.ok(!(await nothingPending(app)()), 'the outage writes wait for indexing');

      await servers.restartMeili();
      stopped = false;
      await waitUntil(nothingPending(app), 'the worker caught up after the restart');
      assert.equal((await fetch(`${baseUrl}/readyz`)).status, 200);
      assert.ok(await noDrift(app), 'the index equals MongoDB');
      const ids = (await app.ctx.search.client.index(app.ctx.search.indexUid('practices')).getDocuments({ fields: ['id'], limit: 100 })).results.map((doc) => doc.id);
      assert.deepEqual(new Set(ids), new Set([kept, edited, added]));
      assert.equal(await app.ctx.models.Practice.countDocuments({ _id: removed }), 0);
    } finally {
      if (stopped) await servers.restartMeili();
    }
  });

  it('loses no write made during a reindex', async function () {
    const ids: string[] = [];
    for (let i = 0; i < 80; i += 1) ids.push(await insertPractice(app.ctx, { language: 'sl', title: `Praksa številka ${i}` }));
    await syncAllPending(app.ctx);

    let finished = false;
    const rebuild = reindexType(app.ctx, 'practices').finally(() => {
      finished = true;
    });
    let writes = 0;
    while (!finished && writes < 400) {
      const id = ids[writes % ids.length] ?? '';
      if (writes % 7 === 0) ids.push(await insertPractice(app.ctx, { language: 'sl', title: `Nova praksa med gradnjo ${writes}` }));
      else if (writes % 11 === 0) await app.ctx.models.Practice.updateOne({ _id: id, deletedAt: null }, { $set: { deletedAt: new Date() }, $inc: { rev: 1 } });
      else await app.ctx.models.Practice.updateOne({ _id: id }, { $set: { 'texts.sl.title': `Spremenjena praksa ${writes}` }, $inc: { rev: 1 } });
      app.ctx.events.emit('search.pending');
      writes += 1;
    }
    const result = await rebuild;
    assert.ok(writes > 0 && result.documents > 0);
    await waitUntil(nothingPending(app), 'the writes made during the reindex are indexed');
    assert.ok(await noDrift(app), 'the rebuilt index equals MongoDB');
    const indexes = (await app.ctx.search.client.getIndexes({ limit: 1000 })).results.map((index) => index.uid);
    assert.ok(!indexes.includes(`${app.ctx.search.indexUid('practices')}_next`), 'the old index is gone');
  });

  it('reconcile finds and repairs missing, stale and extra documents', async function () {
    await waitUntil(nothingPending(app), 'nothing is pending');
    const index = app.ctx.search.client.index(app.ctx.search.indexUid('practices'));
    const [first, second] = (await index.getDocuments<{ id: string }>({ fields: ['id'], limit: 2 })).results.map((doc) => doc.id);
    assert.ok(first && second);
    const staleDoc = await index.getDocument(second);
    await app.ctx.search.waitForSuccess((await index.deleteDocuments([first])).taskUid);
    await app.ctx.search.waitForSuccess((await index.addDocuments([{ ...staleDoc, rev: 999 }, { ...staleDoc, id: new Types.ObjectId().toHexString() }])).taskUid);

    const reports = await reconcileAll(app.ctx);
    assert.deepEqual(reports.find((report) => report.type === 'practices'), { type: 'practices', missing: 1, stale: 1, extra: 1 });
    assert.ok(await noDrift(app));
  });
});
