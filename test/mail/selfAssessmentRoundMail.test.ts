// A school's round by e-mail, through HTTP and the real SMTP catcher: opening a round invites every active member
// in their own language (not the admin who opened it), a reminder reaches only those who have not submitted, a
// second reminder the same day is refused, and no mail carries anyone's answers.
import assert from 'node:assert/strict';
import type { ReceivedMail } from '../../server/services/receivedMail.js';
import { waitUntil } from '../search/searchTestKit.js';
import { linkIn, mailTo } from '../support/mailbox.js';
import { planWorld, type PlanWorld } from '../support/plans.js';
import { publishShippedInstruments, takeAndSubmit, type InstrumentBody } from '../support/selfAssessment.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { RegisteredUser, TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

const roundTitle = 'Jesen 2026';
const aboutRound = async (address: string): Promise<ReceivedMail[]> => (await mailTo(address)).filter((mail) => mail.subject.includes(roundTitle)).reverse();

/** Waits until `count` mails about the round reached the address; returns them, oldest first. */
async function waitForRoundMail(address: string, count: number): Promise<ReceivedMail[]> {
  await waitUntil(async () => (await aboutRound(address)).length >= count, `${count} round mail(s) reach ${address}`);
  return aboutRound(address);
}

describe('self-assessment round mail', () => {
  let t: TestApp;
  let w: PlanWorld;
  let school: InstrumentBody;
  const staff: { client: TestClient; user: RegisteredUser }[] = [];

  before(async () => {
    t = await startTestApp();
    await t.listen();
    w = await planWorld(t, 'OŠ Pošta');
    ({ school } = await publishShippedInstruments(t));
    for (const locale of ['sl', 'pl']) {
      const member = await clientWithRoles(t, ['member']);
      await member.client.patch('/api/me', { locale }).expect(200);
      await member.client.post(`/api/organisations/${w.organisationId}/members/requests`).expect(202);
      await w.editor.post(`/api/organisations/${w.organisationId}/members/${member.user.id}/approve`).expect(200);
      staff.push(member);
    }
  });
  after(async () => t.close());

  it('invites the members in their language, reminds only those who have not answered, once a day', async () => {
    const roundId = (await w.editor.post(`/api/organisations/${w.organisationId}/self-assessment-rounds`, { instrument: 'school-selfie', title: roundTitle }).expect(201)).body.data.id as string;
    const [slovene, polish] = staff;
    const [invitedSl] = await waitForRoundMail(slovene!.user.email, 1);
    const [invitedPl] = await waitForRoundMail(polish!.user.email, 1);
    assert.equal(invitedSl!.subject, 'OŠ Pošta vas vabi k izpolnjevanju »Jesen 2026«');
    assert.equal(invitedPl!.subject, 'OŠ Pošta prosi o wypełnienie „Jesen 2026”');
    assert.match(invitedSl!.text, /najmanj 5 oseb/);
    assert.equal(new URL(linkIn(invitedSl!, '/self-assessment')).pathname, '/self-assessment');
    assert.equal((await aboutRound(w.editorUser.email)).length, 0, 'the admin who opened it is not invited');

    await takeAndSubmit(slovene!.client, { roundId, role: 'teacher' }, school, () => 3, 'teacher');
    await slovene!.client.post(`/api/self-assessment-rounds/${roundId}/remind`).expect(403);
    const reminded = (await w.editor.post(`/api/self-assessment-rounds/${roundId}/remind`).expect(200)).body.data as { reminded: number; remindedAt: string | null };
    assert.equal(reminded.reminded, 1);
    assert.ok(reminded.remindedAt);
    const [, reminder] = await waitForRoundMail(polish!.user.email, 2);
    assert.equal(reminder!.subject, 'Przypomnienie: „Jesen 2026” jest nadal otwarta');
    assert.equal((await w.editor.post(`/api/self-assessment-rounds/${roundId}/remind`).expect(409)).body.error.code, 'reminder_too_soon');
    const page = await w.editor.get(`/self-assessment/rounds/${roundId}?lang=sv`).expect(200);
    assert.match(page.text, /Senaste påminnelsen skickades/);

    const all = [...(await aboutRound(slovene!.user.email)), ...(await aboutRound(polish!.user.email))];
    assert.equal((await aboutRound(slovene!.user.email)).length, 1, 'who answered gets no reminder');
    for (const mail of all) assert.doesNotMatch(mail.text, /collab-|optionId|itemId/);
    await w.editor.post(`/api/self-assessment-rounds/${roundId}/close`).expect(200);
    assert.equal((await w.editor.post(`/api/self-assessment-rounds/${roundId}/remind`).expect(409)).body.error.code, 'round_closed');
  });
});
