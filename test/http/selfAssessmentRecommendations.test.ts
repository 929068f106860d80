// Recommendations from a result: for the weakest competences, published practices and resources aligned to exactly
// those (the reader's language first), open communities discussing them, each with its "why"; saving one (API and
// page), listing and removing it, and nobody else reaching a person's saved ones.
import { strict as assert } from 'node:assert';
import { syncAllPending } from '../../server/search/syncPending.js';
import { communityWithThread, contentActors, linkResource, practiceInput, publishedPractice } from '../support/publicContent.js';
import { publishShippedInstruments, takeAndSubmit, type InstrumentBody } from '../support/selfAssessment.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

interface Group {
  dimension: string;
  items: { kind: string; id: string; title: string; url: string; inReaderLanguage: boolean; why: { dimension: string } }[];
}

describe('self-assessment recommendations', () => {
  let t: TestApp;
  let educator: InstrumentBody;
  let owner: TestClient;
  let resultId: string;
  let polishPracticeId: string;
  let communityId: string;

  before(async () => {
    t = await startTestApp();
    ({ educator } = await publishShippedInstruments(t));
    const actors = await contentActors(t.ctx);
    for (const n of [1, 2, 3, 4]) await publishedPractice(t.ctx, actors, practiceInput(`Obveščanje staršev ${n}`, { digCompEdu: ['1.1'] }));
    await publishedPractice(t.ctx, actors, practiceInput('Programiranje v 1. razredu', { digCompEdu: ['6.5'] }));
    const sl = (practiceInput('x').texts as Record<string, Record<string, unknown>>).sl!;
    polishPracticeId = String((await publishedPractice(t.ctx, actors, practiceInput('p', { originalLanguage: 'pl', texts: { pl: { ...sl, provenance: 'original', title: 'Szkolny kanał informacyjny dla rodziców' } }, digCompEdu: ['1.1'] })))._id);
    await linkResource(t.ctx, actors, 'Priročnik za komuniciranje šole', { digCompEdu: ['1.1'] });
    await linkResource(t.ctx, actors, 'Osnutek brez objave', { digCompEdu: ['1.1'] }, false);
    communityId = String((await communityWithThread(t.ctx, actors.organiser, { name: 'Komunikacja w szkole', visibility: 'public', threadTitle: 'Komunikacja w organizacji', body: 'Jak prowadzimy komunikację w organizacji ze szkołą i rodzicami?' })).community._id);
    await communityWithThread(t.ctx, actors.organiser, { name: 'Zamknięta grupa', visibility: 'members-only', threadTitle: 'Komunikacja w organizacji', body: 'Komunikacja w organizacji, tylko dla członków.' });
    await syncAllPending(t.ctx);
    owner = (await clientWithRoles(t, ['member'])).client;
    const levels = [1, 2, 2];
    resultId = (await takeAndSubmit(owner, { instrument: 'educator-digcompedu' }, educator, (index) => levels[index] ?? 4)).id;
  });
  after(async () => t.close());

  it('recommends aligned practices, resources and open communities for the weakest competences, the reader’s language first', async () => {
    const groups = (await owner.get(`/api/self-assessments/results/${resultId}/recommendations?lang=pl`).expect(200)).body.data as Group[];
    assert.deepEqual(groups.map((g) => g.dimension), ['1.1', '1.2', '1.3']);
    const first = groups[0]!;
    const practices = first.items.filter((i) => i.kind === 'practice');
    assert.equal(practices.length, 3);
    assert.equal(practices[0]!.id, polishPracticeId);
    assert.equal(practices[0]!.inReaderLanguage, true);
    assert.ok(practices.every((p) => !p.title.includes('Programiranje')));
    const resources = first.items.filter((i) => i.kind === 'resource');
    assert.deepEqual(resources.map((r) => r.title), ['Priročnik za komuniciranje šole']);
    const communities = first.items.filter((i) => i.kind === 'community');
    assert.deepEqual(communities.map((c) => c.id), [communityId]);
    assert.ok(first.items.every((item) => item.why.dimension === '1.1' && item.url.startsWith('/')));
    assert.equal(groups[1]!.items.length, 0);
  });

  it('saves a recommendation once, lists it with its title, removes it; nobody else reaches it', async () => {
    const body = { kind: 'practice', targetId: polishPracticeId, attemptId: resultId, dimension: '1.1' };
    const saved = (await owner.post('/api/self-assessments/saved', body).expect(201)).body.data as { id: string };
    const again = (await owner.post('/api/self-assessments/saved', body).expect(201)).body.data as { id: string };
    assert.equal(again.id, saved.id);
    const list = (await owner.get('/api/self-assessments/saved').expect(200)).body.data as { id: string; title: Record<string, string>; url: string }[];
    assert.equal(list.length, 1);
    assert.equal(list[0]!.title.pl, 'Szkolny kanał informacyjny dla rodziców');
    const other = (await clientWithRoles(t, ['admin'])).client;
    assert.deepEqual((await other.get('/api/self-assessments/saved').expect(200)).body.data, []);
    await other.post(`/api/self-assessments/saved/${saved.id}/remove`).expect(404);
    assert.equal((await other.post('/api/self-assessments/saved', body).expect(404)).body.error.code, 'not_found');
    assert.equal((await owner.post('/api/self-assessments/saved', { ...body, dimension: '9.9' }).expect(400)).body.error.code, 'validation_failed');
    assert.equal((await owner.post('/api/self-assessments/saved', { ...body, kind: 'thread' }).expect(400)).body.error.code, 'validation_failed');
    await owner.post('/api/self-assessments/saved', { ...body, targetId: '0123456789abcdef01234567' }).expect(404);
    await owner.post(`/api/self-assessments/saved/${saved.id}/remove`).expect(204);
    assert.deepEqual((await owner.get('/api/self-assessments/saved').expect(200)).body.data, []);
  });

  it('shows the recommendations with their “why” on the result page and saves one from there', async () => {
    const english = await owner.get(`/self-assessment/results/${resultId}?lang=en`).expect(200);
    assert.match(english.text, /What others have done about it/);
    assert.match(english.text, /Why this: it addresses 1\.1 Organisational communication\./);
    const polish = await owner.get(`/self-assessment/results/${resultId}?lang=pl`).expect(200);
    assert.match(polish.text, /Dlaczego: dotyczy obszaru 1\.1 Komunikacja w organizacji\./);
    assert.match(polish.text, /lang="pl">Szkolny kanał informacyjny dla rodziców<\/a>/);
    const saved = await owner.agent.post('/self-assessment/saved').type('form').send({ _csrf: owner.csrfToken, kind: 'community', targetId: communityId, dimension: '1.1', attemptId: resultId, next: `/self-assessment/results/${resultId}` }).expect(303);
    assert.equal(saved.headers.location, `/self-assessment/results/${resultId}?saved=1`);
    const after = await owner.get(`${saved.headers.location as string}&lang=pl`).expect(200);
    assert.match(after.text, /Zapisano na później ✓/);
    const overview = await owner.get('/self-assessment?lang=en').expect(200);
    assert.match(overview.text, /Komunikacja w szkole<\/a>/);
  });
});
