// Resources through HTTP: drafts by members (link or own file), Markdown safety, slugs and redirects, 409 on stale
// edits, the workflow for each role, visibility of drafts and archived ones, lists with filters, JSON-LD, bad input.
import { strict as assert } from 'node:assert';
import type { Practice } from '../../server/models/practice.js';
import { contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

interface ResourceBody {
  id: string;
  slug: string;
  rev: number;
  state: string;
  title: string;
  descriptionHtml: string;
  relatedPractices: Array<{ id: string; slug: string }>;
  file: { id: string; url: string } | null;
  [key: string]: unknown;
}

const linkInput = (title: string, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  title,
  description: 'A **practical** guide for school teams.',
  kind: 'handbook',
  language: 'sl',
  licence: 'cc-by-sa-4.0',
  url: 'https://example.org/guide',
  tags: ['strategy', 'strategy', 'selfie'],
  digCompEdu: ['2.1'],
  digComp: ['1.1'],
  ...overrides,
});

describe('resources API', () => {
  let t: TestApp;
  let author: TestClient;
  let authorId: string;
  let other: TestClient;
  let organiser: TestClient;
  let admin: TestClient;
  let anonymous: TestClient;
  let practice: Practice;
  let draftPractice: Practice;

  const create = async (client: TestClient, body: object): Promise<ResourceBody> => {
    const response = await client.post('/api/resources', body);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body.data as ResourceBody;
  };
  const count = () => t.ctx.models.Resource.countDocuments();

  before(async () => {
    t = await startTestApp();
    const a = await clientWithRoles(t, ['member'], 'Mojca Novak');
    author = a.client;
    authorId = a.user.id;
    other = (await clientWithRoles(t, ['member'])).client;
    organiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
    admin = (await clientWithRoles(t, ['member', 'admin'])).client;
    anonymous = await t.client().init();
    const actors = await contentActors(t.ctx);
    practice = await publishedPractice(t.ctx, actors, practiceInput('Digitalna strategija šole'));
    const { createPractice } = await import('../../server/commands/practices/createPractice.js');
    draftPractice = await createPractice(t.ctx, actors.author, practiceInput('Osnutek prakse'));
  });
  after(async () => t.close());

  describe('create and read', () => {
    it('creates a member draft with a transliterated slug, safe HTML and a first revision', async () => {
      const draft = await create(
        author,
        linkInput('Priročnik: Žiga in Łukasz', {
          description: 'Read <script>alert(1)</script> [this](javascript:alert(2)) and [that](https://example.org) <img src=x onerror=alert(3)>',
        }),
      );
      assert.equal(draft.state, 'draft');
      assert.equal(draft.slug, 'prirocnik-ziga-in-lukasz');
      assert.equal(draft.rev, 1);
      assert.doesNotMatch(draft.descriptionHtml, /<script|javascript:|onerror/i);
      assert.match(draft.descriptionHtml, /<a href="https:\/\/example.org" rel="nofollow ugc noopener">that<\/a>/);
      assert.deepEqual(draft.tags, ['strategy', 'selfie']);
      assert.equal(draft.licenceUrl, 'https://creativecommons.org/licenses/by-sa/4.0/');
      assert.deepEqual((draft.author as { id: string }).id, authorId);
      const revisions = await t.ctx.models.ResourceRevision.find({ subjectId: draft.id }).lean();
      assert.equal(revisions.length, 1);
      assert.ok(revisions[0]?.changedFields.includes('title'));
    });

    it('gives a second resource with the same title a numbered slug', async () => {
      const first = await create(author, linkInput('Same Title'));
      const second = await create(author, linkInput('Same Title'));
      assert.equal(first.slug, 'same-title');
      assert.equal(second.slug, 'same-title-2');
    });

    it('refuses bad input with a stable code and writes nothing', async () => {
      const before = await count();
      const cases: Array<[object, string, RegExp?]> = [
        [linkInput('No link', { url: undefined }), 'validation_failed', /url/],
        [linkInput('Both', { uploadId: '0123456789abcdef01234567' }), 'validation_failed', /url/],
        [linkInput('Kind', { kind: 'poster' }), 'validation_failed', /kind: "poster" is not a known resource kind/],
        [linkInput('Language', { language: 'xx' }), 'validation_failed', /language/],
        [linkInput('Licence', { licence: 'free' }), 'validation_failed', /licence: "free" is not a known licence/],
        [linkInput('Script', { url: 'javascript:alert(1)' }), 'validation_failed', /url/],
        [linkInput('Extra', { state: 'published' }), 'validation_failed'],
        [linkInput('', {}), 'validation_failed', /title/],
        [linkInput('Competence', { digCompEdu: ['9.9'] }), 'validation_failed', /digCompEdu/],
        [linkInput('Related', { relatedPracticeIds: ['0123456789abcdef01234567'] }), 'unknown_practice'],
        [linkInput('Upload', { url: undefined, uploadId: '0123456789abcdef01234567' }), 'unknown_upload'],
        [linkInput('Dollar', { tags: { $gt: '' } }), 'validation_failed'],
      ];
      for (const [body, code, message] of cases) {
        const response = await author.post('/api/resources', body);
        assert.equal(response.status, 400, `${JSON.stringify(body)} → ${response.status} ${JSON.stringify(response.body)}`);
        assert.equal(response.body.error.code, code);
        if (message) assert.match(`${response.body.error.message} ${JSON.stringify(response.body.error.details)}`, message);
      }
      const notJson = await author.post('/api/resources').set('Content-Type', 'text/plain').send('title=x').expect(415);
      assert.equal(notJson.body.error.code, 'unsupported_media_type');
      await anonymous.post('/api/resources', linkInput('Anonymous')).expect(401);
      assert.equal(await count(), before);
    });

    it('reads by id and by slug, and 404s for malformed or unknown ids', async () => {
      const draft = await create(author, linkInput('Readable'));
      const byId = await author.get(`/api/resources/${draft.id}`).expect(200);
      assert.equal(byId.body.data.slug, 'readable');
      const bySlug = await author.get(`/api/resources/by-slug/readable`).expect(200);
      assert.equal(bySlug.body.data.id, draft.id);
      for (const path of ['/api/resources/nope', '/api/resources/0123456789abcdef01234567', '/api/resources/by-slug/NOT_A_SLUG']) {
        const response = await author.get(path).expect(404);
        assert.equal(response.body.error.code, 'not_found');
      }
    });
  });

  describe('files', () => {
    const uploadText = async (client: TestClient, name: string): Promise<string> => {
      const response = await client.agent
        .post('/api/uploads')
        .set('X-CSRF-Token', client.csrfToken)
        .attach('files', Buffer.from('# Guide\n\nSteps for a school team.\n'), name);
      assert.equal(response.status, 201, JSON.stringify(response.body));
      return (response.body.data as Array<{ id: string }>)[0]?.id ?? '';
    };

    it('attaches the author’s own upload with the licence and serves it once the resource is published', async () => {
      const uploadId = await uploadText(author, 'guide.md');
      const resource = await create(author, linkInput('File guide', { url: undefined, uploadId, licence: 'cc0-1.0' }));
      assert.equal(resource.file?.id, uploadId);
      const upload = await t.ctx.models.Upload.findById(uploadId).lean();
      assert.deepEqual(
        upload?.attachedTo.map((a) => [a.type, a.id, a.licence]),
        [['resource', resource.id, 'cc0-1.0']],
      );
      await anonymous.get(`/files/${uploadId}`).expect(404);
      await organiser.post(`/api/resources/${resource.id}/publish`).expect(200);
      await anonymous.get(`/files/${uploadId}`).expect(200);
    });

    it('refuses someone else’s upload and moves the attachment when the file changes', async () => {
      const foreign = await uploadText(other, 'theirs.md');
      const refused = await author.post('/api/resources', linkInput('Stolen', { url: undefined, uploadId: foreign })).expect(400);
      assert.equal(refused.body.error.code, 'unknown_upload');
      const first = await uploadText(author, 'first.md');
      const second = await uploadText(author, 'second.md');
      const resource = await create(author, linkInput('Changing file', { url: undefined, uploadId: first }));
      await author.patch(`/api/resources/${resource.id}`, { rev: resource.rev, changes: { uploadId: second } }).expect(200);
      const [a, b] = await Promise.all([t.ctx.models.Upload.findById(first).lean(), t.ctx.models.Upload.findById(second).lean()]);
      assert.deepEqual(a?.attachedTo, []);
      assert.deepEqual(b?.attachedTo.map((x) => x.id), [resource.id]);
    });
  });

  describe('related practices', () => {
    it('shows only the related practices the reader may see', async () => {
      const resource = await create(
        author,
        linkInput('Related reading', { relatedPracticeIds: [String(practice._id), String(draftPractice._id)] }),
      );
      await organiser.post(`/api/resources/${resource.id}/publish`).expect(200);
      const seen = await anonymous.get(`/api/resources/${resource.id}`).expect(200);
      assert.deepEqual(seen.body.data.relatedPractices.map((p: { slug: string }) => p.slug), [practice.slug]);
      const staff = await organiser.get(`/api/resources/${resource.id}`).expect(200);
      assert.equal(staff.body.data.relatedPractices.length, 2);
    });
  });

  describe('workflow and visibility', () => {
    it('lets organisers publish, unpublish, archive and restore; members and anonymous may not', async () => {
      const draft = await create(author, linkInput('Workflow guide'));
      await anonymous.get(`/api/resources/${draft.id}`).expect(404);
      await other.get(`/api/resources/${draft.id}`).expect(404);
      await other.get('/api/resources/by-slug/workflow-guide').expect(404);
      await organiser.get(`/api/resources/${draft.id}`).expect(200);
      await other.post(`/api/resources/${draft.id}/publish`).expect(404);
      const own = await author.post(`/api/resources/${draft.id}/publish`).expect(403);
      assert.equal(own.body.error.code, 'forbidden');

      const published = await organiser.post(`/api/resources/${draft.id}/publish`, {}).expect(200);
      assert.equal(published.body.data.state, 'published');
      assert.ok(published.body.data.publishedAt);
      await anonymous.get(`/api/resources/${draft.id}`).expect(200);
      const again = await organiser.post(`/api/resources/${draft.id}/publish`).expect(409);
      assert.equal(again.body.error.code, 'invalid_transition');
      await anonymous.post(`/api/resources/${draft.id}/archive`).expect(401);
      await author.patch(`/api/resources/${draft.id}`, { rev: published.body.data.rev, changes: { title: 'Late edit' } }).expect(403);

      await organiser.post(`/api/resources/${draft.id}/unpublish`, { reason: 'Broken link' }).expect(200);
      await anonymous.get(`/api/resources/${draft.id}`).expect(404);
      await author.get(`/api/resources/${draft.id}`).expect(200);
      const archived = await admin.post(`/api/resources/${draft.id}/archive`).expect(200);
      assert.equal(archived.body.data.state, 'archived');
      await other.get(`/api/resources/${draft.id}`).expect(404);
      await organiser.post(`/api/resources/${draft.id}/unpublish`).expect(409);
      const restored = await organiser.post(`/api/resources/${draft.id}/restore`).expect(200);
      assert.equal(restored.body.data.state, 'draft');
      const badBody = await organiser.post(`/api/resources/${draft.id}/publish`, { when: 'now' }).expect(400);
      assert.equal(badBody.body.error.code, 'validation_failed');

      const audit = await t.ctx.models.Audit.find({ subjectType: 'resource', subjectId: draft.id }).sort({ at: 1, _id: 1 }).lean();
      assert.deepEqual(
        audit.map((entry) => entry.action),
        ['resource.create', 'resource.publish', 'resource.unpublish', 'resource.archive', 'resource.restore'],
      );
      assert.equal(audit[2]?.reason, 'Broken link');
    });
  });

  describe('editing', () => {
    it('edits the own draft, answers 409 on a stale revision and redirects the old slug', async () => {
      const draft = await create(author, linkInput('Stari naslov'));
      const edited = await author.patch(`/api/resources/${draft.id}`, { rev: draft.rev, changes: { title: 'Nov naslov', url: 'https://example.org/new' } }).expect(200);
      assert.equal(edited.body.data.slug, 'nov-naslov');
      assert.equal(edited.body.data.rev, draft.rev + 1);
      const stale = await author.patch(`/api/resources/${draft.id}`, { rev: draft.rev, changes: { title: 'Lost update' } }).expect(409);
      assert.equal(stale.body.error.code, 'stale_revision');
      assert.equal(stale.body.error.details.currentRev, draft.rev + 1);
      const moved = await author.get('/api/resources/by-slug/stari-naslov').expect(301);
      assert.equal(moved.headers.location, '/api/resources/by-slug/nov-naslov');
      await other.patch(`/api/resources/${draft.id}`, { rev: edited.body.data.rev, changes: { title: 'Hijack' } }).expect(404);
      const revisions = await t.ctx.models.ResourceRevision.find({ subjectId: draft.id }).sort({ rev: 1 }).lean();
      assert.deepEqual(revisions.map((r) => r.rev), [1, 2]);
      assert.deepEqual(revisions[1]?.changedFields, ['title', 'url']);
    });

    it('refuses bad edits without writing', async () => {
      const draft = await create(author, linkInput('Edit guard'));
      const cases: Array<[object, string]> = [
        [{ rev: draft.rev, changes: {} }, 'validation_failed'],
        [{ changes: { title: 'x' } }, 'validation_failed'],
        [{ rev: draft.rev, changes: { url: null } }, 'validation_failed'],
        [{ rev: draft.rev, changes: { kind: 'poster' } }, 'validation_failed'],
        [{ rev: draft.rev, changes: { relatedPracticeIds: ['0123456789abcdef01234567'] } }, 'unknown_practice'],
        [{ rev: draft.rev, changes: { title: 'x' }, extra: 1 }, 'validation_failed'],
      ];
      for (const [body, code] of cases) {
        const response = await author.patch(`/api/resources/${draft.id}`, body).expect(400);
        assert.equal(response.body.error.code, code, JSON.stringify(body));
      }
      const stored = await t.ctx.models.Resource.findById(draft.id).lean();
      assert.equal(stored?.rev, draft.rev);
      assert.equal(stored?.title, 'Edit guard');
    });
  });

  describe('lists', () => {
    it('filters, sorts and pages only what the reader may see', async () => {
      const made = [
        await create(author, linkInput('Zeta tool', { kind: 'tool', language: 'en', digCompEdu: ['3.1'], relatedPracticeIds: [String(practice._id)] })),
        await create(author, linkInput('Alpha tool', { kind: 'tool', language: 'pl', digComp: ['2.1'] })),
        await create(author, linkInput('Hidden draft tool', { kind: 'tool' })),
      ];
      await organiser.post(`/api/resources/${made[0]?.id}/publish`).expect(200);
      await organiser.post(`/api/resources/${made[1]?.id}/publish`).expect(200);

      const tools = await anonymous.get('/api/resources?kind=tool&sort=title').expect(200);
      assert.deepEqual(tools.body.data.map((r: ResourceBody) => r.title), ['Alpha tool', 'Zeta tool']);
      assert.deepEqual(tools.body.page, { offset: 0, limit: 20, total: 2 });
      const paged = await anonymous.get('/api/resources?kind=tool&sort=title&limit=1&offset=1').expect(200);
      assert.deepEqual(paged.body.data.map((r: ResourceBody) => r.title), ['Zeta tool']);
      assert.equal(paged.body.page.total, 2);
      const byLanguage = await anonymous.get('/api/resources?language=pl&kind=tool').expect(200);
      assert.deepEqual(byLanguage.body.data.map((r: ResourceBody) => r.title), ['Alpha tool']);
      const byCompetence = await anonymous.get('/api/resources?competence=digCompEdu:3.1').expect(200);
      assert.deepEqual(byCompetence.body.data.map((r: ResourceBody) => r.title), ['Zeta tool']);
      const byPractice = await anonymous.get(`/api/resources?practice=${String(practice._id)}&kind=tool`).expect(200);
      assert.deepEqual(byPractice.body.data.map((r: ResourceBody) => r.title), ['Zeta tool']);

      const drafts = await anonymous.get('/api/resources?state=draft').expect(200);
      assert.equal(drafts.body.data.length, 0);
      const otherDrafts = await other.get('/api/resources?state=draft').expect(200);
      assert.equal(otherDrafts.body.data.length, 0);
      const mine = await author.get('/api/resources?mine=true&kind=tool').expect(200);
      assert.equal(mine.body.data.length, 3);
      const staff = await organiser.get('/api/resources?state=draft&kind=tool').expect(200);
      assert.deepEqual(staff.body.data.map((r: ResourceBody) => r.title), ['Hidden draft tool']);
      await anonymous.get('/api/resources?mine=true').expect(401);

      for (const query of ['kind=poster', 'competence=digCompEdu:9.9', 'limit=1000', 'sort=random', 'state=gone', 'unknown=1', 'practice=x']) {
        const bad = await anonymous.get(`/api/resources?${query}`).expect(400);
        assert.equal(bad.body.error.code, 'validation_failed', query);
      }
    });
  });

  describe('JSON-LD', () => {
    it('describes a published resource as a schema.org LearningResource with LRMI properties', async () => {
      const resource = await create(author, linkInput('Linked data guide', { description: 'About "quotes" & <tags>' }));
      await anonymous.get(`/api/resources/${resource.id}/jsonld`).expect(404);
      await organiser.post(`/api/resources/${resource.id}/publish`).expect(200);
      const response = await anonymous.get(`/api/resources/${resource.id}/jsonld`).expect(200);
      assert.match(response.headers['content-type'], /^application\/ld\+json/);
      const data = JSON.parse(response.text) as Record<string, unknown>;
      assert.equal(data['@context'], 'https://schema.org');
      assert.deepEqual(data['@type'], ['CreativeWork', 'LearningResource']);
      assert.equal(data.name, 'Linked data guide');
      assert.equal(data.inLanguage, 'sl');
      assert.equal(data.license, 'https://creativecommons.org/licenses/by-sa/4.0/');
      assert.equal(data.learningResourceType, 'Handbook or guide');
      assert.equal(data.url, `${t.ctx.config.publicUrl}/resources/linked-data-guide`);
      const teaches = data.teaches as Array<{ termCode: string; inDefinedTermSet: { name: string } }>;
      assert.deepEqual(teaches.map((term) => `${term.inDefinedTermSet.name} ${term.termCode}`), ['DigCompEdu 2.1', 'DigComp 2.2 1.1']);
      assert.ok(data.audience);
    });
  });
});
