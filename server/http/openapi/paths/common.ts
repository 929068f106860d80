// Response sets and operation builders (item CRUD, workflow transitions) shared by the OpenAPI path descriptions.
import type { ApiOperation, ResponseShape } from '../registry.js';

type Responses = Readonly<Record<number, ResponseShape>>;

/** A public read of one item: 404 when missing or not visible. */
export const readItem: Responses = { 200: 'item', 404: 'none' };
export const readList: Responses = { 200: 'list', 400: 'none' };
/** A write by a signed-in user (CSRF token required). */
export const write: Responses = { 200: 'item', 400: 'none', 401: 'none', 403: 'none', 404: 'none', 409: 'none' };
export const create: Responses = { 201: 'item', 400: 'none', 401: 'none', 403: 'none', 415: 'none' };
/** Creating something inside a parent (community, thread, room) that may be missing or hidden. */
export const createIn: Responses = { ...create, 404: 'none' };
/** A signed-in action on an item that cannot conflict. */
export const act: Responses = { 200: 'item', 400: 'none', 401: 'none', 403: 'none', 404: 'none' };
/** A signed-in action answering no content. */
export const actQuietly: Responses = { 204: 'none', 400: 'none', 401: 'none', 403: 'none', 404: 'none' };
/** A list only some signed-in users (moderators, owners) may read. */
export const guardedList: Responses = { 200: 'list', 400: 'none', 401: 'none', 403: 'none', 404: 'none' };

/** `POST <base>/:id/<name>`: one workflow transition of an item. */
export function transitionOperation(base: string, tag: string, name: string, summary: string, body?: ApiOperation['body']): ApiOperation {
  return { method: 'post', path: `${base}/:id/${name}`, tag, summary, ...(body ? { body } : {}), responses: write };
}

export interface ItemSchemas {
  readonly list: NonNullable<ApiOperation['query']>;
  readonly create: NonNullable<ApiOperation['body']>;
  readonly update: NonNullable<ApiOperation['body']>;
}

/** List, create, read by slug (301 for an old one), read by id and edit (409 on a stale rev) of `<base>`. */
export function itemOperations(base: string, tag: string, noun: string, schemas: ItemSchemas): ApiOperation[] {
  return [
    { method: 'get', path: base, tag, summary: `List ${noun}s the reader may see, with filters, sorting and paging`, query: schemas.list, responses: { ...readList, 401: 'none' } },
    { method: 'post', path: base, tag, summary: `Create a ${noun} draft`, body: schemas.create, responses: create },
    { method: 'get', path: `${base}/by-slug/:slug`, tag, summary: `Read a ${noun} by slug (an old slug answers 301)`, responses: { ...readItem, 301: 'redirect' } },
    { method: 'get', path: `${base}/:id`, tag, summary: `Read a ${noun}`, responses: readItem },
    { method: 'patch', path: `${base}/:id`, tag, summary: `Edit a ${noun} (409 stale_revision on a stale rev)`, body: schemas.update, responses: write },
  ];
}
