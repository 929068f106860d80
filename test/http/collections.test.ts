// Collections through HTTP: organisers curate ordered practices and resources for an event; readers see only the
// items they may see; drafts are hidden; scheduled publishing goes live on time; slugs, 409s and bad input.
import { strict as assert } from 'node:assert';
import type { Practice } from '../../server/models/practice.js';
import { createPractice } from '../../server/commands/practices/createPractice.js';
import { contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

interface CollectionBody {
  id: string;
  slug: string;
  rev: number;
  state: string;
  items: Array<{ type: string; id: string; slug: string; title: string }>;
  organisers: Array<{ id: string }>;
  introductionHtml: Record<string, string>;
  [key: string]: unknown;
}

describe('collections API', () => {
  let t: TestApp;
  let organiser: TestClient;
  let organiserId: string;
  let otherOrganiser: TestClient;
  let otherOrganiserId: string;
  let member: TestClient;
  let memberId: string;
  let admin: TestClient;
  let anonymous: TestClient;
  let published: Practice;
  let draft: Practice;
  let resourceId: string;

  const input = (title: string, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    title: { sl: title, en: `${title} (EN)` },
    introduction: { sl: 'Zbirka s **konference**.' },
    event: { name: 'Zaključna konferenca', date: '2025-05-22', place: 'Ljubljana' },
    items: [
      { type: 'practice', id: String(published._id) },
      { type: 'practice', id: String(draft._id) },
      { type: 'resource', id: resourceId },
    ],
    ...overrides,
  });
  const create = async (client: TestClient, body: object): Promise<CollectionBody> => {
    const response = await client.post('/api/collections', body);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body.data as CollectionBody;
  };

  before(async () => {
    t = await startTestApp({ SCHEDULED_PUBLISH_INTERVAL_MS: '50' });
    await t.listen();
    const o = await clientWithRoles(t, ['member', 'organiser'], 'Anna Lindqvist');
    organiser = o.client;
    organiserId = o.user.id;
    const o2 = await clientWithRoles(t, ['member', 'organiser']);
    otherOrganiser = o2.client;
    otherOrganiserId = o2.user.id;
    const m = await clientWithRoles(t, ['member']);
    member = m.client;
    memberId = m.user.id;
    admin = (await clientWithRoles(t, ['member', 'admin'])).client;
    anonymous = await t.client().init();
    const actors = await contentActors(t.ctx);
    published = await publishedPractice(t.ctx, actors, practiceInput('Objavljena praksa'));
    draft = await createPractice(t.ctx, actors.author, practiceInput('Neobjavljena praksa'));
    const resource = await member.post('/api/resources', { title: 'Guide', kind: 'handbook', language: 'en', licence: 'cc-by-4.0', url: 'https://example.org' }).expect(201);
    resourceId = resource.body.data.id as string;
    await organiser.post(`/api/resources/${resourceId}/publish`).expect(200);
  });
  after(async () => t.close());

  it('lets organisers create a draft with ordered items, safe HTML and a transliterated slug', async () => {
    const collection = await create(
      organiser,
      input('Primeri z zaključne konference', { introduction: { sl: 'Uvod <script>alert(1)</script> [x](javascript:alert(1))', en: 'Intro' } }),
    );
    assert.equal(collection.slug, 'primeri-z-zakljucne-konference');
    assert.equal(collection.state, 'draft');
    assert.deepEqual(collection.organisers.map((o) => o.id), [organiserId]);
    assert.deepEqual(collection.items.map((item) => item.title), ['Objavljena praksa', 'Neobjavljena praksa', 'Guide']);
    assert.doesNotMatch(collection.introductionHtml.sl ?? '', /<script|javascript:/);
    assert.equal(collection.event && (collection.event as { place: string }).place, 'Ljubljana');
  });

  it('refuses members, anonymous visitors and bad input, writing nothing', async () => {
    const before = await t.ctx.models.Collection.countDocuments();
    await member.post('/api/collections', input('Member')).expect(403);
    await anonymous.post('/api/collections', input('Anonymous')).expect(401);
    const cases: Array<[object, string]> = [
      [input('x', { title: {} }), 'validation_failed'],
      [input('x', { title: { xx: 'Unknown language' } }), 'validation_failed'],
      [input('x', { event: { name: 'Conf', date: '2025-02-30' } }), 'validation_failed'],
      [input('x', { items: [{ type: 'practice', id: '0123456789abcdef01234567' }] }), 'unknown_item'],
      [input('x', { items: [{ type: 'resource', id: String(published._id) }] }), 'unknown_item'],
      [input('x', { items: [{ type: 'practice', id: String(published._id) }, { type: 'practice', id: String(published._id) }] }), 'validation_failed'],
      [input('x', { items: [{ type: 'post', id: String(published._id) }] }), 'validation_failed'],
      [input('x', { organiserIds: [memberId] }), 'unknown_organiser'],
      [input('x', { state: 'published' }), 'validation_failed'],
    ];
    for (const [body, code] of cases) {
      const response = await organiser.post('/api/collections', body);
      assert.equal(response.status, 400, `${JSON.stringify(body)} → ${response.status}`);
      assert.equal(response.body.error.code, code, JSON.stringify(body));
    }
    assert.equal(await t.ctx.models.Collection.countDocuments(), before);
  });

  it('hides drafts from readers, lets only its own organisers edit, and shows readers only visible items', async () => {
    const collection = await create(organiser, input('Vidnost zbirke'));
    await anonymous.get(`/api/collections/${collection.id}`).expect(404);
    await member.get(`/api/collections/${collection.id}`).expect(404);
    await member.get(`/api/collections/by-slug/${collection.slug}`).expect(404);
    await otherOrganiser.get(`/api/collections/${collection.id}`).expect(200);
    await otherOrganiser.patch(`/api/collections/${collection.id}`, { rev: collection.rev, changes: { title: { en: 'Taken over' } } }).expect(403);
    await otherOrganiser.post(`/api/collections/${collection.id}/publish`).expect(403);
    await member.post(`/api/collections/${collection.id}/publish`).expect(404);

    const live = await organiser.post(`/api/collections/${collection.id}/publish`, {}).expect(200);
    assert.equal(live.body.data.state, 'published');
    const seen = await anonymous.get(`/api/collections/by-slug/${collection.slug}`).expect(200);
    assert.deepEqual(seen.body.data.items.map((item: { title: string }) => item.title), ['Objavljena praksa', 'Guide']);
    const staff = await organiser.get(`/api/collections/${collection.id}`).expect(200);
    assert.equal(staff.body.data.items.length, 3);
    const again = await organiser.post(`/api/collections/${collection.id}/publish`).expect(409);
    assert.equal(again.body.error.code, 'invalid_transition');

    await admin.post(`/api/collections/${collection.id}/unpublish`, { reason: 'Wrong event' }).expect(200);
    await anonymous.get(`/api/collections/${collection.id}`).expect(404);
    const twice = await organiser.post(`/api/collections/${collection.id}/unpublish`).expect(409);
    assert.equal(twice.body.error.code, 'invalid_transition');
    const audit = await t.ctx.models.Audit.find({ subjectType: 'collection', subjectId: collection.id }).sort({ at: 1, _id: 1 }).lean();
    assert.deepEqual(audit.map((entry) => entry.action), ['collection.create', 'collection.publish', 'collection.unpublish']);
  });

  it('edits with optimistic concurrency, reorders items, adds organisers and redirects the old slug', async () => {
    const collection = await create(organiser, input('Stara zbirka'));
    const edited = await organiser
      .patch(`/api/collections/${collection.id}`, {
        rev: collection.rev,
        changes: {
          title: { sl: 'Nova zbirka' },
          items: [{ type: 'resource', id: resourceId }, { type: 'practice', id: String(published._id) }],
          organiserIds: [organiserId, otherOrganiserId],
          event: null,
        },
      })
      .expect(200);
    assert.equal(edited.body.data.slug, 'nova-zbirka');
    assert.deepEqual(edited.body.data.items.map((item: { type: string }) => item.type), ['resource', 'practice']);
    assert.equal(edited.body.data.event, null);
    const stale = await organiser.patch(`/api/collections/${collection.id}`, { rev: collection.rev, changes: { title: { sl: 'Izgubljeno' } } }).expect(409);
    assert.equal(stale.body.error.code, 'stale_revision');
    await otherOrganiser.patch(`/api/collections/${collection.id}`, { rev: edited.body.data.rev, changes: { introduction: { en: 'Now co-organised' } } }).expect(200);
    const moved = await organiser.get('/api/collections/by-slug/stara-zbirka').expect(301);
    assert.equal(moved.headers.location, '/api/collections/by-slug/nova-zbirka');
    for (const body of [{ rev: 2, changes: {} }, { rev: 2, changes: { items: [{ type: 'practice', id: 'nope' }] } }, { changes: { title: { sl: 'x' } } }]) {
      const bad = await organiser.patch(`/api/collections/${collection.id}`, body).expect(400);
      assert.equal(bad.body.error.code, 'validation_failed');
    }
  });

  it('publishes a scheduled collection when its time comes', async () => {
    const collection = await create(organiser, input('Načrtovana zbirka'));
    const publishAt = new Date(Date.now() + 1_500).toISOString();
    const scheduled = await organiser.post(`/api/collections/${collection.id}/publish`, { publishAt }).expect(200);
    assert.equal(scheduled.body.data.state, 'scheduled');
    assert.equal(scheduled.body.data.publishAt, publishAt);
    await anonymous.get(`/api/collections/${collection.id}`).expect(404);
    const badTime = await organiser.post(`/api/collections/${collection.id}/publish`, { publishAt: 'tomorrow' }).expect(400);
    assert.equal(badTime.body.error.code, 'validation_failed');

    let state = 'scheduled';
    for (let attempt = 0; attempt < 200 && state !== 'published'; attempt += 1) {
      const stored = await t.ctx.models.Collection.findById(collection.id, { state: 1 }).lean();
      state = stored?.state ?? 'missing';
      if (state !== 'published') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(state, 'published');
    const live = await anonymous.get(`/api/collections/${collection.id}`).expect(200);
    assert.equal(live.body.data.publishedAt, publishAt);
    const entry = await t.ctx.models.Audit.findOne({ subjectType: 'collection', subjectId: collection.id, action: 'collection.publish' }).lean();
    assert.deepEqual(entry?.data, { from: 'scheduled', to: 'published', scheduled: true });
  });

  it('lists published collections for everyone and drafts for organisers, sorted and paged', async () => {
    await create(organiser, input('Alfa osnutek'));
    const all = await anonymous.get('/api/collections?sort=title').expect(200);
    assert.ok(all.body.data.every((c: CollectionBody) => c.state === 'published'));
    assert.equal(all.body.page.total, all.body.data.length);
    const drafts = await anonymous.get('/api/collections?state=draft').expect(200);
    assert.deepEqual(drafts.body.data, []);
    const staff = await organiser.get('/api/collections?state=draft&sort=title&limit=1').expect(200);
    assert.equal(staff.body.data[0].slug, 'alfa-osnutek');
    assert.equal(staff.body.page.limit, 1);
    assert.ok(staff.body.page.total >= 2);
    for (const query of ['state=gone', 'sort=random', 'limit=0', 'extra=1']) {
      const bad = await anonymous.get(`/api/collections?${query}`).expect(400);
      assert.equal(bad.body.error.code, 'validation_failed', query);
    }
  });
});
