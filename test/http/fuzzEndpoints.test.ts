// A bad-input sweep over every /api route (from the Express routers and the OpenAPI document) and every Socket.IO
// client event: hostile ids, bodies, queries and payloads never give a 5xx, a malformed error, a leak or a half-write.
import { strict as assert } from 'node:assert';
import type { Socket } from 'socket.io-client';
import { apiRoutes } from '../../server/http/openapi/routeList.js';
import { practiceInput } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { createUser } from '../support/users.js';
import { ack, connect } from '../realtime/socketClients.js';

type Json = Record<string, unknown>;
interface Session {
  cookie: string;
  csrf: string;
}
interface Case {
  method: string;
  path: string;
  body?: string;
  contentType?: string;
}
interface Outcome {
  label: string;
  status: number;
}

const zeros = '0'.repeat(24);
const hostileIds = ['x', '0', zeros, '..%2F..%2Fetc%2Fpasswd', 'a'.repeat(3000), '%00', '%E0%A4%A', '%24where', '1e308'];
const leak = /\n\s+at |node_modules|\/work\/|\.ts:\d+|MongoServerError|CastError|ValidationError|E11000/;
const nul = 'a\u0000b';
const long = 'x'.repeat(20_000);
const genericBodies: unknown[] = [
  [],
  [{}],
  { unknown: 1 },
  { $where: 'sleep(1000) || true' },
  { 'a.b': 1 },
  { title: nul },
  { title: { $gt: '' } },
  { rev: 1e308, changes: [] },
  { offset: -1, limit: -1 },
  { rev: -1, changes: { $set: { state: 'published' } } },
  { rev: '1', changes: null },
  { rev: 1, changes: { 'texts.sl.title': 'x', title: nul } },
  { rev: 1, changes: { texts: { sl: { title: { $gt: '' } } }, tags: [long] } },
  { body: long, name: long, reason: long, seconds: -1, role: 'root', subjectType: 'practice', subjectId: zeros },
];
const rawBodies: Array<{ body: string; contentType: string }> = [
  { body: '{', contentType: 'application/json' },
  { body: '"just a string"', contentType: 'application/json' },
  { body: 'null', contentType: 'application/json' },
  { body: '{"a":1}', contentType: 'text/plain' },
  { body: 'a=1&$where=1', contentType: 'application/x-www-form-urlencoded' },
  { body: '{"a":1}', contentType: 'application/json; charset=latin-7' },
  { body: 'garbage', contentType: 'multipart/form-data; boundary=x' },
  { body: '--x\r\nContent-Disposition: form-data; name="file"; filename="../../a.png"\r\nContent-Type: image/png\r\n\r\nnot a png\r\n--x--\r\n', contentType: 'multipart/form-data; boundary=x' },
];
const hostileQueries = ['offset=-1', 'limit=-5', 'limit=1e309', 'limit=99999999999999999999', 'offset=abc&limit=', 'limit=1&limit=2', 'q=%00', 'sort=%24where', 'zzz=1'];

/** Wrong-typed values for one property of a body schema (its JSON Schema `type`). */
function wrongValues(property: Json): unknown[] {
  const type = property.type;
  if (type === 'string') return [12345, { $ne: null }, nul];
  if (type === 'number' || type === 'integer') return ['12', -1, 1e308];
  if (type === 'boolean') return ['true'];
  if (type === 'array') return [{ 0: 'a' }, [{ $gt: '' }]];
  if (type === 'object') return [[], 'x'];
  return [null, long];
}

/** Runs tasks with at most `width` in flight. */
async function inParallel<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

