// A form whose CSRF token expired or whose session ended: instead of "Something went wrong", a page in the reader's
// language that shows the typed text and sends the same fields again with a fresh token; nothing is written until then.
import { strict as assert } from 'node:assert';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { clientWithRoles } from '../support/users.js';

const title = 'Učitelji mentorji: "prvi" koraki <b>z</b> e-gradivi';
const summary = 'Mentorji so vsak mesec obiskali šole.\nDruga vrstica povzetka.';

/** The hidden fields of the page's resend form, as the browser would post them. */
function resendFields(page: string): Record<string, string> {
  const form = /<form method="post" action="\/practices\/new[^"]*">([\s\S]*?)<\/form>/.exec(page)?.[1] ?? '';
  const decode = (text: string): string => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&#96;/g, '`').replace(/&amp;/g, '&');
  return Object.fromEntries([...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((match) => [match[1] ?? '', decode(match[2] ?? '')]));
}

describe('forms that expired keep the typed text', () => {
  let t: TestApp;

  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('answers an expired CSRF token with a Slovenian page that keeps the text and resends it with a fresh token', async () => {
    const { client, user } = await clientWithRoles(t, ['member'], 'Nina Kos');
    const stale = await client.agent.post('/practices/new?lang=sl').type('form').send({ _csrf: 'stale-token-from-yesterday', originalLanguage: 'sl', title, summary }).expect(403);
    assert.match(stale.text, /<h1 id="kept-form-title">Obrazec je potekel<\/h1>/);
    assert.doesNotMatch(stale.text, /Something went wrong|Prišlo je do napake/);
    assert.ok(stale.text.includes('Učitelji mentorji: &quot;prvi&quot; koraki &lt;b&gt;z&lt;/b&gt; e-gradivi'), 'the text is shown, escaped');
    assert.equal(await t.ctx.models.Practice.countDocuments({ authorId: user.id }), 0, 'nothing written');
    const fields = resendFields(stale.text);
    assert.equal(fields._csrf, client.csrfToken, 'a fresh token');
    assert.deepEqual({ title: fields.title, summary: fields.summary, originalLanguage: fields.originalLanguage }, { title, summary, originalLanguage: 'sl' });
    const resent = await client.agent.post('/practices/new?lang=sl').type('form').send(fields).expect(303);
    assert.match(String(resent.headers.location), /^\/practices\/[0-9a-f]{24}\/edit/);
    const saved = await t.ctx.models.Practice.findOne({ authorId: user.id }).lean();
    assert.equal(saved?.texts.sl?.title, title);
  });

  it('answers a form sent after the session ended with a page that keeps the text and offers signing in again', async () => {
    const visitor = await t.client().init();
    const response = await visitor.agent.post('/practices/new').set('Accept-Language', 'pl').type('form').send({ _csrf: visitor.csrfToken, originalLanguage: 'sl', title, summary }).expect(401);
    assert.match(response.text, /<h1 id="kept-form-title">Nastąpiło wylogowanie<\/h1>/);
    assert.match(response.text, /<a href="\/sign-in" target="_blank" rel="noopener">Zaloguj się ponownie/);
    assert.ok(response.text.includes('Mentorji so vsak mesec obiskali šole.\nDruga vrstica povzetka.'));
    assert.equal(resendFields(response.text).title, title);
    const page = await visitor.agent.get('/practices/new').expect(303);
    assert.match(String(page.headers.location), /^\/sign-in\?next=/, 'a plain page still sends to sign-in');
  });

  it('keeps the ordinary error page for API requests and for requests with nothing typed', async () => {
    const visitor = await t.client().init();
    const api = await visitor.agent.post('/api/practices').set('X-CSRF-Token', 'wrong').send({}).expect(403);
    assert.equal((api.body as { error: { code: string } }).error.code, 'csrf_failed');
    const empty = await visitor.agent.post('/practices/new').type('form').send({ _csrf: 'wrong' }).expect(403);
    assert.doesNotMatch(empty.text, /kept-form-title/);
  });
});
