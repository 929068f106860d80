// Living practices through the pages, without JavaScript: the author edits a published practice in the editor
// (a pending change, the live page unchanged), sends it with a note; the reviewer reads a labelled word-level diff
// linked to the live practice and publishes; a partner adds a translation beside the original; the page shows it.
import { strict as assert } from 'node:assert';
import { practiceInput } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('living practices: pages', () => {
  let t: TestApp;
  let author: TestClient;
  let reviewer: TestClient;
  let partner: TestClient;
  let practice: { id: string; slug: string; rev: number };

  const form = (client: TestClient, path: string, fields: Record<string, string | string[]>) =>
    client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

  before(async () => {
    t = await startTestApp();
    author = (await clientWithRoles(t, ['member'], 'Mojca Novak')).client;
    reviewer = (await clientWithRoles(t, ['member', 'organiser'], 'Piotr Kowalski')).client;
    partner = (await clientWithRoles(t, ['member'], 'Ewa Nowak')).client;
    const draft = (await author.post('/api/practices', practiceInput('Šolska strategija v živo')).expect(201)).body.data as { id: string };
    await author.post(`/api/practices/${draft.id}/submit`, {}).expect(200);
    await reviewer.post(`/api/practices/${draft.id}/start-review`, {}).expect(200);
    practice = (await reviewer.post(`/api/practices/${draft.id}/publish`, {}).expect(200)).body.data as typeof practice;
  });
  after(async () => t.close());

  it('edits a published practice as a pending change, sends it with a note, and the reviewer publishes it from a labelled diff', async () => {
    const live = await author.get(`/practices/${practice.slug}`).expect(200);
    assert.match(live.text, new RegExp(`href="/practices/${practice.id}/edit"`), 'the author finds the editor from the practice page');
    const editor = await author.get(`/practices/${practice.id}/edit?step=context`).expect(200);
    assert.match(editor.text, /You are editing a change to the published practice/);
    assert.match(editor.text, /<li class="current[^"]*"><a [^>]*aria-current="step"/);

    await form(author, `/practices/${practice.id}/edit`, {
      step: 'context', rev: String(practice.rev), go: 'stay',
      challenge: 'Učitelji niso imeli **skupnega načrta**.', educationLevels: ['isced-1', 'isced-3'], targetGroups: ['teachers'],
      lifecycleStage: 'implement', startDate: '2023-09-01', scaleSchools: '12', scaleParticipants: '1450',
    }).expect(303);
    const stillLive = await t.client().get(`/practices/${practice.slug}`).expect(200);
    assert.doesNotMatch(stillLive.text, /skupnega načrta/, 'readers still see the published version');

    const empty = await form(author, `/practices/${practice.id}/changes/record/submit`, { note: '' }).expect(400);
    assert.match(empty.text, /Say in a sentence|Povejte|what changed/i);
    await form(author, `/practices/${practice.id}/changes/record/submit`, { note: 'Izziv in stopnje dopolnjeni' }).expect(303);

    const queue = await reviewer.get('/review').expect(200);
    assert.match(queue.text, new RegExp(`href="/review/${practice.id}/changes/record"`));
    const review = await reviewer.get(`/review/${practice.id}/changes/record?lang=en`).expect(200);
    assert.match(review.text, new RegExp(`href="/practices/${practice.slug}"`), 'the review links to the live practice');
    assert.match(review.text, /Upper secondary education \(ISCED 3\)/, 'codes read as labels');
    assert.doesNotMatch(review.text, />isced-3</);
    assert.match(review.text, /<ins><span class="visually-hidden">\[added\] <\/span>Upper secondary/);
    assert.match(review.text, /<del><span class="visually-hidden">\[removed\] <\/span>Lower secondary/);
    assert.match(review.text, /<ins><span class="visually-hidden">\[added\] <\/span>[^<]*skupnega načrta/, 'Markdown is shown as text with the added words marked');
    assert.match(review.text, /Izziv in stopnje dopolnjeni/);

    await form(reviewer, `/review/${practice.id}/changes/record/publish`, {}).expect(303);
    const updated = await t.client().get(`/practices/${practice.slug}?lang=en`).expect(200);
    assert.match(updated.text, /skupnega načrta/);
    assert.match(updated.text, /Updated on [^<]*: <span lang="sl">Izziv in stopnje dopolnjeni<\/span>/);
    assert.match(updated.text, /<h2 id="history-heading">Version history<\/h2>/);
  });

  it('adds a partner translation beside the original, which readers see once it is reviewed', async () => {
    const form1 = await partner.get(`/practices/${practice.id}/translations/new?lang=en`).expect(200);
    assert.match(form1.text, /Original \(Slovenian\)/);
    assert.match(form1.text, /<select id="tr-language" name="language"/);
    const current = (await partner.get(`/api/practices/${practice.id}`).expect(200)).body.data as { rev: number };
    const bad = await form(partner, `/practices/${practice.id}/translations/new`, { language: 'pl', rev: String(current.rev), title: '', provenance: 'human', translator: 'Ewa Nowak' }).expect(400);
    assert.match(bad.text, /Podaj tytuł|title of 1 to 200/);
    await form(partner, `/practices/${practice.id}/translations/new`, {
      language: 'pl', rev: String(current.rev), title: 'Strategia szkolna na żywo', summary: 'Szkoły wspólnie napisały strategię.', provenance: 'human', translator: 'Ewa Nowak',
    }).expect(303);
    await form(partner, `/practices/${practice.id}/translations/pl/submit`, {}).expect(303);
    assert.doesNotMatch((await t.client().get(`/practices/${practice.slug}?text=pl`).expect(200)).text, /Strategia szkolna/);
    const review = await reviewer.get(`/review/${practice.id}/changes/pl?lang=en`).expect(200);
    assert.match(review.text, /Title \(Polish\)/);
    await form(reviewer, `/review/${practice.id}/changes/pl/publish`, {}).expect(303);
    const page = await t.client().get(`/practices/${practice.slug}?text=pl&lang=en`).expect(200);
    assert.match(page.text, /<h1 id="practice-title" lang="pl">Strategia szkolna na żywo<\/h1>/);
    assert.match(page.text, /Translated by Ewa Nowak/);
    assert.match(page.text, /Translation into Polish published/);
  });
});
