// The list of API routers mounted under /api; each capability adds its router here.
import type { Router } from 'express';
import type { AppContext } from '../../context.js';
import { accountRoutes } from './accountRoutes.js';
import { uploadRoutes } from './uploadRoutes.js';

export function apiRouters(ctx: AppContext): Router[] {
  return [accountRoutes(ctx), uploadRoutes(ctx)];
}
