// Keeps what anonymous readers are served (pages and JSON) per address and interface language, until the content
// generation moves (any write to public content) or the entry is a minute old. Signed-in readers are never served
// from it nor stored in it. Search answers are kept too: the sync worker's `indexedRev` write, made once Meilisearch
// has a change, moves the generation like any other write. The visitor's CSRF token is cut out before storing and put
// back when serving.
import type { Request, RequestHandler, Response } from 'express';
import type { OutgoingHttpHeaders } from 'node:http';
import type { ContentGeneration } from '../../services/contentGeneration.js';
import { csrfCookieName } from '../cookies.js';
import { csrfTokenIfMade } from '../middleware/csrf.js';
import { chooseLocale } from '../pages/pageContext.js';
import { BoundedCache } from '../../services/boundedCache.js';

const maxAgeMs = 60_000;
const maxEntryBytes = 512 * 1024;
/** Headers that belong to one response, not to the content. */
const perResponseHeaders = new Set(['set-cookie', 'etag', 'date', 'x-request-id', 'content-length', 'cache-control', 'vary']);
/** A shared cache may keep the answer, but must ask again each time; never one that sets a visitor's cookie. */
function cacheControlFor(res: Response): string {
  return res.hasHeader('set-cookie') ? 'private, no-cache' : 'public, max-age=0, must-revalidate';
}

interface CachedAnswer {
  generation: number;
  storedAt: number;
  headers: OutgoingHttpHeaders;
  /** The body split on the CSRF token of the visitor it was made for; joined again with the reader's token. */
  parts: string[];
  size: number;
}

export interface AnonymousCacheOptions {
  maxEntries: number;
  maxBytes: number;
}

/** The cookies a response sets, but the visitor's CSRF cookie (made while rendering the page, cut out of the body). */
function cookiesBesidesCsrf(res: Response): string {
  const cookies = [res.getHeader('set-cookie') ?? []].flat().map(String);
  return cookies.filter((cookie) => !cookie.startsWith(`${csrfCookieName}=`)).join('\n');
}

function storable(res: Response, cookiesBefore: string): boolean {
  return res.statusCode === 200 && cookiesBesidesCsrf(res) === cookiesBefore && res.getHeader('cache-control') === undefined;
}

function contentHeaders(res: Response): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !perResponseHeaders.has(name)));
}

function serve(req: Request, res: Response, answer: CachedAnswer): void {
  const body = answer.parts.length > 1 ? answer.parts.join(req.csrfToken) : (answer.parts[0] ?? '');
  for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !res.hasHeader(name)) res.setHeader(name, value);
  res.setHeader('Cache-Control', cacheControlFor(res));
  res.send(body);
}

export function anonymousCache(generation: ContentGeneration, options: AnonymousCacheOptions): RequestHandler {
  const cache = new BoundedCache<CachedAnswer>(options.maxEntries, options.maxBytes);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.vary('Cookie');
    res.vary('Accept-Language');
    if (req.user) {
      res.setHeader('Cache-Control', 'private, no-cache');
      return next();
    }
    const key = `${chooseLocale(req)} ${req.originalUrl}`;
    const current = generation.current();
    const hit = cache.get(key);
    if (hit && hit.generation === current && Date.now() - hit.storedAt < maxAgeMs) return serve(req, res, hit);

    const cookiesBefore = cookiesBesidesCsrf(res);
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body === 'string' && body.length <= maxEntryBytes && storable(res, cookiesBefore)) {
        const token = csrfTokenIfMade(req);
        const parts = token ? body.split(token) : [body];
        cache.set(key, { generation: current, storedAt: Date.now(), headers: contentHeaders(res), parts, size: body.length });
        res.setHeader('Cache-Control', cacheControlFor(res));
      }
      return send(body);
    };
    next();
  };
}
