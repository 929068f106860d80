// Search analytics over HTTP: answered searches (also those served from the anonymous cache) and opened results are
// counted per query, never while typing, never a later page, never a query that looks like personal data; only
// organisers see the aggregates, as JSON and as a page of charts with tables.
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';
import { indexEverything, insertPractice } from './searchTestKit.js';

interface QueryRow {
  query: string;
  searches: number;
  zeroResults: number;
  clicks: number;
}
interface Analytics {
  totals: { searches: number; zeroResults: number; clicks: number };
  topQueries: QueryRow[];
  zeroResultQueries: QueryRow[];
  clickPositions: number[];
  daily: { day: string; searches: number }[];
}

describe('search analytics', function () {
  let app: TestApp;
  let organiser: TestClient;
  let member: TestClient;
  let reader: TestClient;

  before(async function () {
    app = await startTestApp();
    organiser = (await clientWithRoles(app, ['member', 'organiser'])).client;
    member = (await clientWithRoles(app, ['member'])).client;
    reader = await app.client().init();
    await insertPractice(app.ctx, { language: 'pl', title: 'Cyfrowy urząd gminy', sector: 'local-government' });
    await indexEverything(app.ctx);

    await reader.get('/api/search').query({ q: 'Samorząd', locale: 'pl' }).expect(200);
    // The same anonymous request again is answered from the page cache, and still counted.
    await reader.get('/api/search').query({ q: 'Samorząd', locale: 'pl' }).expect(200);
    await reader.get('/search').query({ q: 'samorząd  ', lang: 'pl' }).expect(200);
    await reader.get('/search/fragment').query({ q: 'zzyzxq', lang: 'en' }).expect(200);
    // Not counted: while typing, a later page, what looks like personal data, a suggestion.
    await reader.get('/search/fragment').query({ q: 'samor', lang: 'pl', typing: '1' }).expect(200);
    await reader.get('/api/search').query({ q: 'samorząd', locale: 'pl', offset: 20 }).expect(200);
    await reader.get('/api/search').query({ q: 'jan.novak@example.com' }).expect(200);
    await reader.get('/api/search').query({ q: '040 123 456 789' }).expect(200);
    await reader.get('/api/search/suggest').query({ q: 'samorz' }).expect(200);
    await reader.post('/api/search/clicks', { q: 'Samorząd', locale: 'pl', position: 2 }).expect(204);
    await reader.post('/api/search/clicks', { q: 'samorząd', locale: 'pl', position: 14 }).expect(204);
  });
  after(async () => app?.close());

  const analytics = async (): Promise<Analytics> => ((await organiser.get('/api/search/analytics').query({ days: 7 }).expect(200)).body as { data: Analytics }).data;

  it('counts searches, searches with no result and clicks by position, per normalised query', async function () {
    const stats = await analytics();
    assert.deepEqual(stats.topQueries.map(({ query, searches, zeroResults, clicks }) => ({ query, searches, zeroResults, clicks })), [
      { query: 'samorząd', searches: 3, zeroResults: 0, clicks: 2 },
      { query: 'zzyzxq', searches: 1, zeroResults: 1, clicks: 0 },
    ]);
    assert.deepEqual(stats.zeroResultQueries.map((row) => row.query), ['zzyzxq']);
    assert.deepEqual(stats.clickPositions, [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(stats.totals, { searches: 4, zeroResults: 1, clicks: 2 });
    assert.equal(stats.daily.length, 7);
    assert.equal(stats.daily.at(-1)?.searches, 4);
  });

  it('keeps no personal data: no address, no number, nothing about the reader', async function () {
    const stored = await app.ctx.models.SearchQueryStat.find({}).lean();
    assert.deepEqual(stored.map((doc) => doc.query).sort(), ['samorząd', 'zzyzxq']);
    for (const doc of stored) assert.deepEqual(Object.keys(doc).sort(), ['_id', 'clicks', 'day', 'lastAt', 'locale', 'positions', 'query', 'searches', 'zeroResults']);
  });

  it('shows the analytics to organisers only', async function () {
    assert.equal((await app.client().get('/api/search/analytics').expect(401)).body.error.code, 'unauthenticated');
    assert.equal((await member.get('/api/search/analytics').expect(403)).body.error.code, 'forbidden');
    assert.equal((await organiser.get('/api/search/analytics').query({ days: 5 }).expect(400)).body.error.code, 'validation_failed');
    assert.equal((await member.get('/statistics/search').query({ lang: 'en' })).status, 403);
    assert.doesNotMatch((await member.get('/search').query({ lang: 'en' }).expect(200)).text, /href="\/statistics\/search"/);
  });

  it('refuses a click that is not one: no query, a position of zero', async function () {
    assert.equal((await reader.post('/api/search/clicks', { q: '', locale: 'pl', position: 1 }).expect(400)).body.error.code, 'validation_failed');
    assert.equal((await reader.post('/api/search/clicks', { q: 'x', locale: 'pl', position: 0 }).expect(400)).body.error.code, 'validation_failed');
    assert.equal((await reader.post('/api/search/clicks', { q: 'x', locale: 'xx', position: 1, extra: true }).expect(400)).body.error.code, 'validation_failed');
  });

  it('renders the page in the reader’s language with charts and their tables', async function () {
    const page = (await organiser.get('/statistics/search').query({ lang: 'sl', days: 7 }).expect(200)).text;
    assert.match(page, /<h1>Analitika iskanja<\/h1>/);
    assert.match(page, /<a href="\/statistics\/search" aria-current="page">Analitika iskanja<\/a>/);
    for (const id of ['chart-daily', 'chart-top', 'chart-zero', 'chart-positions']) assert.match(page, new RegExp(`<figure class="chart [^"]+" id="${id}">[\\s\\S]*?<svg role="img"[\\s\\S]*?<table`), id);
    assert.match(page, /<a href="\/search\?q=samorz%C4%85d">samorząd<\/a>/);
    assert.match(page, /<option value="7" selected>Zadnjih 7 dni<\/option>/);
  });
});
