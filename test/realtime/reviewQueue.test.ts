// The moderators' review queue end to end: reports on a live message and a post show up grouped, with the content,
// the messages around it, the reasons and the author's record; a claim keeps a second moderator from acting; one
// decision deletes or hides, mutes/warns/bans, closes every report with the outcome, is audited in words, and the
// reporters see the outcome and are notified of it; watching moderators (of a community, or site moderators of reported practices) hear the queue change live; bad decisions are refused in words.
import { strict as assert } from 'node:assert';
import type { Socket } from 'socket.io-client';
import type { TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { eventually } from '../support/eventually.js';
import { contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { ack, nextEvent, signedIn, socketSuite, type Member, type WireMessage } from './socketClients.js';

const formPost = (client: TestClient, path: string, fields: Record<string, string>) => client.agent.post(path).type('form').send({ _csrf: client.csrfToken, ...fields });

describe('review queue', () => {
  const suite = socketSuite();
  const open = (cookie: string): Promise<Socket> => suite.open(cookie);
  let t: TestApp;
  let owner: Member;
  before(() => {
    ({ t, owner } = suite);
  });

  async function setting(): Promise<{ communityId: string; slug: string; roomId: string; base: string }> {
    const created = (await owner.http.post('/api/communities', { name: `Review group ${Math.random().toString(36).slice(2, 7)}`, language: 'en', visibility: 'public', joinPolicy: 'open' }).expect(201)).body.data;
    const roomId = (await owner.http.post(`/api/communities/${created.id}/rooms`, { name: 'Open exchange', topic: '' }).expect(201)).body.data.id;
    return { communityId: created.id, slug: created.slug, roomId, base: `/communities/${created.slug}/moderation` };
  }
  const member = async (communityId: string): Promise<Member> => {
    const m = await signedIn(t);
    await m.http.post(`/api/communities/${communityId}/members/join`).expect(200);
    return m;
  };
  const say = async (socket: Socket, roomId: string, body: string): Promise<WireMessage> => {
    const sent = await ack<{ message: WireMessage }>(socket, 'message:send', { roomId, body, clientId: `c-${Math.random().toString(36).slice(2)}` });
    assert.ok(sent.data, JSON.stringify(sent.error));
    return sent.data.message;
  };
  const report = (who: Member, subjectType: string, subjectId: string, reason: string) => who.http.post('/api/flags', { subjectType, subjectId, reason }).expect(201);

  it('shows a reported live message with the messages around it, the reasons and the author, and decides it in one step', async () => {
    const { communityId, roomId, base } = await setting();
    const author = await member(communityId);
    const reporterA = await member(communityId);
    const reporterB = await member(communityId);
    const authorSocket = await open(author.cookie);
    await ack(authorSocket, 'room:join', { roomId });
    await say(authorSocket, roomId, 'Good morning everyone');
    const offending = await say(authorSocket, roomId, 'Buy cheap watches at example.test');
    await say(authorSocket, roomId, 'Sorry, wrong window');

    const watcher = await open(owner.cookie);
    assert.deepEqual((await ack(watcher, 'review:watch', { communityId })).data, { watching: communityId });
    const changed = nextEvent<{ communityId: string }>(watcher, 'review:changed');
    await report(reporterA, 'message', offending.id, 'spam');
    assert.equal((await changed).communityId, communityId, 'a watching moderator hears of the new report');
    await report(reporterB, 'message', offending.id, 'off-topic');

    const queue = (await owner.http.get(base).expect(200)).text;
    assert.match(queue, /Review queue/);
    assert.match(queue, /1 item waits/);
    assert.match(queue, /Message in the room “Open exchange”/);
    assert.match(queue, /2 reports<\/strong>: Spam × 1, Off-topic × 1/);
    assert.match(queue, /Good morning everyone/, 'the message before it');
    assert.match(queue, /<li class="reported" aria-current="true"><span class="who">[^<]+<\/span> Buy cheap watches/);
    assert.match(queue, /Sorry, wrong window/, 'the message after it');
    assert.match(queue, new RegExp(`The author, ${author.user.displayName}, here`));
    assert.match(queue, /No warnings, mutes or bans so far\./);
    assert.match(queue, new RegExp(`href="/communities/[a-z0-9-]+/rooms/${roomId}#m-${offending.seq}"`));

    const deleted = nextEvent<WireMessage>(authorSocket, 'message:updated', (message) => message.id === offending.id);
    const mutedLive = nextEvent<{ mutedUntil: string }>(authorSocket, 'community:muted');
    await formPost(owner.http, `${base}/review/decide`, { subjectType: 'message', subjectId: offending.id, content: 'delete', sanction: 'mute', minutes: '1440', reason: 'Advertising is not allowed here' })
      .expect(303)
      .expect('location', `${base}?done=review`);
    assert.equal((await deleted).state, 'deleted', 'the room sees the message go');
    assert.ok((await mutedLive).mutedUntil, 'the author is told of the mute at once');
    assert.equal((await say(authorSocket, roomId, 'hello?').catch((error: Error) => error)) instanceof Error, true, 'the muted author cannot write');

    const flags = await t.ctx.models.Flag.find({ subjectId: offending.id }).lean();
    assert.deepEqual(flags.map((flag) => [flag.state, flag.outcome]), [['resolved', 'delete+mute'], ['resolved', 'delete+mute']]);
    const after = (await owner.http.get(`${base}?done=review`).expect(200)).text;
    assert.match(after, /Decided\. The reporters see the outcome/);
    assert.match(after, /0 items wait/);
    assert.match(after, /Deleted reported content/, 'the audit trail in words');
    assert.match(after, /Muted a member/);
    assert.doesNotMatch(after, /review\.delete|membership\.mute|<code>/, 'no raw codes');
    const reporterView = (await reporterA.http.get('/moderation').expect(200)).text;
    assert.match(reporterView, /Your reports/);
    assert.match(reporterView, /Spam · a live message · Review group [a-z0-9]+ · [^<]+ — <strong>moderators acted on it<\/strong>: <q>Advertising is not allowed here<\/q>/);
  });

  it('tells each reporter the outcome, live and in their notification centre, in their language', async () => {
    const { communityId, roomId, base } = await setting();
    const author = await member(communityId);
    const slovene = await member(communityId);
    await slovene.http.patch('/api/me', { locale: 'sl' }).expect(200);
    const english = await member(communityId);
    const authorSocket = await open(author.cookie);
    await ack(authorSocket, 'room:join', { roomId });
    const offending = await say(authorSocket, roomId, 'Click here for free tablets');
    await report(owner, 'message', offending.id, 'spam');
    await report(slovene, 'message', offending.id, 'spam');
    await report(english, 'message', offending.id, 'spam');
    const sloveneSocket = await open(slovene.cookie);
    const told = nextEvent<{ kind: string; text: string; path: string }>(sloveneSocket, 'notification:new', (event) => event.kind === 'reportOutcome');
    await formPost(owner.http, `${base}/review/decide`, { subjectType: 'message', subjectId: offending.id, content: 'delete', sanction: 'none', reason: 'Spam' }).expect(303);
    const event = await told;
    assert.match(event.text, /^Vaša prijava v »Review group [a-z0-9]+« je pregledana: moderatorji so ukrepali$/);
    assert.equal(event.path, '/moderation#own-reports');
    const centre = async (who: Member) => ((await who.http.get('/api/notifications').expect(200)).body.data as Array<{ kind: string; text: string }>).filter((group) => group.kind === 'reportOutcome');
    await eventually(async () => (await centre(english)).length === 1, 'the second reporter is told too');
    assert.match((await centre(english))[0]?.text ?? '', /^Your report in “Review group [a-z0-9]+” was reviewed: moderators acted on it$/);
    assert.deepEqual(await centre(owner), [], 'the moderator who decided is not told of their own decision');
    assert.match((await english.http.get('/moderation').expect(200)).text, /<section aria-labelledby="own-reports-heading" id="own-reports">/, 'the link lands on the reports');
  });

  it('keeps a second moderator from acting on an item another one claimed, until it is let go', async () => {
    const { communityId, base } = await setting();
    const author = await member(communityId);
    const reporter = await member(communityId);
    const moderator = await member(communityId);
    await owner.http.post(`/api/communities/${communityId}/members/${moderator.user.id}/role`, { role: 'moderator' }).expect(200);
    const thread = (await author.http.post(`/api/communities/${communityId}/threads`, { title: 'Our e-signature rollout', body: 'We used a **free** tool nobody should trust.' }).expect(201)).body.data;
    const postId: string = thread.posts[0].id;
    await report(reporter, 'post', postId, 'misinformation');

    await formPost(owner.http, `${base}/review/claim`, { subjectType: 'post', subjectId: postId, claim: 'true' }).expect(303);
    const otherView = (await moderator.http.get(base).expect(200)).text;
    assert.match(otherView, new RegExp(`${owner.user.displayName} is handling this\\.`));
    assert.doesNotMatch(otherView, /name="content"/, 'no decision form on an item someone else holds');
    const refused = await formPost(moderator.http, `${base}/review/decide`, { subjectType: 'post', subjectId: postId, content: 'hide', sanction: 'none', reason: 'Misleading' }).expect(409);
    assert.match(refused.text, /Another moderator is already handling this report\./);
    assert.equal((await t.ctx.models.Post.findById(postId).lean())?.state, 'visible', 'nothing was done');

    await formPost(owner.http, `${base}/review/claim`, { subjectType: 'post', subjectId: postId, claim: 'false' }).expect(303);
    await formPost(moderator.http, `${base}/review/decide`, { subjectType: 'post', subjectId: postId, content: 'hide', sanction: 'warn', reason: 'Please check your facts' }).expect(303);
    assert.equal((await t.ctx.models.Post.findById(postId).lean())?.state, 'hidden');
    const again = await formPost(owner.http, `${base}/review/decide`, { subjectType: 'post', subjectId: postId, content: 'keep', reason: 'Fine' }).expect(409);
    assert.match(again.text, /This report has already been handled\./, 'a decided item is decided once');
    const audit = (await owner.http.get(base).expect(200)).text;
    assert.match(audit, /Hid reported content/);
    assert.match(audit, /Warned a member/);
  });

  it('rejects the reports when the content is kept, and refuses decisions without a reason or that do not fit', async () => {
    const { communityId, roomId, base } = await setting();
    const author = await member(communityId);
    const reporter = await member(communityId);
    const socket = await open(author.cookie);
    await ack(socket, 'room:join', { roomId });
    const message = await say(socket, roomId, 'I disagree with the plan');
    await report(reporter, 'message', message.id, 'abusive');
    const noReason = await formPost(owner.http, `${base}/review/decide`, { subjectType: 'message', subjectId: message.id, content: 'keep', sanction: 'none', reason: '' }).expect(400);
    assert.match(noReason.text, /class="error-summary" role="alert"/);
    await formPost(owner.http, `${base}/review/decide`, { subjectType: 'message', subjectId: message.id, content: 'hide', sanction: 'none', reason: 'x' }).expect(400);
    await formPost(owner.http, `${base}/review/decide`, { subjectType: 'message', subjectId: message.id, content: 'keep', sanction: 'mute', reason: 'x' }).expect(400);
    await formPost(owner.http, `${base}/review/decide`, { subjectType: 'message', subjectId: message.id, content: 'erase', reason: 'x' }).expect(400);
    assert.equal((await t.ctx.models.Flag.findOne({ subjectId: message.id }).lean())?.state, 'open', 'nothing half-done');
    await formPost(owner.http, `${base}/review/decide`, { subjectType: 'message', subjectId: message.id, content: 'keep', sanction: 'none', reason: 'Disagreement is allowed' }).expect(303);
    assert.equal((await t.ctx.models.Flag.findOne({ subjectId: message.id }).lean())?.state, 'rejected');
    assert.match((await reporter.http.get('/moderation').expect(200)).text, /moderators kept the content/);
  });

  it('lets only moderators watch the queue or act on it', async () => {
    const { communityId, base } = await setting();
    const plain = await member(communityId);
    const socket = await open(plain.cookie);
    assert.equal((await ack(socket, 'review:watch', { communityId })).error?.code, 'forbidden');
    assert.equal((await ack(socket, 'review:watch', { communityId: 'nope' })).error?.code, 'validation_failed');
    await plain.http.get(`${base}/review`).expect(403);
    await formPost(plain.http, `${base}/review/decide`, { subjectType: 'post', subjectId: '0123456789abcdef01234567', content: 'keep', reason: 'x' }).expect(403);
  });

  it('keeps the site’s queue of reported practices live for site moderators, and only for them', async () => {
    const practice = await publishedPractice(t.ctx, await contentActors(t.ctx), practiceInput('Tablice v Mariboru'));
    const siteModerator = await signedIn(t, ['member', 'moderator']);
    const plain = await signedIn(t);
    const refused = await open(plain.cookie);
    assert.equal((await ack(refused, 'review:watch', { queue: 'practices' })).error?.code, 'forbidden');
    assert.equal((await ack(refused, 'review:watch', { queue: 'everything' })).error?.code, 'validation_failed');
    await plain.http.get('/moderation/practices/fragment').expect(403);

    const page = (await siteModerator.http.get('/moderation').expect(200)).text;
    assert.match(page, /<div data-review-watch="practices" data-fragment="\/moderation\/practices\/fragment">/);
    assert.match(page, /<script[^>]+moderation[^>]*\.js/);
    const watcher = await open(siteModerator.cookie);
    assert.deepEqual((await ack(watcher, 'review:watch', { queue: 'practices' })).data, { watching: 'practices' });
    const reported = nextEvent<{ communityId: string | null }>(watcher, 'review:changed');
    await report(plain, 'practice', String(practice._id), 'misinformation');
    assert.equal((await reported).communityId, null, 'the site’s queue changed');
    assert.match((await siteModerator.http.get('/moderation/practices/fragment').expect(200)).text, /Practice “Tablice v Mariboru”/);

    const decided = nextEvent<{ communityId: string | null }>(watcher, 'review:changed');
    await siteModerator.http.post('/api/review/practices/decide', { subjectId: String(practice._id), content: 'keep', reason: 'Sourced' }).expect(200);
    assert.equal((await decided).communityId, null);
    assert.doesNotMatch((await siteModerator.http.get('/moderation/practices/fragment').expect(200)).text, /Tablice v Mariboru/, 'the decided practice left the queue');
  });

  it('manages members from a compact table: filter, search, mute and unmute, warn, ban and unban, in words', async () => {
    const { communityId, base } = await setting();
    const alice = await member(communityId);
    await member(communityId);
    const table = (await owner.http.get(base).expect(200)).text;
    assert.match(table, /<td>Owner<\/td>/, 'roles in words');
    assert.match(table, /<details class="menu"><summary>/);
    const searched = (await owner.http.get(`${base}?q=${encodeURIComponent(alice.user.displayName)}`).expect(200)).text;
    assert.match(searched, new RegExp(alice.user.displayName));
    assert.match(searched, /Members \(1\)/);
    await formPost(owner.http, `${base}/members/${alice.user.id}/mute`, { minutes: '60', reason: 'Cool down' }).expect(303);
    assert.match((await owner.http.get(base).expect(200)).text, /Lift the mute/);
    await formPost(owner.http, `${base}/members/${alice.user.id}/unmute`, { reason: 'Talked it through' }).expect(303);
    await formPost(owner.http, `${base}/members/${alice.user.id}/warn`, { reason: 'Stay on topic' }).expect(303);
    await formPost(owner.http, `${base}/members/${alice.user.id}/ban`, { reason: 'Repeated spam' }).expect(303);
    const banned = (await owner.http.get(`${base}?state=banned`).expect(200)).text;
    assert.match(banned, /banned: Repeated spam/);
    assert.match(banned, /Lift the ban/);
    await formPost(owner.http, `${base}/members/${alice.user.id}/unban`, {}).expect(303);
    const audit = (await owner.http.get(base).expect(200)).text;
    for (const words of ['Muted a member', 'Lifted a mute', 'Warned a member', 'Banned someone', 'Lifted a ban']) assert.match(audit, new RegExp(words));
    const slovenian = (await owner.http.get(`${base}?lang=sl`).expect(200)).text;
    assert.match(slovenian, /Vrsta za pregled/);
    assert.match(slovenian, /Izključil\(a\) osebo/);
  });
});
