// Reaching the collection editor: organisers find "New collection" in the navigation and "Edit this collection" on
// each collection they organise; other readers see neither. The editor's item rows keep their buttons together.
import { strict as assert } from 'node:assert';
import { conferenceCollection, contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { clientWithRoles } from '../support/users.js';

describe('collection editor navigation', () => {
  let t: TestApp;

  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('links the editor from the organiser’s navigation and from the collection page, for its organisers only', async () => {
    const { client: organiser, user } = await clientWithRoles(t, ['member', 'organiser'], 'Ola Organiser');
    const actors = await contentActors(t.ctx);
    const practice = await publishedPractice(t.ctx, actors, practiceInput('Digitalni dan šole'));
    const second = await publishedPractice(t.ctx, actors, practiceInput('Mentorji v občini'));
    const collection = await conferenceCollection(t.ctx, { ...actors, organiser: { userId: user.id, roles: ['member', 'organiser'], displayName: 'Ola Organiser' } }, 'Autumn conference', [{ type: 'practice', id: String(practice._id) }, { type: 'practice', id: String(second._id) }]);

    const home = await organiser.agent.get('/?lang=sl').expect(200);
    assert.match(home.text, /<li><a href="\/collections\/new">Nova zbirka<\/a><\/li>/);
    const page = await organiser.agent.get(`/collections/${collection.slug}?lang=en`).expect(200);
    assert.match(page.text, new RegExp(`<a class="button" href="/collections/${String(collection._id)}/edit">Edit this collection</a>`));
    const editor = await organiser.agent.get(`/collections/${String(collection._id)}/edit`).expect(200);
    assert.match(editor.text, /<li class="editor-item"><span class="item-name">[\s\S]*?<span class="item-actions">/);

    const { client: member } = await clientWithRoles(t, ['member'], 'Mia Member');
    const memberPage = await member.agent.get(`/collections/${collection.slug}`).expect(200);
    assert.doesNotMatch(memberPage.text, /href="\/collections\/new"|\/edit">/);
    const anonymous = await t.client().get(`/collections/${collection.slug}`).expect(200);
    assert.doesNotMatch(anonymous.text, /href="\/collections\/new"/);
  });
});
