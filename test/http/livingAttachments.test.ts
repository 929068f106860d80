// Attachments of a published practice through HTTP change only through its pending change: a file added, a file
// removed and a new order wait for review while readers keep the live files; the proposed file is seen by the
// author and the reviewer, never by the public, until the change is published, which keeps a revision with them.
import { strict as assert } from 'node:assert';
import sharp from 'sharp';
import { practiceInput } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

interface PracticeBody {
  id: string;
  slug: string;
  rev: number;
  attachments: Array<{ upload: { id: string } | null; uploadId?: string; licence: string; caption: string | null }>;
  pendingChanges: Array<{ target: string; state: string; fields: { attachments?: Array<{ uploadId: string; licence: string; caption?: string; alt?: string }> } }>;
}

describe('attachments of a published practice through its pending change', () => {
  let t: TestApp;
  let author: TestClient;
  let reviewer: TestClient;
  let stranger: TestClient;
  let anonymous: TestClient;

  before(async () => {
    t = await startTestApp();
    author = (await clientWithRoles(t, ['member'], 'Mojca Novak')).client;
    reviewer = (await clientWithRoles(t, ['member', 'organiser'], 'Piotr Kowalski')).client;
    stranger = (await clientWithRoles(t, ['member'], 'Ewa Nowak')).client;
    anonymous = await t.client().init();
  });
  after(async () => t.close());

  async function upload(client: TestClient, name: string, colour: string): Promise<string> {
    const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: colour } }).png().toBuffer();
    return (await client.post('/api/uploads').attach('files', png, name).expect(201)).body.data[0].id as string;
  }

  async function published(title: string, files: string[]): Promise<PracticeBody> {
    const draft = (await author.post('/api/practices', practiceInput(title)).expect(201)).body.data as PracticeBody;
    for (const id of files) await author.post(`/api/uploads/${id}/attach`, { type: 'practice', id: draft.id, licence: 'cc-by-4.0', caption: `Slika ${id.slice(-4)}` }).expect(200);
    await author.post(`/api/practices/${draft.id}/submit`, {}).expect(200);
    await reviewer.post(`/api/practices/${draft.id}/start-review`, {}).expect(200);
    return (await reviewer.post(`/api/practices/${draft.id}/publish`, {}).expect(200)).body.data as PracticeBody;
  }

  const liveIds = async (id: string): Promise<string[]> =>
    ((await t.ctx.models.Practice.findById(id).lean())?.attachments ?? []).map((a) => String(a.uploadId));

  it('adds, removes and reorders files as a pending change; readers keep the live files until a reviewer publishes it', async () => {
    const kept = await upload(author, 'kept.png', '#2a6f97');
    const dropped = await upload(author, 'dropped.png', '#aa3355');
    const practice = await published('Praksa z živimi prilogami', [kept, dropped]);
    const added = await upload(author, 'results-2026.png', '#33aa55');
    const base = `/api/practices/${practice.id}/changes/record/attachments`;

    await author.post(`/api/uploads/${added}/attach`, { type: 'practice', id: practice.id, licence: 'cc-by-4.0', alt: 'x' }).expect(403);
    const undescribed = await author.post(base, { uploadId: added, licence: 'cc-by-4.0' }).expect(400);
    assert.equal(undescribed.body.error.code, 'alt_text_required');
    await author.post(base, { uploadId: added, licence: 'nonsense' }).expect(400);
    const foreign = await upload(stranger, 'foreign.png', '#000000');
    await author.post(base, { uploadId: foreign, licence: 'cc-by-4.0', alt: 'tuje' }).expect(404);
    await stranger.post(base, { uploadId: foreign, licence: 'cc-by-4.0', alt: 'tuje' }).expect(403);
    assert.equal((await t.ctx.models.Practice.findById(practice.id).lean())?.pendingChanges?.record, undefined, 'refused input writes no change');

    await author.post(base, { uploadId: added, licence: 'cc-by-sa-4.0', alt: 'Graf rezultatov 2026' }).expect(200);
    await author.delete(`${base}/${dropped}`).expect(200);
    await author.put(`${base}/order`, { order: [kept] }).expect(400);
    const reordered = (await author.put(`${base}/order`, { order: [added, kept] }).expect(200)).body.data as PracticeBody;
    const proposal = reordered.pendingChanges.find((c) => c.target === 'record');
    assert.equal(proposal?.state, 'draft');
    assert.deepEqual(proposal?.fields.attachments?.map((a) => [a.uploadId, a.licence, a.alt ?? null]), [[added, 'cc-by-sa-4.0', 'Graf rezultatov 2026'], [kept, 'cc-by-4.0', `Slika ${kept.slice(-4)}`]]);

    assert.deepEqual(await liveIds(practice.id), [kept, dropped], 'the live record keeps its files');
    const page = await anonymous.get(`/practices/${practice.slug}`).expect(200);
    assert.ok(page.text.includes(`/files/${dropped}`) && !page.text.includes(`/files/${added}`));
    await anonymous.get(`/files/${added}/w320`).expect(404);
    await stranger.get(`/files/${added}/w320`).expect(404);

    await author.post(`/api/practices/${practice.id}/changes/record/submit`, { note: 'Rezultati 2026', minor: true }).expect(422);
    await author.post(`/api/practices/${practice.id}/changes/record/submit`, { note: 'Rezultati 2026' }).expect(200);
    await reviewer.get(`/files/${added}/w320`).expect(200);
    const review = await reviewer.get(`/review/${practice.id}/changes/record?lang=en`).expect(200);
    assert.match(review.text, /results-2026\.png/, 'the reviewer reads which file the change adds');
    assert.match(review.text, /<del><span class="visually-hidden">\[removed\] <\/span>dropped\.png/);

    await reviewer.post(`/api/practices/${practice.id}/changes/record/publish`, {}).expect(200);
    assert.deepEqual(await liveIds(practice.id), [added, kept], 'the change’s files, in its order');
    await anonymous.get(`/files/${added}/w320`).expect(200);
    await anonymous.get(`/files/${dropped}/w320`).expect(404);
    const stored = await t.ctx.models.Upload.findById(added).lean();
    assert.deepEqual(stored?.attachedTo.map((a) => [a.type, a.licence, a.alt]), [['practice', 'cc-by-sa-4.0', 'Graf rezultatov 2026']]);
    const revisions = (await reviewer.get(`/api/practices/${practice.id}/revisions`).expect(200)).body.data as Array<{ changedFields: string[] }>;
    assert.ok(revisions[0]?.changedFields.some((field) => field.startsWith('attachments')), 'the published change is a revision naming the attachments');
  });

  it('lets the author change a published practice’s files on the editor’s attachments step, as the pending change', async () => {
    const first = await upload(author, 'first.png', '#2a6f97');
    const second = await upload(author, 'second.png', '#aa3355');
    const practice = await published('Praksa z urejevalnikom prilog', [first, second]);
    const step = await author.get(`/practices/${practice.id}/edit?step=attachments&lang=en`).expect(200);
    assert.match(step.text, /data-through-change="true"/);
    assert.match(step.text, /the files you add, remove or reorder here become part of your pending change/);
    const form = (path: string, fields: Record<string, string>) => author.agent.post(path).type('form').send({ _csrf: author.csrfToken, ...fields });
    const base = `/practices/${practice.id}/attachments`;
    const refused = await form(`${base}/${second}`, { licence: 'cc-by-4.0', caption: '', alt: '' });
    assert.equal(refused.status, 400);
    assert.match(refused.text, /Describe what the image shows/);
    assert.equal((await form(`${base}/${second}`, { licence: 'cc0-1.0', caption: 'Nova legenda', alt: 'Učenci pri delu' })).status, 303);
    assert.equal((await form(`${base}/${second}/move`, { direction: 'up', rev: String((await t.ctx.models.Practice.findById(practice.id).lean())?.rev) })).status, 303);
    assert.equal((await form(`${base}/${first}/remove`, {})).status, 303);
    const stored = await t.ctx.models.Practice.findById(practice.id).lean();
    assert.deepEqual(stored?.attachments.map((a) => String(a.uploadId)), [first, second], 'the live files stay');
    const proposed = (stored?.pendingChanges?.record?.fields.attachments ?? []) as Array<{ uploadId: string; licence: string; caption?: string }>;
    assert.deepEqual(proposed.map((a) => [a.uploadId, a.licence, a.caption]), [[second, 'cc0-1.0', 'Nova legenda']]);
    const after = await author.get(`/practices/${practice.id}/edit?step=attachments&lang=en`).expect(200);
    assert.ok(after.text.includes(`id="attachment-${second}"`) && !after.text.includes(`id="attachment-${first}"`), 'the step shows the change’s files');
  });

  it('drops the link of a proposed file when its change is discarded, leaving the live files alone', async () => {
    const kept = await upload(author, 'kept.png', '#2a6f97');
    const practice = await published('Praksa z zavrženo prilogo', [kept]);
    const added = await upload(author, 'draft.png', '#33aa55');
    await author.post(`/api/practices/${practice.id}/changes/record/attachments`, { uploadId: added, licence: 'cc-by-4.0', alt: 'Osnutek' }).expect(200);
    assert.equal((await t.ctx.models.Upload.findById(added).lean())?.attachedTo[0]?.type, 'practiceChange');
    await author.post(`/api/practices/${practice.id}/changes/record/discard`, {}).expect(200);
    const orphan = await t.ctx.models.Upload.findById(added).lean();
    assert.deepEqual(orphan?.attachedTo, []);
    assert.ok(orphan?.orphanSince, 'left for the orphan cleanup');
    assert.deepEqual(await liveIds(practice.id), [kept]);
  });
});
