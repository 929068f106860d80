// The server-rendered pages, mounted after the API; each area adds its page router here.
import type { Router } from 'express';
import type { AppContext } from '../../context.js';
import { homePages } from './homePages.js';

export function pageRouters(ctx: AppContext): Router[] {
  return [homePages(ctx)];
}
