// Lists the routes an Express app serves (method and path as declared), by walking its routers;
// the OpenAPI document uses it so that no existing route is missing, and the tests compare against it.
import type { Application } from 'express';
import type { RouteSignature } from './registry.js';

interface Layer {
  rawPath?: unknown;
  handle: { stack?: Layer[] };
  route?: { path: string; methods: Record<string, boolean> };
}

function collect(stack: readonly Layer[], prefix: string): RouteSignature[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      return Object.keys(layer.route.methods)
        .filter((method) => method !== '_all')
        .map((method) => ({ method, path: `${prefix}${layer.route?.path ?? ''}` }));
    }
    const inner = layer.handle.stack;
    return inner ? collect(inner, `${prefix}${typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : ''}`) : [];
  });
}

/** Every (method, path) the app routes, e.g. `{ method: 'get', path: '/api/resources/:id' }`. */
export function appRoutes(app: Application): RouteSignature[] {
  const router = (app as unknown as { router?: { stack: Layer[] } }).router;
  return collect(router?.stack ?? [], '');
}

/** The routes under /api. */
export function apiRoutes(app: Application): RouteSignature[] {
  return appRoutes(app).filter((route) => route.path.startsWith('/api/'));
}
