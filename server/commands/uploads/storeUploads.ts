// Takes the files of one upload request: every file is sniffed and processed in memory first, so a refused or
// failing file leaves nothing behind; then the bytes are stored (content-addressed) and one record per file written.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { badRequest, unauthenticated } from '../../errors.js';
import type { Upload } from '../../models/upload.js';
import { authorize } from '../../policies/index.js';
import { prepareUpload, type PreparedRendition, type PreparedUpload } from '../../uploads/prepareUpload.js';
import { contentKey, createStorage } from '../../uploads/storage.js';
import { removeBytesIfUnreferenced, writeRenditions } from '../../uploads/storedBytes.js';

export interface IncomingFile {
  readonly originalname: string;
  readonly buffer: Buffer;
}

function rendition(sha256: string, r: PreparedRendition) {
  return { name: r.name, key: contentKey(sha256, r.name, r.ext), type: r.type, size: r.bytes.length, width: r.width, height: r.height };
}

function toRecord(id: Types.ObjectId, ownerId: string, prepared: PreparedUpload, now: Date) {
  return {
    _id: id,
    ownerId: new Types.ObjectId(ownerId),
    sha256: prepared.sha256,
    originalName: prepared.originalName,
    kind: prepared.sniffed.kind,
    sniffedType: prepared.sniffed.mime,
    ext: prepared.sniffed.ext,
    size: prepared.size,
    width: prepared.width,
    height: prepared.height,
    animated: prepared.animated,
    original: rendition(prepared.sha256, prepared.original),
    variants: prepared.variants.map((variant) => rendition(prepared.sha256, variant)),
    attachedTo: [],
    orphanSince: now,
    state: 'ready' as const,
    rev: 0,
    createdAt: now,
  };
}

export async function storeUploads(ctx: AppContext, actor: Actor, files: readonly IncomingFile[] | undefined): Promise<Upload[]> {
  const ownerId = actor.userId;
  if (!ownerId) throw unauthenticated();
  authorize(actor, 'upload.create');
  if (!files || files.length === 0) throw badRequest('no_files', 'Choose at least one file to upload (form field "files").');
  const prepared: PreparedUpload[] = [];
  for (const file of files) prepared.push(await prepareUpload(file.buffer, file.originalname, ctx.config.uploads.maxPixels));

  const storage = createStorage(ctx.config);
  const now = new Date();
  const ids = prepared.map(() => new Types.ObjectId());
  const written: Array<{ sha256: string; keys: string[] }> = [];
  try {
    for (const item of prepared) written.push({ sha256: item.sha256, keys: await writeRenditions(storage, item) });
    await ctx.models.Upload.insertMany(prepared.map((item, i) => toRecord(ids[i], ownerId, item, now)));
    // A concurrent cleanup may have removed shared bytes between our write and our record: put them back.
    for (const item of prepared) await writeRenditions(storage, item);
  } catch (error) {
    await ctx.models.Upload.deleteMany({ _id: { $in: ids } });
    for (const { sha256, keys } of written) await removeBytesIfUnreferenced(ctx, storage, sha256, keys);
    throw error;
  }
  return ctx.models.Upload.find({ _id: { $in: ids } }).lean<Upload[]>().then((docs) =>
    ids.map((id) => docs.find((doc) => doc._id.equals(id)) as Upload),
  );
}
