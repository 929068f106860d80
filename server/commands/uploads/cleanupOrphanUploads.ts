// Removes uploads nothing has been attached to for config.uploads.orphanTtlHours: claims each orphan with a
// compare-and-set (so a concurrent attach wins or loses cleanly), deletes the record, then the bytes when no other
// record refers to the same sha256; also sweeps partial writes left by interrupted processes.
import type { AppContext } from '../../context.js';
import type { Upload } from '../../models/upload.js';
import { createStorage } from '../../uploads/storage.js';
import { removeBytesIfUnreferenced } from '../../uploads/storedBytes.js';
import { bumpRev } from '../../search/syncFields.js';

const batchSize = 200;
const incompleteWriteGraceMs = 60 * 60_000;

export interface CleanupReport {
  readonly removedUploads: number;
  readonly removedFiles: number;
  readonly removedPartialWrites: number;
}

export async function cleanupOrphanUploads(ctx: AppContext, now = new Date()): Promise<CleanupReport> {
  const cutoff = new Date(now.getTime() - ctx.config.uploads.orphanTtlHours * 3_600_000);
  const storage = createStorage(ctx.config);
  const candidates = await ctx.models.Upload.find({
    $or: [{ state: 'ready', orphanSince: { $lt: cutoff }, attachedTo: { $size: 0 } }, { state: 'removing' }],
  })
    .limit(batchSize)
    .lean<Upload[]>();
  let removedUploads = 0;
  let removedFiles = 0;
  for (const candidate of candidates) {
    if (candidate.state === 'ready') {
      const claimed = await ctx.models.Upload.updateOne(
        { _id: candidate._id, rev: candidate.rev, state: 'ready', attachedTo: { $size: 0 } },
        { $set: { state: 'removing' }, ...bumpRev },
      );
      if (claimed.modifiedCount !== 1) continue;
    }
    await ctx.models.Upload.deleteOne({ _id: candidate._id, state: 'removing' });
    removedUploads += 1;
    const keys = [candidate.original.key, ...candidate.variants.map((variant) => variant.key)];
    if (await removeBytesIfUnreferenced(ctx, storage, candidate.sha256, keys)) removedFiles += keys.length;
  }
  const removedPartialWrites = await storage.sweepIncomplete(new Date(now.getTime() - incompleteWriteGraceMs));
  return { removedUploads, removedFiles, removedPartialWrites };
}
