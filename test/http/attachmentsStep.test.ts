// The editor's attachments step and the reorder API: each file with its thumbnail, own licence, caption and alt
// text; moved up and down with plain forms, removed, and reordered through the API with every bad input refused.
import { strict as assert } from 'node:assert';
import sharp from 'sharp';
import { practiceInput } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('the editor attachments step', () => {
  let t: TestApp;
  let author: TestClient;
  let stranger: TestClient;

  before(async () => {
    t = await startTestApp();
    author = (await clientWithRoles(t, ['member'])).client;
    stranger = (await clientWithRoles(t, ['member'])).client;
  });
  after(async () => t.close());

  async function upload(client: TestClient, name: string): Promise<string> {
    const body = name.endsWith('.pdf')
      ? Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
      : await sharp({ create: { width: 200, height: 150, channels: 3, background: '#2a6f97' } }).png().toBuffer();
    const response = await client.post('/api/uploads').attach('files', body, name).expect(201);
    return response.body.data[0].id as string;
  }

  async function practiceWithFiles(): Promise<{ id: string; files: string[] }> {
    const practice = (await author.post('/api/practices', practiceInput('Priloge v urejevalniku')).expect(201)).body.data;
    const files: string[] = [];
    for (const [name, alt] of [['first.png', 'Učenci pri delu'], ['second.png', 'Plakat razreda'], ['report.pdf', undefined]] as const) {
      const uploadId = await upload(author, name);
      await author.post(`/api/uploads/${uploadId}/attach`, { type: 'practice', id: practice.id, licence: 'cc-by-4.0', ...(alt ? { alt } : {}) }).expect(200);
      files.push(uploadId);
    }
    return { id: practice.id as string, files };
  }

  const order = async (id: string): Promise<string[]> => ((await t.ctx.models.Practice.findById(id).lean())?.attachments ?? []).map((a) => String(a.uploadId));
  const rev = async (id: string): Promise<number> => (await t.ctx.models.Practice.findById(id).lean())?.rev ?? 0;
  const form = (client: TestClient, path: string, fields: Record<string, string>) => client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

  it('shows every file with a thumbnail, its licence, caption and alt text, and move and remove buttons', async () => {
    const { id, files } = await practiceWithFiles();
    const page = await author.agent.get(`/practices/${id}/edit?step=attachments&lang=en`).expect(200);
    assert.match(page.text, /<li class="current complete"><a [^>]*aria-current="step"><span class="step-number" aria-hidden="true">✓<\/span> Attachments/, 'the step with files is ticked');
    assert.match(page.text, new RegExp(`<li class="attachment-item" id="attachment-${files[0]}">[\\s\\S]*?<img src="/files/${files[0]}/w320" alt="Učenci pri delu"`));
    assert.equal((page.text.match(/name="alt"/g) ?? []).length, 2, 'an alt field for each image, none for the PDF');
    assert.match(page.text, /aria-label="Move first.png down"/);
    assert.doesNotMatch(page.text, /aria-label="Move first.png up"/, 'the first file cannot move up');
    assert.match(page.text, /Remove report.pdf/);
    assert.match(page.text, /<span class="file-badge" aria-hidden="true">PDF<\/span>/);
    const sl = await author.agent.get(`/practices/${id}/edit?step=attachments&lang=sl`).expect(200);
    assert.match(sl.text, /Premakni first.png dol/);
    assert.doesNotMatch(sl.text, /Move first.png/);
  });

  it('saves a file’s own licence, caption and alt text, and refuses an image without alt text, keeping what was typed', async () => {
    const { id, files } = await practiceWithFiles();
    await form(author, `/practices/${id}/attachments/${files[1]}`, { licence: 'cc-by-sa-4.0', caption: 'Razredni plakat', alt: 'Plakat s risbami učencev' }).expect(303);
    const stored = (await t.ctx.models.Practice.findById(id).lean())?.attachments.find((a) => String(a.uploadId) === files[1]);
    assert.deepEqual([stored?.licence, stored?.caption, stored?.alt], ['cc-by-sa-4.0', 'Razredni plakat', 'Plakat s risbami učencev']);

    const before = await t.ctx.models.Upload.findById(files[0]).lean();
    const refused = await form(author, `/practices/${id}/attachments/${files[0]}?lang=pl`, { licence: 'cc0-1.0', caption: '', alt: '' }).expect(400);
    assert.match(refused.text, /Opisz, co przedstawia obraz/);
    assert.match(refused.text, /aria-invalid="true"/);
    assert.match(refused.text, /<option value="cc0-1.0" selected>/, 'the chosen licence is kept');
    const badLicence = await form(author, `/practices/${id}/attachments/${files[0]}?lang=en`, { licence: 'free-for-all', alt: 'x' }).expect(400);
    assert.match(badLicence.text, /Choose one of the options in the list./);
    await form(author, `/practices/${id}/attachments/${files[0]}`, { licence: 'cc-by-4.0', alt: 'x'.repeat(301) }).expect(400);
    const after = await t.ctx.models.Upload.findById(files[0]).lean();
    assert.deepEqual(after?.attachedTo, before?.attachedTo, 'a refused save writes nothing');

    await form(stranger, `/practices/${id}/attachments/${files[0]}`, { licence: 'cc-by-4.0', alt: 'mine now' }).expect(404);
    await form(author, `/practices/${id}/attachments/not-an-id`, { licence: 'cc-by-4.0', alt: 'x' }).expect(404);
  });

  it('moves a file up and down with plain forms and keeps the focus target in the address', async () => {
    const { id, files } = await practiceWithFiles();
    const moved = await form(author, `/practices/${id}/attachments/${files[2]}/move`, { direction: 'up', rev: String(await rev(id)) }).expect(303);
    assert.equal(moved.headers.location, `/practices/${id}/edit?step=attachments&attachmentMoved=1&moved=${files[2]}-up#attachment-${files[2]}`);
    assert.deepEqual(await order(id), [files[0], files[2], files[1]]);
    await form(author, `/practices/${id}/attachments/${files[0]}/move`, { direction: 'down', rev: String(await rev(id)) }).expect(303);
    assert.deepEqual(await order(id), [files[2], files[0], files[1]]);

    const stale = await form(author, `/practices/${id}/attachments/${files[0]}/move?lang=en`, { direction: 'down', rev: '1' }).expect(409);
    assert.match(stale.text, /Someone saved this practice after you opened it/);
    await form(author, `/practices/${id}/attachments/${files[0]}/move`, { direction: 'sideways', rev: String(await rev(id)) }).expect(400);
    await form(author, `/practices/${id}/attachments/${files[0]}/move`, { direction: 'up' }).expect(400);
    assert.deepEqual(await order(id), [files[2], files[0], files[1]], 'refused moves change nothing');

    const page = await author.agent.get(`/practices/${id}/edit?step=attachments&attachmentMoved=1&lang=en`).expect(200);
    assert.match(page.text, /The file was moved./);
  });

  it('keeps the author’s order when a file is added or its details change', async () => {
    const { id, files } = await practiceWithFiles();
    await author.put(`/api/practices/${id}/attachments/order`, { rev: await rev(id), order: [files[2], files[1], files[0]] }).expect(200);
    await author.post(`/api/uploads/${files[1]}/attach`, { type: 'practice', id, licence: 'cc0-1.0', alt: 'Nov opis' }).expect(200);
    const added = await upload(author, 'third.png');
    await author.post(`/api/uploads/${added}/attach`, { type: 'practice', id, licence: 'cc-by-4.0', alt: 'Tretja slika' }).expect(200);
    assert.deepEqual(await order(id), [files[2], files[1], files[0], added]);
  });

  it('reorders through the API, refusing strangers, stale revisions and orders that leave out or repeat a file', async () => {
    const { id, files } = await practiceWithFiles();
    const current = await rev(id);
    const mismatch = await author.put(`/api/practices/${id}/attachments/order`, { rev: current, order: [files[0], files[1]] }).expect(400);
    assert.equal(mismatch.body.error.code, 'attachment_order_mismatch');
    const repeated = await author.put(`/api/practices/${id}/attachments/order`, { rev: current, order: [files[0], files[0], files[1]] }).expect(400);
    assert.equal(repeated.body.error.code, 'attachment_order_mismatch');
    for (const body of [{ rev: current }, { rev: current, order: [] }, { rev: 'one', order: files }, { rev: current, order: ['zzz'] }, { rev: current, order: files, extra: 1 }]) {
      const bad = await author.put(`/api/practices/${id}/attachments/order`, body).expect(400);
      assert.equal(bad.body.error.code, 'validation_failed', JSON.stringify(body));
    }
    const stale = await author.put(`/api/practices/${id}/attachments/order`, { rev: current - 1, order: [...files].reverse() }).expect(409);
    assert.equal(stale.body.error.code, 'stale_revision');
    await stranger.put(`/api/practices/${id}/attachments/order`, { rev: current, order: [...files].reverse() }).expect(404);
    await t.client().put(`/api/practices/${id}/attachments/order`).send({ rev: current, order: files }).expect(403);
    assert.deepEqual(await order(id), files, 'nothing refused was written');

    const done = await author.put(`/api/practices/${id}/attachments/order`, { rev: current, order: [...files].reverse() }).expect(200);
    assert.deepEqual(done.body.data.attachments.map((a: { uploadId: string }) => a.uploadId), [...files].reverse());
  });

  it('previews the practice as readers will see it: sections, the fact box and the attachments in their order', async () => {
    const { id, files } = await practiceWithFiles();
    const preview = await author.agent.get(`/practices/${id}/edit?step=review&lang=en`).expect(200);
    const section = preview.text.slice(preview.text.indexOf('<section class="preview"'));
    assert.match(section, /<h3 id="preview-title" lang="sl">Priloge v urejevalniku<\/h3>/);
    assert.match(section, /<aside class="practice-facts" aria-labelledby="facts-heading">\s*<h4 id="facts-heading">At a glance<\/h4>/);
    assert.match(section, /Slovenia, Osrednjeslovenska/, 'the fact box in the reader’s language');
    assert.match(section, /<h4 id="h-difficulties" lang="en">Difficulties and what failed<\/h4>/);
    assert.match(section, new RegExp(`<img src="/files/${files[0]}/w320" alt="Učenci pri delu"[\\s\\S]*<img src="/files/${files[1]}/w320" alt="Plakat razreda"[\\s\\S]*report.pdf`));
    const publicPage = await author.agent.get(`/practices/${(await t.ctx.models.Practice.findById(id).lean())?.slug}?lang=en`).expect(200);
    assert.match(publicPage.text, /<h2 id="facts-heading">At a glance<\/h2>/, 'the public page renders the same record one level up');
  });

  it('removes a file from the practice', async () => {
    const { id, files } = await practiceWithFiles();
    const removed = await form(author, `/practices/${id}/attachments/${files[1]}/remove`, {}).expect(303);
    assert.equal(removed.headers.location, `/practices/${id}/edit?step=attachments&attachmentRemoved=1#attachment-list`);
    assert.deepEqual(await order(id), [files[0], files[2]]);
    await form(stranger, `/practices/${id}/attachments/${files[0]}/remove`, {}).expect(404);
    assert.deepEqual(await order(id), [files[0], files[2]]);
  });
});