describe('bad-input sweep over every API route and socket event', function () {
  this.timeout(360_000);
  let t: TestApp;
  let url: string;
  let admin: Session;
  let throwaway: Session;
  let adminCookie: string;
  let doc: { paths: Record<string, Record<string, Json>> };
  const realIds: Record<string, string> = {};
  let roomId = '';
  let sent = 0;
  const failures: string[] = [];

  const cookiesOf = (response: Response): string[] => response.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const signIn = async (roles: Array<'member' | 'moderator' | 'organiser' | 'admin'>): Promise<Session> => {
    const user = await createUser(t.ctx, roles);
    const csrfResponse = await fetch(`${url}/api/auth/csrf`);
    const csrf = ((await csrfResponse.json()) as { csrfToken: string }).csrfToken;
    const jar = cookiesOf(csrfResponse);
    const signed = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: jar.join('; ') },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    assert.equal(signed.status, 200);
    const cookie = [...jar, ...cookiesOf(signed)].join('; ');
    if (roles.includes('admin')) realIds.userId = user.id;
    return { cookie, csrf };
  };
  const call = async (session: Session, method: string, path: string, body?: unknown): Promise<Json> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf, cookie: session.cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.ok(response.status < 300, `${method} ${path}: ${response.status}`);
    return ((await response.json()) as { data: Json }).data;
  };

  /**
   * Sessions, rate-limit counters and the search-analytics tallies (flushed every few seconds, whatever request is
   * running then) change with any request, refused or not: they are not records.
   */
  const bookkeeping = new Set(['sessions', 'rateLimits', 'searchQueryStats']);
  const countAll = async (): Promise<Record<string, number>> => {
    const db = t.ctx.connection.db;
    if (!db) return {};
    const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).filter((name) => !bookkeeping.has(name));
    const counts = await Promise.all(names.map((name) => db.collection(name).countDocuments({})));
    return Object.fromEntries(names.map((name, i) => [name, counts[i] ?? 0]));
  };

  /** Sends one request and checks the answer: no 5xx, a well-formed error envelope for 4xx, nothing internal shown. */
  const send = async (session: Session, c: Case): Promise<Outcome> => {
    sent += 1;
    const label = `${c.method.toUpperCase()} ${c.path.slice(0, 160)}${c.body === undefined ? '' : ` ${c.contentType ?? ''} ${c.body.slice(0, 120)}`}`;
    const headers: Record<string, string> = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    if (c.body !== undefined) headers['content-type'] = c.contentType ?? 'application/json';
    const response = await fetch(`${url}${c.path}`, { method: c.method.toUpperCase(), headers, body: c.body, redirect: 'manual' });
    const text = await response.text();
    if (response.status >= 500) failures.push(`${label} → ${response.status} ${text.slice(0, 200)}`);
    if (leak.test(text)) failures.push(`${label} → leaks internals: ${text.slice(0, 300)}`);
    if (response.status >= 400 && response.status < 500) {
      let error: { code?: unknown; message?: unknown } | undefined;
      try {
        error = (JSON.parse(text) as { error?: typeof error }).error;
      } catch {
        error = undefined;
      }
      if (typeof error?.code !== 'string' || !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(error.code) || typeof error.message !== 'string') {
        failures.push(`${label} → ${response.status} malformed error: ${text.slice(0, 200)}`);
      }
    }
    return { label, status: response.status };
  };

  before(async () => {
    t = await startTestApp();
    url = await t.listen();
    admin = await signIn(['member', 'moderator', 'organiser', 'admin']);
    throwaway = await signIn(['member']);
    adminCookie = admin.cookie.split('; ').find((c) => c.startsWith('praxis_sid=')) ?? '';
    doc = (await (await fetch(`${url}/api/openapi.json`)).json()) as typeof doc;
    realIds.practices = String((await call(admin, 'POST', '/api/practices', practiceInput('Fuzz practice'))).id);
    realIds.resources = String(
      (await call(admin, 'POST', '/api/resources', { title: 'Fuzz guide', kind: 'handbook', language: 'en', licence: 'cc-by-4.0', url: 'https://example.org' })).id,
    );
    realIds.communities = String((await call(admin, 'POST', '/api/communities', { name: 'Fuzz community', language: 'en', visibility: 'public', joinPolicy: 'open' })).id);
    const thread = await call(admin, 'POST', `/api/communities/${realIds.communities}/threads`, { title: 'Fuzz thread', body: 'Hello' });
    realIds.threads = String(thread.id);
    realIds.posts = String((thread.posts as Json[])[0]?.id);
    roomId = String((await call(admin, 'POST', `/api/communities/${realIds.communities}/rooms`, { name: 'Fuzz room' })).id);
    realIds.rooms = roomId;
    realIds.messages = String((await call(admin, 'POST', `/api/rooms/${roomId}/messages`, { body: 'first', clientId: 'fuzz-1' })).id);
  });
  after(async () => t.close());

  /** The path with every parameter filled: a real id of that kind when there is one, else 24 zeros. */
  const fill = (path: string, override?: { name: string; value: string }): string =>
    path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string, offset: number) => {
      if (override?.name === name) return override.value;
      if (name === 'userId') return realIds.userId ?? zeros;
      const collection = path.slice(0, offset).split('/').filter(Boolean).at(-1) ?? '';
      return realIds[collection] ?? zeros;
    });

  /** The cases for one route in two groups, hostile path ids and then hostile queries or bodies on a well-formed path. */
  const casesFor = (method: string, path: string): [Case[], Case[]] => {
    const operation = doc.paths[path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')]?.[method] ?? {};
    const writes = method !== 'get' && method !== 'delete';
    const emptyBody = writes ? '{}' : undefined;
    const idCases: Case[] = [];
    for (const [, name] of path.matchAll(/:([A-Za-z0-9_]+)/g)) {
      for (const value of hostileIds) idCases.push({ method, path: fill(path, { name: name ?? '', value }), body: emptyBody });
    }
    const cases: Case[] = [];
    const target = fill(path);
    if (method === 'get') {
      const declared = ((operation.parameters ?? []) as Json[]).filter((p) => p.in === 'query').map((p) => String(p.name));
      for (const query of hostileQueries) cases.push({ method, path: `${target}?${query}` });
      for (const name of declared) {
        for (const value of ['%00', 'a'.repeat(3000), '-1', '%7B%22%24gt%22%3A%22%22%7D']) cases.push({ method, path: `${target}?${name}=${value}` });
      }
    }
    if (writes) {
      for (const body of genericBodies) cases.push({ method, path: target, body: JSON.stringify(body) });
      for (const raw of rawBodies) cases.push({ method, path: target, ...raw });
      const schema = (operation.requestBody as { content?: Record<string, { schema?: Json }> } | undefined)?.content?.['application/json']?.schema;
      const properties = Object.entries((schema?.properties ?? {}) as Record<string, Json>).slice(0, 10);
      for (const [name, property] of properties) {
        for (const value of wrongValues(property)) cases.push({ method, path: target, body: JSON.stringify({ [name]: value }) });
      }
    }
    return [idCases, cases];
  };

  it('answers hostile ids, queries and bodies on every /api route with a clean 4xx or a success, never a 5xx', async () => {
    const routes = apiRoutes(t.app).filter((route) => !(route.method === 'delete' && route.path === '/api/me'));
    let writesChecked = 0;
    for (const route of routes) {
      const session = route.path.startsWith('/api/auth/') || route.path.startsWith('/api/me') ? throwaway : admin;
      const writes = route.method !== 'get';
      for (const cases of casesFor(route.method, route.path)) {
        const before = writes ? await countAll() : {};
        const outcomes = await inParallel(cases, 6, (c) => send(session, c));
        if (!writes || cases.length === 0 || outcomes.some((o) => o.status < 400)) continue;
        writesChecked += 1;
        const after = await countAll();
        if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${route.method.toUpperCase()} ${route.path}: refused writes changed counts ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      }
      if (route.path === '/api/auth/sign-out') throwaway = await signIn(['member']);
    }
    assert.ok(routes.length > 80, `${routes.length} routes`);
    assert.ok(writesChecked > 60, `${writesChecked} write routes had every case refused and their counts compared`);
    assert.deepEqual(failures, [], `${failures.length} bad answers out of ${sent} requests`);
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
  });

  describe('Socket.IO events', () => {
    let socket: Socket;
    before(async () => {
      socket = await connect(url, adminCookie);
    });
    after(() => socket.close());

    const events = ['room:join', 'room:leave', 'room:catchup', 'message:send', 'message:edit', 'message:delete', 'typing'];
    const payloads = (): unknown[] => [
      null,
      0,
      1e308,
      'room',
      [],
      [roomId],
      {},
      { roomId: 'x' },
      { roomId: zeros, messageId: zeros, afterSeq: 0, body: 'hi', clientId: 'c-1' },
      { roomId: { $ne: null } },
      { roomId, $where: '1' },
      { roomId, 'a.b': 1 },
      { roomId, afterSeq: -1, limit: -1 },
      { roomId, afterSeq: 1e308, limit: 1e9 },
      { roomId, body: 'y'.repeat(50_000), clientId: 'c-2' },
      { roomId, body: nul, clientId: 'c-3' },
      { roomId, body: 'ok', clientId: 'bad id with spaces' },
      { messageId: 'x', body: 'edited' },
      { messageId: realIds.messages, body: 12 },
      { messageId: realIds.messages, body: '' },
      { messageId: [realIds.messages] },
    ];

    it('answers garbage payloads with an error acknowledgement and keeps the connection and the server working', async () => {
      let acks = 0;
      for (const event of events) {
        const list = payloads();
        for (const payload of list) socket.emit(event, payload);
        socket.emit(event);
        socket.emit(event, roomId, 1, 2);
        const answers = await Promise.all(list.map((payload) => ack(socket, event, payload)));
        answers.push(await ack(socket, event));
        for (const [i, answer] of answers.entries()) {
          acks += 1;
          const label = `${event} ${JSON.stringify(list[i] ?? 'no payload').slice(0, 100)}`;
          if (answer.data !== undefined && answer.error === undefined) continue;
          assert.equal(typeof answer.error?.code, 'string', label);
          assert.match(answer.error?.code ?? '', /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, label);
          assert.equal(typeof answer.error?.message, 'string', label);
          assert.notEqual(answer.error?.code, 'internal_error', label);
          assert.doesNotMatch(JSON.stringify(answer), leak, label);
        }
        const valid = await ack(socket, 'room:join', { roomId });
        assert.ok(valid.data, `after ${event} garbage a valid join still works: ${JSON.stringify(valid.error)}`);
      }
      assert.ok(socket.connected);
      assert.ok(acks > 100);
      const sentOk = await ack(socket, 'message:send', { roomId, body: 'still here', clientId: 'fuzz-last' });
      assert.ok(sentOk.data, JSON.stringify(sentOk.error));
      assert.equal((await fetch(`${url}/healthz`)).status, 200);
    });
  });
});
