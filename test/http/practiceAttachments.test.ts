// Files attached to a practice follow the practice: private while it is a draft, public once it is published,
// mirrored into the record, and attachable only by those who may edit it.
import { strict as assert } from 'node:assert';
import sharp from 'sharp';
import { practiceInput } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('practice attachments', () => {
  let t: TestApp;
  let author: TestClient;
  let organiser: TestClient;
  let stranger: TestClient;
  let anonymous: TestClient;

  before(async () => {
    t = await startTestApp();
    author = (await clientWithRoles(t, ['member'])).client;
    organiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
    stranger = (await clientWithRoles(t, ['member'])).client;
    anonymous = await t.client().init();
  });
  after(async () => t.close());

  async function uploadImage(client: TestClient): Promise<string> {
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#2a6f97' } }).png().toBuffer();
    const response = await client.post('/api/uploads').attach('files', png, 'pupils-work.png').expect(201);
    return response.body.data[0].id as string;
  }

  it('is private with a draft, public once published, and mirrored into practice.attachments; locked while published', async () => {
    const practice = (await author.post('/api/practices', practiceInput('Šolska strategija s prilogami')).expect(201)).body.data;
    const uploadId = await uploadImage(author);
    await stranger.post(`/api/uploads/${uploadId}/attach`, { type: 'practice', id: practice.id, licence: 'cc-by-4.0', caption: 'x' }).expect(404);
    const undescribed = await author.post(`/api/uploads/${uploadId}/attach`, { type: 'practice', id: practice.id, licence: 'cc-by-sa-4.0' }).expect(400);
    assert.equal(undescribed.body.error.code, 'alt_text_required', 'an image on a practice needs alt text');
    await author.post(`/api/uploads/${uploadId}/attach`, { type: 'practice', id: practice.id, licence: 'cc-by-sa-4.0', caption: 'Plakat učencev' }).expect(200);

    const stored = await t.ctx.models.Practice.findById(practice.id).lean();
    assert.deepEqual(stored?.attachments.map((a) => [String(a.uploadId), a.licence, a.caption]), [[uploadId, 'cc-by-sa-4.0', 'Plakat učencev']]);
    assert.ok((stored?.rev ?? 0) > practice.rev, 'the mirror write bumps rev for search');

    await anonymous.get(`/files/${uploadId}/w320`).expect(404);
    await author.get(`/files/${uploadId}/w320`).expect(200);

    await author.post(`/api/practices/${practice.id}/submit`).expect(200);
    await organiser.post(`/api/practices/${practice.id}/start-review`).expect(200);
    await organiser.post(`/api/practices/${practice.id}/publish`, {}).expect(200);
    const served = await anonymous.get(`/files/${uploadId}/w320`).expect(200);
    assert.equal(served.headers['content-type'], 'image/webp');

    await author.post(`/api/uploads/${uploadId}/detach`, { type: 'practice', id: practice.id }).expect(403);
    await organiser.post(`/api/practices/${practice.id}/unpublish`, {}).expect(200);
    await anonymous.get(`/files/${uploadId}/w320`).expect(404);
    await author.post(`/api/uploads/${uploadId}/detach`, { type: 'practice', id: practice.id }).expect(200);
    const after = await t.ctx.models.Practice.findById(practice.id).lean();
    assert.deepEqual(after?.attachments, []);
  });
});
