// Organisations and programmes through HTTP: founding, editing with stale revisions, joining by request and by
// invitation, roles and the last admin, programme roles and cohort, and bad input.
import { strict as assert } from 'node:assert';
import { clientWithRoles } from '../support/users.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';

describe('organisations and programmes', () => {
  let t: TestApp;
  let founder: TestClient;
  let organiser: TestClient;
  let organiserId: string;
  before(async () => {
    t = await startTestApp();
    founder = (await clientWithRoles(t, ['member'])).client;
    const org = await clientWithRoles(t, ['member', 'organiser']);
    organiser = org.client;
    organiserId = org.user.id;
  });
  after(async () => t.close());

  const found = async (fields: Record<string, unknown> = {}) => {
    const response = await founder.post('/api/organisations', { name: 'Osnovna šola Trnovo', type: 'school', country: 'SI', region: 'Osrednjeslovenska', ...fields }).expect(201);
    return response.body.data as { id: string; slug: string; rev: number; viewer: { role: string } };
  };

  it('lets a signed-in person found an organisation and administer it; anyone reads it', async () => {
    const organisation = await found({ identifier: '5083001' });
    assert.equal(organisation.viewer.role, 'org-admin');
    assert.match(organisation.slug, /^osnovna-sola-trnovo/);
    const read = await t.client().get(`/api/organisations/${organisation.slug}`).expect(200);
    assert.equal(read.body.data.identifier, '5083001');
    assert.equal(read.body.data.viewer, null);
    await t.client().init().then((c) => c.post('/api/organisations', { name: 'Anonymous', type: 'school', country: 'SI' }).expect(401));
    const list = await t.client().get('/api/organisations?country=SI&type=school').expect(200);
    assert.ok(list.body.data.some((o: { id: string }) => o.id === organisation.id));
  });

  it('refuses bad input with a stable code and edits at the right revision only', async () => {
    const bad = await founder.post('/api/organisations', { name: 'X school', type: 'castle', country: 'SI' }).expect(400);
    assert.equal(bad.body.error.code, 'validation_failed');
    assert.match(JSON.stringify(bad.body.error.details), /type/);
    const organisation = await found();
    const edited = await founder.patch(`/api/organisations/${organisation.id}`, { rev: organisation.rev, region: 'Ljubljana' }).expect(200);
    assert.equal(edited.body.data.rev, organisation.rev + 1);
    const stale = await founder.patch(`/api/organisations/${organisation.id}`, { rev: organisation.rev, region: 'Maribor' }).expect(409);
    assert.equal(stale.body.error.code, 'stale_revision');
    assert.equal((await t.client().get(`/api/organisations/${organisation.id}`)).body.data.region, 'Ljubljana');
    const stranger = (await clientWithRoles(t, ['member'])).client;
    await stranger.patch(`/api/organisations/${organisation.id}`, { region: 'Koper' }).expect(403);
  });

  it('joins by request approved by an admin, and by invitation accepted by the person', async () => {
    const organisation = await found();
    const asking = await clientWithRoles(t, ['member']);
    const request = await asking.client.post(`/api/organisations/${organisation.id}/members/requests`).expect(202);
    assert.equal(request.body.data.state, 'pending');
    await asking.client.get(`/api/organisations/${organisation.id}/members`).expect(403);
    const pending = await founder.get(`/api/organisations/${organisation.id}/members?state=pending`).expect(200);
    assert.deepEqual(pending.body.data.map((m: { user: { id: string } }) => m.user.id), [asking.user.id]);
    await asking.client.post(`/api/organisations/${organisation.id}/members/${asking.user.id}/approve`).expect(403);
    await founder.post(`/api/organisations/${organisation.id}/members/${asking.user.id}/approve`).expect(200);
    await founder.post(`/api/organisations/${organisation.id}/members/${asking.user.id}/approve`).expect(404);

    const invited = await clientWithRoles(t, ['member']);
    await founder.post(`/api/organisations/${organisation.id}/members/invitations`, { userId: invited.user.id, role: 'plan-editor' }).expect(201);
    const again = await founder.post(`/api/organisations/${organisation.id}/members/invitations`, { userId: invited.user.id }).expect(409);
    assert.equal(again.body.error.code, 'already_member');
    const waiting = await invited.client.post(`/api/organisations/${organisation.id}/members/requests`).expect(409);
    assert.equal(waiting.body.error.code, 'invitation_waiting');
    const accepted = await invited.client.post(`/api/organisations/${organisation.id}/members/accept`).expect(200);
    assert.equal(accepted.body.data.role, 'plan-editor');
    const read = await invited.client.get(`/api/organisations/${organisation.id}`).expect(200);
    assert.equal(read.body.data.memberCount, 3);
    assert.deepEqual(read.body.data.viewer, { role: 'plan-editor', state: 'active' });
  });

  it('keeps at least one organisation admin', async () => {
    const organisation = await found();
    const me = (await founder.get('/api/me').expect(200)).body.data.id as string;
    const last = await founder.post(`/api/organisations/${organisation.id}/members/${me}/role`, { role: 'member' }).expect(409);
    assert.equal(last.body.error.code, 'last_admin');
    await founder.delete(`/api/organisations/${organisation.id}/members/${me}`).expect(409);
    const other = await clientWithRoles(t, ['member']);
    await founder.post(`/api/organisations/${organisation.id}/members/invitations`, { userId: other.user.id, role: 'org-admin' }).expect(201);
    await other.client.post(`/api/organisations/${organisation.id}/members/accept`).expect(200);
    await founder.post(`/api/organisations/${organisation.id}/members/${me}/role`, { role: 'plan-editor' }).expect(200);
    await founder.patch(`/api/organisations/${organisation.id}`, { region: 'Celje' }).expect(403);
    await founder.delete(`/api/organisations/${organisation.id}/members/${me}`).expect(204);
    assert.equal((await t.client().get(`/api/organisations/${organisation.id}`)).body.data.memberCount, 1);
  });

  it('creates programmes with roles and a cohort; refuses reversed periods and unknown organisations', async () => {
    const owner = await found({ name: 'Zavod za šolstvo', type: 'public-institute' });
    await founder.post('/api/programmes', { name: { en: 'Nope' }, periodStart: '2024-01-01', periodEnd: '2025-01-01' }).expect(403);
    const reversed = await organiser.post('/api/programmes', { name: { sl: 'Dvig' }, periodStart: '2026-01-01', periodEnd: '2025-01-01' }).expect(400);
    assert.match(JSON.stringify(reversed.body.error.details), /periodEnd/);
    const unknown = await organiser
      .post('/api/programmes', { name: { sl: 'Dvig' }, periodStart: '2024-01-01', periodEnd: '2026-12-31', ownerOrganisationIds: ['0123456789abcdef01234567'] })
      .expect(400);
    assert.equal(unknown.body.error.code, 'unknown_organisation');
    const created = await organiser
      .post('/api/programmes', {
        name: { sl: 'Dvig digitalne kompetentnosti', en: 'Raising digital competence' },
        description: { en: 'Every school writes a digital strategy.' },
        ownerOrganisationIds: [owner.id],
        periodStart: '2023-09-01',
        periodEnd: '2026-08-31',
        funding: 'Recovery and Resilience Facility',
        goals: [{ en: 'A digital strategy in every school' }],
      })
      .expect(201);
    const programme = created.body.data as { id: string; slug: string; rev: number; roles: { person: { id: string }; role: string }[] };
    assert.deepEqual(programme.roles.map((r) => [r.person.id, r.role]), [[organiserId, 'organiser']]);
    const advisor = await clientWithRoles(t, ['member']);
    await organiser.post(`/api/programmes/${programme.id}/roles`, { userId: advisor.user.id, role: 'advisor' }).expect(200);
    await advisor.client.post(`/api/programmes/${programme.id}/roles`, { userId: advisor.user.id, role: 'organiser' }).expect(403);
    const lastOrganiser = await organiser.post(`/api/programmes/${programme.id}/roles/remove`, { userId: organiserId, role: 'organiser' }).expect(409);
    assert.equal(lastOrganiser.body.error.code, 'last_organiser');
    await organiser.post(`/api/programmes/${programme.id}/cohort`, { organisationId: owner.id }).expect(200);
    const twice = await organiser.post(`/api/programmes/${programme.id}/cohort`, { organisationId: owner.id }).expect(200);
    assert.equal(twice.body.data.cohort.length, 1);
    const out = await organiser.patch(`/api/programmes/${programme.id}`, { periodEnd: '2020-01-01' }).expect(400);
    assert.equal(out.body.error.code, 'dates_out_of_order');
    const stale = await organiser.patch(`/api/programmes/${programme.id}`, { rev: programme.rev + 5, funding: 'EU' }).expect(409);
    assert.equal(stale.body.error.code, 'stale_revision');
    const read = await advisor.client.get(`/api/programmes/${programme.slug}`).expect(200);
    assert.deepEqual(read.body.data.viewer.roles, ['advisor']);
    assert.equal(read.body.data.funding, 'Recovery and Resilience Facility');
  });
});
