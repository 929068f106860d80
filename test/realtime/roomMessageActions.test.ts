// The actions the room page and its fragments offer on a message are the policy's answer for that reader: an author's
// Edit and Delete only inside the edit window, a moderator's Delete always; the island reads them from data attributes.
// Reactions name who gave them (a capped list that describes the reaction), and their broadcast says who by name.
import { strict as assert } from 'node:assert';
import { ack, nextEvent, signedIn, socketSuite, type Member } from './socketClients.js';

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

  it('names who gave a reaction (the first ten, the rest counted), in the reader’s language, and a broadcast says who', async () => {
    const community = (await owner.http.post('/api/communities', { name: 'Reakcije', language: 'sl', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data as { id: string; slug: string };
    const roomId = (await owner.http.post(`/api/communities/${community.id}/rooms`, { name: 'Klepet', topic: '' }).expect(201)).body.data.id as string;
    const message = (await owner.http.post(`/api/rooms/${roomId}/messages`, { body: 'Kdo pride v petek?', clientId: 'who-1' }).expect(201)).body.data as { id: string; seq: number };
    const people: Member[] = [];
    for (let i = 0; i < 12; i += 1) {
      const person = await signedIn(suite.t);
      await person.http.post(`/api/communities/${community.id}/members/join`).expect(200);
      await person.http.put(`/api/messages/${message.id}/reactions`, { kind: 'like', on: true }).expect(200);
      people.push(person);
    }
    const watcher = await suite.open(owner.cookie);
    await ack(watcher, 'room:join', { roomId });
    const heard = nextEvent<{ by: { userId: string; displayName: string; on: boolean } }>(watcher, 'message:reactions');
    const last = people[11] as Member;
    await last.http.put(`/api/messages/${message.id}/reactions`, { kind: 'like', on: false }).expect(200);
    assert.deepEqual((await heard).by, { userId: last.user.id, displayName: last.user.displayName, kind: 'like', on: false });

    const item = (reader: string) => itemOf(reader, message.seq);
    const english = item((await owner.http.get(`/communities/${community.slug}/rooms/${roomId}/fragment?seqs=${message.seq}&lang=en`).expect(200)).text);
    const likers = /<ul class="reaction-who" role="tooltip" id="(rw-[^"]+-like)">([\s\S]*?)<\/ul>/.exec(english);
    assert.ok(likers, 'the like has a list of who gave it');
    assert.match(english, new RegExp(`aria-describedby="${likers[1]}"`), 'which describes the reaction');
    const named = [...(likers[2] ?? '').matchAll(/<li data-user-id="([0-9a-f]+)">([^<]+)<\/li>/g)];
    assert.deepEqual(named.map((match) => match[2]), people.slice(0, 10).map((person) => person.user.displayName));
    assert.match(likers[2] ?? '', /<li class="reaction-more" data-more="1">and 1 more<\/li>/);
    const slovene = item((await owner.http.get(`/communities/${community.slug}/rooms/${roomId}/fragment?seqs=${message.seq}&lang=sl`).expect(200)).text);
    assert.match(slovene, /<li class="reaction-more" data-more="1">in še 1 oseba<\/li>/);
    const page = (await owner.http.get(`/communities/${community.slug}/rooms/${roomId}?lang=pl`).expect(200)).text;
    assert.match(page, /data-t-reactions-more="\{count, plural, one \{i jeszcze # osoba\} few/, 'the island gets the text unfilled');
  });
});
