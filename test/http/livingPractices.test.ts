// Living practices through HTTP: editing a published practice makes a pending change while the published version
// stays live; review (return, publish) replaces it and the public history shows the note; minor changes; translations
// as their own reviewed pieces (only reviewed ones are public and searchable); bad input writes nothing.
import { strict as assert } from 'node:assert';
import { practiceInput } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

interface ChangeBody {
  target: string;
  state: string;
  note: string | null;
  reviewComment: string | null;
  fields: Record<string, unknown>;
}

interface PracticeBody {
  id: string;
  slug: string;
  rev: number;
  state: string;
  texts: Record<string, { title: string | null; summary?: string; reviewed: boolean; provenance: string; translator?: string }>;
  changeLog: { target: string; note: string | null; minor: boolean; author: { name: string } | null }[];
  contentUpdatedAt: string | null;
  pendingChanges: ChangeBody[];
  region: string | null;
}

describe('living practices: pending changes and translations of published practices', () => {
  let t: TestApp;
  let author: TestClient;
  let reviewer: TestClient;
  let partner: TestClient;
  let anonymous: TestClient;

  const read = async (client: TestClient, id: string): Promise<PracticeBody> => (await client.get(`/api/practices/${id}`).expect(200)).body.data as PracticeBody;
  const change = (client: TestClient, id: string, target: string, verb: string, body: object = {}) =>
    client.post(`/api/practices/${id}/changes/${target}/${verb}`, body);

  const published = async (title: string): Promise<PracticeBody> => {
    const draft = (await author.post('/api/practices', practiceInput(title)).expect(201)).body.data as PracticeBody;
    await author.post(`/api/practices/${draft.id}/submit`, {}).expect(200);
    await reviewer.post(`/api/practices/${draft.id}/start-review`, {}).expect(200);
    return (await reviewer.post(`/api/practices/${draft.id}/publish`, {}).expect(200)).body.data as PracticeBody;
  };

  before(async () => {
    t = await startTestApp();
    author = (await clientWithRoles(t, ['member'], 'Mojca Novak')).client;
    reviewer = (await clientWithRoles(t, ['member', 'organiser'], 'Piotr Kowalski')).client;
    partner = (await clientWithRoles(t, ['member'], 'Ewa Nowak')).client;
    anonymous = await t.client().init();
  });
  after(async () => t.close());

  it('keeps the published version live while a change is edited, returned, resubmitted and published', async () => {
    const live = await published('Živa praksa z rezultati');
    const edited = (await author.patch(`/api/practices/${live.id}`, {
      rev: live.rev,
      changes: { region: 'Podravska', texts: { sl: { outcomes: 'Leta 2026 je sodelovalo **40 šol**.' } } },
    }).expect(200)).body.data as PracticeBody;
    assert.equal(edited.state, 'published');
    assert.equal(edited.region, 'Osrednjeslovenska', 'the live record is unchanged');
    assert.deepEqual(edited.pendingChanges.map((c) => [c.target, c.state]), [['record', 'draft']]);

    const publicView = await read(anonymous, live.id);
    assert.equal(publicView.region, 'Osrednjeslovenska');
    assert.deepEqual(publicView.pendingChanges, [], 'readers never see a pending change');
    const page = await anonymous.get(`/practices/${live.slug}`).expect(200);
    assert.ok(!page.text.includes('40 šol'));

    await change(author, live.id, 'record', 'submit', {}).expect(400);
    await change(author, live.id, 'record', 'submit', { note: 'Rezultati vrednotenja 2026' }).expect(200);
    await change(author, live.id, 'record', 'publish').expect(403);
    const returned = (await change(reviewer, live.id, 'record', 'return', { comment: 'Navedite vir podatkov.' }).expect(200)).body.data as PracticeBody;
    assert.equal(returned.pendingChanges[0]?.state, 'changes-requested');
    assert.equal(returned.pendingChanges[0]?.reviewComment, 'Navedite vir podatkov.');
    await change(reviewer, live.id, 'record', 'publish').expect(409);

    await author.patch(`/api/practices/${live.id}`, { rev: returned.rev, changes: { texts: { sl: { outcomes: 'Leta 2026 je sodelovalo **40 šol** (anketa zavoda).' } } } }).expect(200);
    await change(author, live.id, 'record', 'submit', { note: 'Rezultati vrednotenja 2026' }).expect(200);
    const after = (await change(reviewer, live.id, 'record', 'publish').expect(200)).body.data as PracticeBody;
    assert.equal(after.region, 'Podravska');
    assert.deepEqual(after.pendingChanges, []);
    assert.ok(after.contentUpdatedAt);
    assert.deepEqual(after.changeLog.map((e) => [e.target, e.note, e.minor]), [['record', 'Rezultati vrednotenja 2026', false]]);

    const updatedPage = await anonymous.get(`/practices/${live.slug}`).expect(200);
    assert.match(updatedPage.text, /40 šol<\/strong> \(anketa zavoda\)/);
    assert.match(updatedPage.text, /Rezultati vrednotenja 2026/);
    const revisions = (await author.get(`/api/practices/${live.id}/revisions`).expect(200)).body.data as { changedFields: string[] }[];
    assert.ok(revisions[0]?.changedFields.includes('region'), 'publishing the change is a revision of the record');
  });

  it('lets the author publish a minor wording fix at once, and refuses a substantive one as minor', async () => {
    const live = await published('Praksa s tipkarsko napako');
    await author.patch(`/api/practices/${live.id}`, { rev: live.rev, changes: { texts: { sl: { difficulties: 'Prvo leto ni uspelo: premalo časa za učiteljice in učitelje.' } } } }).expect(200);
    const minor = (await change(author, live.id, 'record', 'submit', { note: 'Popravek besedila', minor: true }).expect(200)).body.data as PracticeBody;
    assert.deepEqual(minor.pendingChanges, []);
    assert.deepEqual(minor.changeLog.map((e) => e.minor), [true]);

    await author.patch(`/api/practices/${live.id}`, { rev: minor.rev, changes: { evidenceLevel: 'good' } }).expect(200);
    const refused = await change(author, live.id, 'record', 'submit', { note: 'Višja raven dokazov', minor: true }).expect(422);
    assert.equal(refused.body.error.code, 'change_not_minor');
    assert.equal((await read(author, live.id)).pendingChanges[0]?.state, 'draft', 'a refused minor change stays a draft');
  });

  it('refuses a stale edit, a change to the original language and a translation inside a record change', async () => {
    const live = await published('Praksa z zastarelim obrazcem');
    const first = await author.patch(`/api/practices/${live.id}`, { rev: live.rev, changes: { region: 'Gorenjska' } }).expect(200);
    const stale = await author.patch(`/api/practices/${live.id}`, { rev: live.rev, changes: { region: 'Koroška' } }).expect(409);
    assert.equal(stale.body.error.code, 'stale_revision');
    const rev = (first.body.data as PracticeBody).rev;
    assert.equal((await author.patch(`/api/practices/${live.id}`, { rev, changes: { originalLanguage: 'en' } }).expect(400)).body.error.code, 'original_language_fixed');
    assert.equal((await author.patch(`/api/practices/${live.id}`, { rev, changes: { texts: { pl: { title: 'Praktyka' } } } }).expect(400)).body.error.code, 'translation_separately');
    await partner.patch(`/api/practices/${live.id}`, { rev, changes: { region: 'X' } }).expect(403);
    const fields = (await read(author, live.id)).pendingChanges[0]?.fields as { region: string };
    assert.equal(fields.region, 'Gorenjska', 'refused edits wrote nothing');
    await change(author, live.id, 'record', 'discard').expect(200);
    assert.deepEqual((await read(author, live.id)).pendingChanges, []);
    await change(author, live.id, 'nonsense', 'discard').expect(404);
  });

  it('adds a partner translation that readers and search see only once it is reviewed', async () => {
    const live = await published('Praksa za prevod');
    assert.deepEqual(Object.keys((await read(anonymous, live.id)).texts), ['sl'], 'the unreviewed machine translation is not public');
    const body = { language: 'pl', rev: live.rev, changes: { title: 'Praktyka do tłumaczenia', summary: 'Szkoły wspólnie napisały strategię.', provenance: 'human', translator: 'Ewa Nowak' } };
    const added = (await partner.post(`/api/practices/${live.id}/translations`, body).expect(201)).body.data as PracticeBody;
    assert.deepEqual(Object.keys(added.texts), ['sl'], 'a pending translation is not live');
    assert.equal(added.pendingChanges[0]?.target, 'pl');

    const again = await partner.post(`/api/practices/${live.id}/translations`, { ...body, rev: added.rev }).expect(409);
    assert.equal(again.body.error.code, 'translation_exists');
    assert.equal((await partner.post(`/api/practices/${live.id}/translations`, { ...body, language: 'sl', rev: added.rev }).expect(400)).body.error.code, 'translation_is_original');
    await partner.post(`/api/practices/${live.id}/translations`, { ...body, language: 'xx', rev: added.rev }).expect(400);
    await partner.post(`/api/practices/${live.id}/translations`, { ...body, language: 'sv', rev: added.rev, changes: { summary: 'Utan titel' } }).expect(400);
    await partner.post(`/api/practices/${live.id}/translations`, { ...body, language: 'sv', rev: added.rev, changes: { title: 'X', reviewed: true } }).expect(400);
    assert.deepEqual((await read(author, live.id)).pendingChanges.map((c) => c.target), ['pl'], 'refused translations wrote nothing');

    await change(partner, live.id, 'pl', 'submit').expect(200);
    await change(partner, live.id, 'pl', 'publish').expect(403);
    const done = (await change(reviewer, live.id, 'pl', 'publish').expect(200)).body.data as PracticeBody;
    assert.equal(done.texts.pl?.reviewed, true);
    assert.equal(done.texts.pl?.translator, 'Ewa Nowak');
    assert.deepEqual(Object.keys((await read(anonymous, live.id)).texts).sort(), ['pl', 'sl']);
    const page = await anonymous.get(`/practices/${live.slug}?text=pl`).expect(200);
    assert.match(page.text, /Praktyka do tłumaczenia/);
    assert.match(page.text, /Ewa Nowak/);

    const doc = await t.ctx.models.Practice.findById(live.id).lean();
    assert.deepEqual([...(doc?.languages ?? [])].sort(), ['pl', 'sl'], 'search and filters take the public languages only');
  });
});
