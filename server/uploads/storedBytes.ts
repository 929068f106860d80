// Writing and removing the stored bytes of uploads, keyed by sha256: bytes go only when no record refers to them.
import type { AppContext } from '../context.js';
import type { PreparedUpload } from './prepareUpload.js';
import { contentKey, type Storage } from './storage.js';

/** Stores every rendition that is not stored yet; returns the keys this call created. */
export async function writeRenditions(storage: Storage, prepared: PreparedUpload): Promise<string[]> {
  const created: string[] = [];
  for (const rendition of [prepared.original, ...prepared.variants]) {
    const key = contentKey(prepared.sha256, rendition.name, rendition.ext);
    if ((await storage.put(key, rendition.bytes)).created) created.push(key);
  }
  return created;
}

/** Deletes `keys` when no upload record refers to `sha256` any more. */
export async function removeBytesIfUnreferenced(ctx: AppContext, storage: Storage, sha256: string, keys: readonly string[]): Promise<boolean> {
  if ((await ctx.models.Upload.countDocuments({ sha256 })) > 0) return false;
  for (const key of keys) await storage.delete(key);
  return true;
}
