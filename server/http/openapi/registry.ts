// The OpenAPI registry: each area declares its operations ({ method, path, summary, query, body, responses }) with
// the same zod schemas the commands parse, and buildOpenApiDocument turns them into an OpenAPI 3.1 document.
// Routes that exist but are not described yet still appear (found from the Express routers), marked as such.
import { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a response holds: one item (`{ data }`), a list (`{ data: [...], page }`), another body, or nothing. */
export type ResponseShape = 'item' | 'list' | 'json' | 'jsonld' | 'xml' | 'html' | 'redirect' | 'none';

export interface ApiOperation {
  readonly method: HttpMethod;
  /** The Express path, e.g. `/api/resources/:id`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly description?: string;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** For a multipart/form-data upload instead of a JSON body: the form field holding the files. */
  readonly filesField?: string;
  /** Status → shape; error statuses answer the error envelope. */
  readonly responses: Readonly<Record<number, ResponseShape>>;
}

export interface RouteSignature {
  readonly method: string;
  readonly path: string;
}

type JsonSchema = Record<string, unknown>;

const statusText: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted (waiting for a decision)',
  204: 'No content',
  301: 'Moved permanently: the item has a new slug (Location header)',
  400: 'Bad input (`validation_failed` or another stable code)',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found, or not visible to this reader',
  409: 'Conflict (`stale_revision`, `invalid_transition`, `state_changed` …)',
  413: 'Too large (`file_too_large`, `too_many_files`)',
  415: 'Unsupported media type (the body is not JSON; for uploads, a refused file type)',
  429: 'Too many requests (or `slow_mode`)',
  503: 'Busy: send again (`busy`)',
};

/** zod → JSON Schema 2020-12 (the dialect of OpenAPI 3.1), describing what a client sends. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return json;
}

/** `/api/resources/:id` → `/api/resources/{id}` and the names of its path parameters (optional groups `{…}` flattened). */
export function openApiPath(path: string): { path: string; params: string[] } {
  const params: string[] = [];
  const converted = path
    .replace(/\{([^{}]*)\}/g, '$1')
    .replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
      params.push(name);
      return `{${name}}`;
    });
  return { path: converted, params };
}

function queryParameters(schema: z.ZodType | undefined): JsonSchema[] {
  if (!schema) return [];
  const json = jsonSchemaOf(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.has(name) && !('default' in property),
    schema: property,
  }));
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

function responseContent(shape: ResponseShape): JsonSchema | undefined {
  switch (shape) {
    case 'item':
      return { 'application/json': { schema: ref('ItemEnvelope') } };
    case 'list':
      return { 'application/json': { schema: ref('ListEnvelope') } };
    case 'json':
      return { 'application/json': { schema: { type: 'object' } } };
    case 'jsonld':
      return { 'application/ld+json': { schema: { type: 'object' } } };
    case 'xml':
      return { 'application/xml': { schema: { type: 'string' } } };
    case 'html':
      return { 'text/html': { schema: { type: 'string' } } };
    default:
      return undefined;
  }
}

function responses(operation: ApiOperation): JsonSchema {
  const out: Record<string, JsonSchema> = {};
  for (const [status, shape] of Object.entries(operation.responses)) {
    const code = Number(status);
    const content = code >= 400 ? { 'application/json': { schema: ref('ErrorEnvelope') } } : responseContent(shape);
    out[status] = { description: statusText[code] ?? 'Response', ...(content ? { content } : {}) };
  }
  return out;
}

function requestBody(operation: ApiOperation): JsonSchema | undefined {
  if (operation.body) return { required: true, content: { 'application/json': { schema: jsonSchemaOf(operation.body) } } };
  if (!operation.filesField) return undefined;
  const files = { type: 'array', minItems: 1, items: { type: 'string', contentMediaType: 'application/octet-stream' } };
  return { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: [operation.filesField], properties: { [operation.filesField]: files } } } } };
}

function operationObject(operation: ApiOperation): { path: string; object: JsonSchema } {
  const body = requestBody(operation);
  const { path, params } = openApiPath(operation.path);
  const parameters = [
    ...params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...queryParameters(operation.query),
  ];
  return {
    path,
    object: {
      operationId: `${operation.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, next: string | undefined) => (next ?? '').toUpperCase())}`,
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      tags: [operation.tag],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(body ? { requestBody: body } : {}),
      responses: responses(operation),
    },
  };
}

const components = {
  schemas: {
    ErrorEnvelope: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string', description: 'stable snake_case code' }, message: { type: 'string' }, details: {} },
        },
      },
    },
    Page: {
      type: 'object',
      required: ['offset', 'limit', 'total'],
      properties: { offset: { type: 'integer' }, limit: { type: 'integer' }, total: { type: 'integer' } },
    },
    ItemEnvelope: { type: 'object', required: ['data'], properties: { data: { type: 'object' } } },
    ListEnvelope: { type: 'object', required: ['data', 'page'], properties: { data: { type: 'array', items: { type: 'object' } }, page: ref('Page') } },
  },
  securitySchemes: {
    session: { type: 'apiKey', in: 'cookie', name: 'praxis_sid', description: 'Session cookie from POST /api/auth/sign-in' },
    csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'Required on every POST/PUT/PATCH/DELETE; GET /api/auth/csrf gives it' },
  },
};

/**
 * The OpenAPI 3.1 document of `operations`, plus a minimal entry for each route in `routes` that no operation
 * describes (so the document always lists every route that exists).
 */
export function buildOpenApiDocument(operations: readonly ApiOperation[], routes: readonly RouteSignature[], serverUrl: string): JsonSchema {
  const described = new Set(operations.map((operation) => `${operation.method} ${operation.path}`));
  const undescribed: ApiOperation[] = routes
    .filter((route) => !described.has(`${route.method} ${route.path}`))
    .map((route) => ({
      method: route.method as HttpMethod,
      path: route.path,
      summary: 'Not described yet',
      tag: 'other',
      responses: { 200: 'json', 400: 'none', 404: 'none' },
    }));
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const operation of [...operations, ...undescribed]) {
    const { path, object } = operationObject(operation);
    paths[path] = { ...paths[path], [operation.method]: object };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Praxis API',
      version: '1.0.0',
      description: 'Good practices, resources, collections, communities and search. Lists answer { data, page }, items { data }, errors { error: { code, message, details } }.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: serverUrl }],
    tags: [...new Set([...operations, ...undescribed].map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components,
  };
}
