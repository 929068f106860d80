// GET /files/:id/:variant? serves stored bytes: images inline with long-lived caching, documents as attachments
// under their original name; always nosniff and a sandboxing CSP; only to those who may see the upload.
import { Router, type Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { AppContext } from '../../context.js';
import { readUpload } from '../../commands/uploads/uploadAccess.js';
import { notFound } from '../../errors.js';
import type { Upload, UploadRendition } from '../../models/upload.js';
import { contentDisposition, downloadName } from '../../uploads/fileNames.js';
import { createStorage } from '../../uploads/storage.js';

const oneYear = 365 * 24 * 3600;

/** Content-addressed bytes never change; what only some may see stays out of shared caches. */
const cacheControl = (isPublic: boolean): string => `${isPublic ? 'public' : 'private'}, max-age=${oneYear}, immutable`;

function contentType(rendition: UploadRendition): string {
  return rendition.type.startsWith('text/') ? `${rendition.type}; charset=utf-8` : rendition.type;
}

function setHeaders(res: Response, upload: Upload, rendition: UploadRendition, isPublic: boolean, etag: string): void {
  const isImage = upload.kind === 'image';
  const ext = rendition.name === 'original' ? upload.ext : 'webp';
  const suffix = rendition.name === 'original' ? '' : `-${rendition.name}`;
  res.setHeader('Content-Type', contentType(rendition));
  res.setHeader('Content-Length', String(rendition.size));
  res.setHeader('Content-Disposition', contentDisposition(isImage ? 'inline' : 'attachment', downloadName(upload.originalName, ext, suffix)));
  res.setHeader('Cache-Control', cacheControl(isPublic));
  res.setHeader('ETag', etag);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function fileRoutes(ctx: AppContext): Router {
  const router = Router();
  const storage = createStorage(ctx.config);

  router.get('/files/:id{/:variant}', async (req, res) => {
    const { upload, isPublic } = await readUpload(ctx, req.actor, req.params.id);
    const name = req.params.variant ?? 'original';
    const rendition = name === 'original' ? upload.original : upload.variants.find((variant) => variant.name === name);
    if (!rendition) throw notFound('The file');
    const etag = `"${upload.sha256.slice(0, 32)}-${rendition.name}"`;
    if (req.get('if-none-match') === etag) {
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', cacheControl(isPublic));
      res.status(304).end();
      return;
    }
    const stream = await storage.get(rendition.key);
    if (!stream) {
      ctx.log.error({ uploadId: String(upload._id), key: rendition.key }, 'stored bytes of an upload are missing');
      throw notFound('The file');
    }
    setHeaders(res, upload, rendition, isPublic, etag);
    if (req.method === 'HEAD') {
      stream.destroy();
      res.end();
      return;
    }
    await pipeline(stream, res).catch((error: unknown) => {
      req.log.warn({ err: error, reqId: req.id }, 'file download interrupted');
    });
  });

  return router;
}
