// The OpenAPI document and the browsable docs: valid 3.1 shape, every /api route listed, the practice, resource,
// collection, account, vocabulary and search routes described from their zod schemas, and no stale entries.
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

  it('describes the account, practice, resource, collection, vocabulary and search routes from their schemas', () => {
    for (const [path, item] of Object.entries(paths)) {
      if (!/^\/api\/(auth|me|practices|resources|collections|vocab|search|openapi|docs)\b/.test(path)) continue;
      for (const [method, operation] of Object.entries(item)) {
        assert.notEqual(operation.summary, 'Not described yet', `${method.toUpperCase()} ${path} is described`);
      }
    }
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
    assert.match(response.text, /href="\/api\/openapi.json"/);
    assert.doesNotMatch(response.text, /<script/i);
  });
});
