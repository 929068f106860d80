// Test helpers for plans: an organisation with a plan editor, a programme with an advisor and the organisation in
// its cohort, all made through the HTTP API.
import type { TestApp } from './testApp.js';
import type { RegisteredUser, TestClient } from './testClient.js';
import { clientWithRoles } from './users.js';

export interface PlanWorld {
  editor: TestClient;
  editorUser: RegisteredUser;
  advisorUser: RegisteredUser;
  organisationId: string;
  programmeId: string;
  organiser: TestClient;
  advisor: TestClient;
}

export async function planWorld(t: TestApp, name = 'Gmina Wąchock'): Promise<PlanWorld> {
  const { client: editor, user: editorUser } = await clientWithRoles(t, ['member']);
  const organisation = (await editor.post('/api/organisations', { name, type: 'municipality', country: 'PL', region: 'świętokrzyskie' }).expect(201)).body.data as { id: string };
  const organiser = (await clientWithRoles(t, ['member', 'organiser'])).client;
  const programme = (await organiser.post('/api/programmes', { name: { pl: 'Cyfrowy rozwój oświaty w JST' }, periodStart: '2024-01-01', periodEnd: '2027-12-31' }).expect(201)).body.data as { id: string };
  await organiser.post(`/api/programmes/${programme.id}/cohort`, { organisationId: organisation.id }).expect(200);
  const advisor = await clientWithRoles(t, ['member']);
  await organiser.post(`/api/programmes/${programme.id}/roles`, { userId: advisor.user.id, role: 'advisor' }).expect(200);
  return { editor, editorUser, advisorUser: advisor.user, organisationId: organisation.id, programmeId: programme.id, organiser, advisor: advisor.client };
}
