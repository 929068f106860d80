// Follows and notifications through HTTP, Socket.IO and the SMTP catcher: a reply notifies live, in-app and by
// e-mail in the recipient's language; new threads reach a community's followers; mentions in posts and room messages;
// someone removed from a members-only community hears nothing more from it; preferences; the centre's pages.
import assert from 'node:assert/strict';
import type { Socket } from 'socket.io-client';
import { waitUntil } from '../search/searchTestKit.js';
import { mailTo } from '../support/mailbox.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { connect, nextEvent, signedIn, type Member } from '../realtime/socketClients.js';
import { sendDigests } from '../../server/commands/notifications/sendDigests.js';

interface Group {
  id: string;
  groupKey: string;
  kind: string;
  text: string;
  count: number;
  unread: boolean;
  path: string;
}

describe('follows and notifications', () => {
  let t: TestApp;
  let url: string;
  let owner: Member;
  const sockets: Socket[] = [];

  before(async () => {
    t = await startTestApp();
    url = await t.listen();
    owner = await signedIn(t, ['member', 'organiser']);
  });
  after(async () => {
    for (const socket of sockets) socket.close();
    await t.close();
  });

  const community = async (fields: Record<string, unknown> = {}): Promise<{ id: string; slug: string }> => {
    const created = await owner.http.post('/api/communities', { name: `Digital schools ${Date.now()}`, language: 'en', visibility: 'public', joinPolicy: 'open', ...fields }).expect(201);
    return { id: created.body.data.id, slug: created.body.data.slug };
  };
  const member = async (communityId: string, locale?: string): Promise<Member> => {
    const joined = await signedIn(t);
    if (locale) await joined.http.patch('/api/me', { locale }).expect(200);
    await joined.http.post(`/api/communities/${communityId}/members/join`).expect(200);
    return joined;
  };
  /** The notification e-mails one person received (registration also mailed them a confirmation link). */
  const notificationMails = async (who: Member) => (await mailTo(who.user.email)).filter((mail) => mail.headers['list-unsubscribe']);
  const waitForNotificationMails = (who: Member, count = 1) => waitUntil(async () => (await notificationMails(who)).length >= count, `${count} notification mail(s) reach ${who.user.email}`);
  const groups = async (who: Member): Promise<Group[]> => (await who.http.get('/api/notifications').expect(200)).body.data;
  const live = async (who: Member): Promise<Socket> => {
    const socket = await connect(url, who.cookie);
    sockets.push(socket);
    return socket;
  };
  const thread = async (who: Member, communityId: string, title: string, body = 'Opening post'): Promise<{ id: string; postId: string }> => {
    const created = await who.http.post(`/api/communities/${communityId}/threads`, { title, body }).expect(201);
    return { id: created.body.data.id, postId: created.body.data.posts[0].id };
  };

  it('a reply notifies its addressee live, in the notification centre and by e-mail in their language', async () => {
    const place = await community();
    const ana = await member(place.id, 'sl');
    const bo = await member(place.id);
    const started = await thread(ana, place.id, 'SELFIE in Ljubljana');
    const socket = await live(ana);
    const heard = nextEvent<{ text: string; path: string }>(socket, 'notification:new');
    await bo.http.post(`/api/threads/${started.id}/replies`, { body: 'We did it in Kraków too.', parentId: started.postId }).expect(201);
    const event = await heard;
    assert.match(event.text, /vam je odgovoril\(a\) v »SELFIE in Ljubljana«/);
    assert.match(event.path, new RegExp(`^/threads/${started.id}#post-`));

    await bo.http.post(`/api/threads/${started.id}/replies`, { body: 'And a second thought.' }).expect(201);
    await waitUntil(async () => (await groups(ana))[0]?.count === 2, 'two replies form one group');
    const [group] = await groups(ana);
    assert.equal(group?.kind, 'reply');
    assert.equal(group?.unread, true);
    const count = await ana.http.get('/api/notifications/unread-count').expect(200);
    assert.equal(count.body.data.unread, 2);

    await waitForNotificationMails(ana);
    const [mail] = await notificationMails(ana);
    assert.ok(mail);
    assert.match(mail.subject, /vam je odgovoril\(a\) v »SELFIE in Ljubljana«/);
    assert.match(mail.text, /Odpri v Praxisu: http:\/\/\S+\/threads\//);
    assert.match(mail.headers['list-unsubscribe'] ?? '', /\/unsubscribe\//);

    const page = await ana.http.get('/notifications?lang=sl').expect(200);
    assert.match(page.text, /<span class="notification-count" data-unread="2">2<\/span>/);
    assert.match(page.text, /in še 1/);
    const opened = await ana.http.get(`/notifications/${group?.id}/open`).expect(303);
    assert.equal(opened.headers.location, group?.path);
    assert.equal((await ana.http.get('/api/notifications/unread-count').expect(200)).body.data.unread, 0);
    await bo.http.get(`/notifications/${group?.id}/open`).expect(404);
  });

  it('a new thread reaches the community’s followers; following what one may not see is refused and writes nothing', async () => {
    const place = await community();
    const follower = await member(place.id);
    await follower.http.post('/api/follows', { targetType: 'community', targetId: place.id }).expect(201);
    await follower.http.post('/api/follows', { targetType: 'community', targetId: place.id }).expect(201);
    const follows = (await follower.http.get('/api/follows?targetType=community').expect(200)).body.data;
    assert.deepEqual(follows.map((item: { targetId: string }) => item.targetId), [place.id]);

    const poster = await member(place.id);
    await thread(poster, place.id, 'Digital plan for 2027');
    await waitUntil(async () => (await groups(follower)).some((group) => group.kind === 'newThread'), 'the follower hears of the new thread');
    assert.deepEqual(await notificationMails(follower), [], 'new threads go to the daily digest by default, not an e-mail at once');

    const hidden = await community({ visibility: 'members-only', joinPolicy: 'request' });
    const before = await t.ctx.models.Follow.countDocuments({});
    const refused = await follower.http.post('/api/follows', { targetType: 'community', targetId: hidden.id }).expect(404);
    assert.equal(refused.body.error.code, 'not_found');
    for (const bad of [{ targetType: 'planet', targetId: 'x' }, { targetType: 'competence', targetId: 'digComp:9.9' }, { targetType: 'thread' }, { targetType: 'author', targetId: '0123456789abcdef01234567' }]) {
      const answer = await follower.http.post('/api/follows', bad);
      assert.ok(answer.status === 400 || answer.status === 404, `${JSON.stringify(bad)} → ${answer.status}`);
    }
    assert.equal(await t.ctx.models.Follow.countDocuments({}), before);
    await t.client().post('/api/follows', { targetType: 'community', targetId: place.id }).expect(403);
  });

  it('someone removed from a members-only community hears nothing more from it: not in-app, not live, not by e-mail', async () => {
    const place = await community({ visibility: 'members-only', joinPolicy: 'open' });
    const leaving = await member(place.id);
    const staying = await member(place.id);
    for (const who of [leaving, staying]) {
      await who.http.post('/api/follows', { targetType: 'community', targetId: place.id }).expect(201);
      await who.http.patch('/api/me/notification-preferences', { newThread: 'email' }).expect(200);
    }
    await thread(owner, place.id, 'Before the ban');
    await waitUntil(async () => (await groups(leaving)).length === 1, 'the member hears of the first thread');
    await waitForNotificationMails(leaving);

    const socket = await live(leaving);
    let heardLive = 0;
    socket.on('notification:new', () => {
      heardLive += 1;
    });
    await owner.http.post(`/api/communities/${place.id}/members/${leaving.user.id}/ban`, { reason: 'spam' }).expect(204);
    await thread(owner, place.id, 'After the ban');
    await waitUntil(async () => (await groups(staying))[0]?.count === 2, 'the remaining member hears of the second thread (grouped with the first)');
    await waitForNotificationMails(staying, 2);
    assert.deepEqual(await groups(leaving), [], 'nothing from the community is shown any more, not even the old notification');
    assert.equal(heardLive, 0);
    assert.equal((await notificationMails(leaving)).length, 1);
    assert.equal((await leaving.http.get('/api/notifications/unread-count').expect(200)).body.data.unread, 0);
  });

  it('mentions by @handle in posts and room messages notify those who can see the place, and nobody else; a reply in a room tells the one answered', async () => {
    const place = await community({ visibility: 'members-only', joinPolicy: 'open' });
    const inside = await member(place.id);
    const outsider = await signedIn(t);
    const [insideUser, outsideUser] = await Promise.all([inside.user.id, outsider.user.id].map((id) => t.ctx.models.User.findById(id).lean()));
    assert.ok(insideUser?.handle && outsideUser?.handle);
    await thread(owner, place.id, 'Who knows SELFIE?', `Ask @${insideUser.handle} and @${outsideUser.handle}, not \`@${insideUser.handle}\` twice.`);
    await waitUntil(async () => (await groups(inside)).some((group) => group.kind === 'mention'), 'the member is mentioned');
    assert.deepEqual(await groups(outsider), [], 'a person who cannot see the community is not told, and learns nothing of it');

    const room = await owner.http.post(`/api/communities/${place.id}/rooms`, { name: 'Open hour' }).expect(201);
    const asked = await owner.http.post(`/api/rooms/${room.body.data.id}/messages`, { body: `@${insideUser.handle} are you here?`, clientId: 'mention-1' }).expect(201);
    await waitUntil(async () => (await groups(inside)).some((group) => group.kind === 'mention' && group.path.includes('/rooms/')), 'the room mention arrives');

    await inside.http.post(`/api/rooms/${room.body.data.id}/messages`, { body: 'Yes, I am here.', clientId: 'reply-1', replyTo: asked.body.data.id }).expect(201);
    await waitUntil(async () => (await groups(owner)).some((group) => group.kind === 'reply' && group.path.includes('/rooms/')), 'the author of the answered message hears of the reply');
    assert.equal((await groups(inside)).filter((group) => group.kind === 'reply').length, 0, 'the one who replied is not told of their own reply');
  });

  it('an invitation to a members-only community reaches a person with an account in the notification centre, and its link lets them in', async () => {
    const place = await community({ visibility: 'members-only', joinPolicy: 'invite' });
    const invitee = await signedIn(t);
    await owner.http.post(`/api/communities/${place.id}/invites/email`, { email: invitee.user.email }).expect(201);
    await waitUntil(async () => (await groups(invitee)).some((group) => group.kind === 'invitation'), 'the invitation is in the notification centre');
    const [invitation] = (await groups(invitee)).filter((group) => group.kind === 'invitation');
    assert.match(invitation?.path ?? '', /^\/invites\/[\w-]+$/);
    await invitee.http.post(`/api/invites/${invitation?.path.split('/').at(-1)}/accept`).expect(200);
    assert.equal(await t.ctx.models.Membership.countDocuments({ communityId: place.id, userId: invitee.user.id, state: 'active' }), 1);
  });

  it('preferences choose the channel per kind: “never” silences a kind; bad input is refused', async () => {
    const place = await community();
    const quiet = await member(place.id);
    const prefs = await quiet.http.patch('/api/me/notification-preferences', { reply: 'never' }).expect(200);
    assert.equal(prefs.body.data.reply, 'never');
    assert.equal(prefs.body.data.mention, 'email');
    for (const bad of [{ reply: 'sometimes' }, { unknownKind: 'email' }, []]) {
      const refused = await quiet.http.patch('/api/me/notification-preferences', bad as object).expect(400);
      assert.equal(refused.body.error.code, 'validation_failed');
    }
    const loud = await member(place.id);
    const started = await thread(quiet, place.id, 'Quiet thread');
    await thread(loud, place.id, 'Loud thread');
    await loud.http.post(`/api/threads/${started.id}/replies`, { body: 'Hello' }).expect(201);
    await quiet.http.post('/api/follows', { targetType: 'thread', targetId: started.id }).expect(201);
    const second = await member(place.id);
    await second.http.post(`/api/threads/${started.id}/replies`, { body: 'Me too' }).expect(201);
    await waitUntil(async () => (await groups(loud)).some((group) => group.kind === 'threadActivity'), 'the earlier replier follows the thread and hears of the next reply');
    assert.ok((await groups(quiet)).every((group) => group.kind !== 'reply'), 'replies to the quiet member were silenced');

    const page = await quiet.http.get('/me/notifications?lang=pl').expect(200);
    assert.match(page.text, /Ustawienia powiadomień/);
    assert.match(page.text, /name="reply" value="never"[^>]* checked/);
    await quiet.http.post('/me/notifications').type('form').send({ reply: 'inApp', _csrf: quiet.http.csrfToken }).expect(303);
    assert.equal((await quiet.http.get('/api/me/notification-preferences').expect(200)).body.data.reply, 'inApp');
  });

  it('gathers digest kinds into one daily e-mail in the reader’s language, once per day, leaving out what they may no longer read', async () => {
    const open = await community();
    const closed = await community({ visibility: 'members-only', joinPolicy: 'open' });
    const reader = await member(open.id, 'pl');
    await reader.http.post(`/api/communities/${closed.id}/members/join`).expect(200);
    for (const place of [open, closed]) await reader.http.post('/api/follows', { targetType: 'community', targetId: place.id }).expect(201);
    const weekly = await member(open.id);
    await weekly.http.post('/api/follows', { targetType: 'community', targetId: open.id }).expect(201);
    await weekly.http.patch('/api/me/notification-preferences', { newThread: 'weekly' }).expect(200);

    await thread(owner, open.id, 'Open news');
    await thread(owner, open.id, 'More open news');
    await thread(owner, closed.id, 'Closed news');
    await waitUntil(async () => (await groups(reader)).reduce((sum, group) => sum + group.count, 0) === 3, 'three new-thread notifications wait for the digest');
    await waitUntil(async () => (await groups(weekly)).length === 1, 'the weekly reader has theirs');
    await owner.http.post(`/api/communities/${closed.id}/members/${reader.user.id}/ban`, { reason: 'left the school' }).expect(204);

    const now = new Date();
    await sendDigests(t.ctx, now);
    await waitForNotificationMails(reader);
    await waitForNotificationMails(weekly);
    const [digest] = await notificationMails(reader);
    assert.equal(digest?.subject, 'Twoje dzienne podsumowanie Praxis');
    assert.match(digest?.text ?? '', /W tym, co obserwujesz: 2 nowości:/);
    assert.match(digest?.text ?? '', /zakłada nowy wątek: „More open news” i 1 więcej/);
    assert.doesNotMatch(digest?.text ?? '', /Closed news/);
    assert.match(digest?.headers['list-unsubscribe'] ?? '', /\/unsubscribe\//);
    assert.equal((await notificationMails(weekly))[0]?.subject, 'Your weekly Praxis digest');

    await thread(owner, open.id, 'Later the same day');
    await waitUntil(async () => (await t.ctx.models.Notification.countDocuments({ userId: reader.user.id, digestedAt: null })) === 1, 'a new notification waits');
    await sendDigests(t.ctx, new Date(now.getTime() + 3_600_000));
    assert.equal(await t.ctx.models.Notification.countDocuments({ userId: reader.user.id, digestedAt: null }), 1, 'the next digest is not due within a day');
    await sendDigests(t.ctx, new Date(now.getTime() + 25 * 3_600_000));
    await waitForNotificationMails(reader, 2);
    assert.equal((await notificationMails(reader)).length, 2);
    assert.equal((await notificationMails(weekly)).length, 1, 'the weekly digest waits for its week');
  });
});
