// The actions the room page and its fragments offer on a message are the policy's answer for that reader: an author's
// Edit and Delete only inside the edit window, a moderator's Delete always; the island reads them from data attributes.
import { strict as assert } from 'node:assert';
import { signedIn, socketSuite, type Member } from './socketClients.js';

describe('live room message actions follow the policy', () => {
  const suite = socketSuite();
  let owner: Member;
  before(() => {
    ({ owner } = suite);
  });

  /** The markup of the one message a fragment asked for by its seq holds. */
  const itemOf = (fragment: string, seq: number): string => {
    const start = fragment.indexOf(`id="m-${seq}"`);
    assert.ok(start >= 0, `message ${seq} in the fragment`);
    return fragment.slice(start);
  };

  it('offers the author Edit and Delete inside the edit window only, and the moderator Delete after it', async () => {
    const community = (await owner.http.post('/api/communities', { name: 'Okno urejanja', language: 'sl', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data as { id: string; slug: string };
    const roomId = (await owner.http.post(`/api/communities/${community.id}/rooms`, { name: 'Klepet', topic: '' }).expect(201)).body.data.id as string;
    const author = await signedIn(suite.t);
    await author.http.post(`/api/communities/${community.id}/members/join`).expect(200);
    const message = (await author.http.post(`/api/rooms/${roomId}/messages`, { body: 'Prvo sporočilo', clientId: 'window-1' }).expect(201)).body.data as { id: string; seq: number };
    const fragment = async (reader: Member): Promise<string> => itemOf((await reader.http.get(`/communities/${community.slug}/rooms/${roomId}/fragment?seqs=${message.seq}`).expect(200)).text, message.seq);

    const fresh = await fragment(author);
    assert.match(fresh, /data-can-edit="true" data-can-delete="true"/);
    assert.match(fresh, /data-action="edit"/);
    assert.match(fresh, /data-action="delete"/);

    const windowMinutes = suite.t.ctx.config.messageEditWindowMinutes;
    await suite.t.ctx.models.Message.updateOne({ _id: message.id }, { $set: { createdAt: new Date(Date.now() - (windowMinutes + 1) * 60_000) } });
    const old = await fragment(author);
    assert.match(old, /data-can-edit="false" data-can-delete="false"/, 'the island gets the policy’s answer');
    assert.doesNotMatch(old, /data-action="(edit|delete)"/, 'no Edit or Delete the command would refuse');
    assert.match(old, /data-action="reply"/);
    assert.equal((await author.http.delete(`/api/messages/${message.id}`).expect(403)).body.error.code, 'delete_not_allowed');

    const moderated = await fragment(owner);
    assert.match(moderated, /data-can-edit="false" data-can-delete="true"/);
    assert.match(moderated, /data-action="delete"/);
  });
});
