// /api/uploads: upload files (multipart field `files`), read an upload's metadata, attach and detach it.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { attachUpload } from '../../commands/uploads/attachUpload.js';
import { detachUpload } from '../../commands/uploads/detachUpload.js';
import { storeUploads, type IncomingFile } from '../../commands/uploads/storeUploads.js';
import { describeUpload } from '../../commands/uploads/uploadAccess.js';
import { authorize } from '../../policies/index.js';
import { presentUpload } from '../../presenters/uploadPresenter.js';
import { uploadIntake } from '../../uploads/limits.js';

export function uploadRoutes(ctx: AppContext): Router {
  const router = Router();
  const intake = uploadIntake(ctx.config);

  router.post(
    '/uploads',
    (req, _res, next) => {
      authorize(req.actor, 'upload.create');
      next();
    },
    intake,
    async (req, res) => {
      const files = Array.isArray(req.files) ? (req.files as IncomingFile[]) : undefined;
      const uploads = await storeUploads(ctx, req.actor, files);
      res.status(201).json({ data: uploads.map(presentUpload) });
    },
  );

  router.get('/uploads/:id', async (req, res) => {
    res.json({ data: presentUpload(await describeUpload(ctx, req.actor, req.params.id)) });
  });

  router.post('/uploads/:id/attach', async (req, res) => {
    res.json({ data: presentUpload(await attachUpload(ctx, req.actor, req.params.id, req.body)) });
  });

  router.post('/uploads/:id/detach', async (req, res) => {
    res.json({ data: presentUpload(await detachUpload(ctx, req.actor, req.params.id, req.body)) });
  });

  return router;
}
