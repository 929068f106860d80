// Files attached to a post in a members-only community are served to members only, and only the post's author
// (or a moderator) may attach them.
import sharp from 'sharp';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('post attachments', () => {
  let t: TestApp;
  let owner: TestClient;
  let member: TestClient;
  let otherMember: TestClient;
  let outsider: TestClient;

  before(async () => {
    t = await startTestApp();
    owner = (await clientWithRoles(t, ['organiser'])).client;
    member = (await clientWithRoles(t, ['member'])).client;
    otherMember = (await clientWithRoles(t, ['member'])).client;
    outsider = (await clientWithRoles(t, ['member'])).client;
  });
  after(async () => t.close());

  it('follows the visibility of a members-only community', async () => {
    const community = (
      await owner.post('/api/communities', { name: 'Grupa Wymiany Doświadczeń', language: 'pl', visibility: 'members-only', joinPolicy: 'open' }).expect(201)
    ).body.data;
    await member.post(`/api/communities/${community.id}/members/join`).expect(200);
    await otherMember.post(`/api/communities/${community.id}/members/join`).expect(200);
    const thread = (await member.post(`/api/communities/${community.id}/threads`, { title: 'Zdjęcia z warsztatów', body: 'Zdjęcia w załączniku.' }).expect(201)).body.data;
    const postId = thread.posts[0].id as string;

    const jpeg = await sharp({ create: { width: 500, height: 300, channels: 3, background: '#7a3e9d' } }).jpeg().toBuffer();
    const uploadId = (await member.post('/api/uploads').attach('files', jpeg, 'warsztaty.jpg').expect(201)).body.data[0].id as string;
    const otherUpload = (await otherMember.post('/api/uploads').attach('files', jpeg, 'cudze.jpg').expect(201)).body.data[0].id as string;

    await otherMember.post(`/api/uploads/${otherUpload}/attach`, { type: 'post', id: postId, licence: 'cc-by-4.0' }).expect(403);
    await member.post(`/api/uploads/${uploadId}/attach`, { type: 'post', id: postId, licence: 'cc-by-4.0', caption: 'Warsztaty' }).expect(200);

    await otherMember.get(`/files/${uploadId}/w320`).expect(200);
    await outsider.get(`/files/${uploadId}/w320`).expect(404);
    await (await t.client().init()).get(`/files/${uploadId}`).expect(404);
  });
});
