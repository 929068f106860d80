// The OpenAPI document and the browsable docs: valid 3.1 shape, every /api route listed and described (summary,
// path parameters, query and body schemas from the zod schemas, responses with error codes), and no stale entries.
import { strict as assert } from 'node:assert';
import { appRoutes } from '../../server/http/openapi/routeList.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

type Json = Record<string, unknown>;
const methods = ['get', 'post', 'put', 'patch', 'delete'];
const toTemplate = (path: string): string => path.replace(/\{([^{}]*)\}/g, '$1').replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: Json;
  let paths: Record<string, Record<string, Json>>;

  before(async () => {
    t = await startTestApp();
    const response = await t.client().get('/api/openapi.json').expect(200);
    assert.match(response.headers['content-type'], /^application\/json/);
    doc = response.body as Json;
    paths = doc.paths as Record<string, Record<string, Json>>;
  });
  after(async () => t.close());

  it('has the OpenAPI 3.1 shape: info, paths, operations with responses, resolvable $refs, unique ids', () => {
    assert.equal(doc.openapi, '3.1.0');
    const info = doc.info as Json;
    assert.equal(typeof info.title, 'string');
    assert.equal(typeof info.version, 'string');
    const components = doc.components as { schemas: Json };
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(paths)) {
      assert.match(path, /^\//);
      for (const [method, operation] of Object.entries(item)) {
        assert.ok(methods.includes(method), `${method} ${path}`);
        assert.ok(Object.keys(operation.responses as Json).length > 0, `${method} ${path} has responses`);
        const id = operation.operationId as string;
        assert.ok(!ids.has(id), `operationId ${id} is unique`);
        ids.add(id);
        const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        const declared = ((operation.parameters ?? []) as Json[]).filter((p) => p.in === 'path').map((p) => p.name);
        assert.deepEqual(declared.sort(), pathParams.sort(), `${method} ${path} declares its path parameters`);
      }
    }
    const shapes = Object.keys(paths).map((path) => path.replace(/\{[^}]+\}/g, '{}'));
    assert.equal(new Set(shapes).size, shapes.length, 'no two paths differ only in parameter names');
    for (const match of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
      assert.ok(match[1] && match[1] in components.schemas, `$ref ${match[1]} resolves`);
    }
  });

  it('lists every /api route the app serves, and describes nothing that does not exist', () => {
    const routes = appRoutes(t.app);
    const api = routes.filter((route) => route.path.startsWith('/api/'));
    assert.ok(api.length > 40);
    for (const route of api) {
      assert.ok(paths[toTemplate(route.path)]?.[route.method], `${route.method.toUpperCase()} ${route.path} is in the document`);
    }
    const served = new Set(routes.map((route) => `${route.method} ${toTemplate(route.path)}`));
    for (const [path, item] of Object.entries(paths)) {
      for (const method of Object.keys(item)) assert.ok(served.has(`${method} ${path}`), `${method.toUpperCase()} ${path} exists`);
    }
  });

  it('describes every /api route: a summary, a real tag, error responses, and a body schema on every JSON write', () => {
    const routes = appRoutes(t.app).filter((route) => route.path.startsWith('/api/'));
    for (const route of routes) {
      const label = `${route.method.toUpperCase()} ${route.path}`;
      const operation = paths[toTemplate(route.path)]?.[route.method] as Json;
      assert.notEqual(operation.summary, 'Not described yet', `${label} is described`);
      assert.notEqual((operation.tags as string[])[0], 'other', `${label} has a tag`);
      const statuses = Object.keys(operation.responses as Json).map(Number);
      assert.ok(statuses.some((status) => status < 400), `${label} has a success response`);
      if (route.method !== 'get') assert.ok(statuses.some((status) => status >= 400), `${label} has its error responses`);
      const content = (operation.requestBody as { content?: Json } | undefined)?.content;
      if (content?.['application/json']) {
        const schema = (content['application/json'] as { schema: Json }).schema;
        assert.ok(schema.type === 'object' && schema.additionalProperties === false, `${label} body refuses unknown fields`);
      }
    }
    assert.ok(!JSON.stringify(doc).includes('Not described yet'));
  });

  it('describes the community, thread, room, flag and upload routes from their schemas', () => {
    const bodyOf = (path: string, method: string): Json =>
      ((paths[path]?.[method]?.requestBody as { content: Record<string, { schema: Json }> }).content['application/json'] as { schema: Json }).schema;
    const queryOf = (path: string, method = 'get'): Json[] => ((paths[path]?.[method]?.parameters ?? []) as Json[]).filter((p) => p.in === 'query');
    assert.deepEqual([...(bodyOf('/api/communities', 'post').required as string[])].sort(), ['joinPolicy', 'language', 'name', 'visibility']);
    assert.deepEqual(bodyOf('/api/posts/{id}', 'patch').required, ['body', 'rev']);
    assert.ok(((bodyOf('/api/communities/{id}/members/{userId}/role', 'post').properties as Record<string, Json>).role?.enum as string[]).includes('moderator'));
    assert.ok(((bodyOf('/api/flags', 'post').properties as Record<string, Json>).subjectType?.enum as string[]).includes('message'));
    assert.deepEqual([...(bodyOf('/api/rooms/{id}/messages', 'post').required as string[])].sort(), ['body', 'clientId']);
    assert.ok(((bodyOf('/api/uploads/{id}/attach', 'post').properties as Record<string, Json>).type?.enum as string[]).includes('avatar'));
    assert.deepEqual(queryOf('/api/rooms/{id}/messages').map((p) => p.name).sort(), ['afterSeq', 'beforeSeq', 'limit']);
    assert.ok(((queryOf('/api/communities/{id}/members').find((p) => p.name === 'state')?.schema as Json).enum as string[]).includes('banned'));
    assert.equal((queryOf('/api/communities/{id}/flags').find((p) => p.name === 'state')?.schema as Json).default, 'open');
    const member = paths['/api/communities/{id}/members/{userId}/ban']?.post as Json;
    assert.deepEqual(((member.parameters ?? []) as Json[]).map((p) => `${String(p.in)}:${String(p.name)}`), ['path:id', 'path:userId']);
    const send = paths['/api/rooms/{id}/messages']?.post?.responses as Json;
    assert.ok(['200', '201', '400', '401', '403', '404', '429'].every((status) => status in send));
    const upload = paths['/api/uploads']?.post as Json;
    const form = (upload.requestBody as { content: Record<string, { schema: Json }> }).content['multipart/form-data']?.schema as Json;
    assert.deepEqual(form.required, ['files']);
    assert.ok(['201', '400', '401', '413', '415'].every((status) => status in (upload.responses as Json)));
  });

  it('describes the account, practice, resource, collection, vocabulary and search routes from their schemas', () => {
    const createResource = paths['/api/resources']?.post?.requestBody as { content: { 'application/json': { schema: Json } } };
    const body = createResource.content['application/json'].schema;
    assert.equal(body.additionalProperties, false);
    assert.deepEqual([...(body.required as string[])].sort(), ['kind', 'language', 'licence', 'title']);
    assert.ok(((body.properties as Record<string, Json>).kind?.enum as string[]).includes('handbook'));
    const listQuery = (paths['/api/practices']?.get?.parameters ?? []) as Json[];
    const sector = listQuery.find((p) => p.name === 'sector');
    assert.equal(sector?.in, 'query');
    assert.ok(((sector?.schema as Json).enum as string[]).includes('school'));
    const update = paths['/api/collections/{id}']?.patch?.requestBody as { content: { 'application/json': { schema: Json } } };
    assert.deepEqual(update.content['application/json'].schema.required, ['rev', 'changes']);
    assert.ok(paths['/api/practices/{id}/publish']?.post);
    assert.ok(paths['/api/resources/{id}/archive']?.post);
    assert.ok(paths['/api/practices/{id}/jsonld']?.get);
  });

  it('serves browsable docs without scripts', async () => {
    const response = await t.client().get('/api/docs').expect(200);
    assert.match(response.headers['content-type'], /^text\/html/);
    assert.match(response.text, /GET \/api\/resources\/\{id\}/);
    assert.match(response.text, /POST \/api\/collections\/\{id\}\/publish/);
    assert.match(response.text, /POST \/api\/rooms\/\{id\}\/slow-mode/);
    assert.match(response.text, /Request body \(multipart\/form-data/);
    assert.match(response.text, /href="\/api\/openapi.json"/);
    assert.doesNotMatch(response.text, /<script/i);
  });
});
