// Multilingual relevance through GET /api/search/practices: the judged queries (other grammatical forms, no
// diacritics, typos) in Slovenian, Polish, Swedish and English find the practice they mean among the first five.
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { judgedCorpus, judgedQueries } from './judgedQueries.js';
import { indexEverything, insertPractice } from './searchTestKit.js';

describe('search relevance in four languages', function () {
  let app: TestApp;
  const idOf = new Map<string, string>();

  before(async function () {
    app = await startTestApp();
    for (const doc of judgedCorpus) idOf.set(doc.key, await insertPractice(app.ctx, doc));
    await indexEverything(app.ctx);
  });
  after(async () => app?.close());

  for (const query of judgedQueries) {
    it(`${query.locale} (${query.kind}): "${query.q}" finds ${query.relevant.join(', ')}`, async function () {
      const response = await app.client().get('/api/search/practices').query({ q: query.q, locale: query.locale, limit: 5 }).expect(200);
      const ids = (response.body as { data: { id: string }[] }).data.map((hit) => hit.id);
      for (const key of query.relevant) assert.ok(ids.includes(idOf.get(key) ?? ''), `expected ${key} in the top 5`);
    });
  }
});
