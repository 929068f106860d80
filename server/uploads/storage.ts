// Where stored bytes live: a small Storage interface (an S3-compatible backend can implement it later) and the
// local-disk implementation under config.uploads.dir, which writes to a temporary file and renames atomically.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../config.js';

export interface Storage {
  /** Stores the bytes under `key` unless they are already there; `created` tells which. */
  put(key: string, content: Buffer | Readable): Promise<{ created: boolean }>;
  /** A stream of the stored bytes, or null when nothing is stored under `key`. */
  get(key: string): Promise<Readable | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the bytes; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Removes partial writes left by an interrupted process that are older than `before`; returns how many. */
  sweepIncomplete(before: Date): Promise<number>;
}

/** The content-addressed key of one rendition: ab/cd/<sha256>/<name>.<ext>. */
export function contentKey(sha256: string, name: string, ext: string): string {
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}/${name}.${ext}`;
}

const safeKey = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}\/[a-z0-9]{1,20}\.[a-z0-9]{1,8}$/;

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'ENOENT';

export class LocalDiskStorage implements Storage {
  private readonly tempDir: string;

  constructor(private readonly root: string) {
    this.tempDir = path.join(root, '.tmp');
  }

  private pathOf(key: string): string {
    if (!safeKey.test(key)) throw new Error(`refusing storage key ${JSON.stringify(key)}`);
    return path.join(this.root, ...key.split('/'));
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async put(key: string, content: Buffer | Readable): Promise<{ created: boolean }> {
    const target = this.pathOf(key);
    if (await this.exists(key)) return { created: false };
    await mkdir(this.tempDir, { recursive: true });
    const temp = path.join(this.tempDir, `${randomBytes(12).toString('hex')}.part`);
    try {
      if (Buffer.isBuffer(content)) await writeFile(temp, content, { flag: 'wx' });
      else await pipeline(content, createWriteStream(temp, { flags: 'wx' }));
      await this.moveIntoPlace(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { created: true };
  }

  /** Renames into place; a concurrent delete may remove the fresh parent folder, so that is retried once. */
  private async moveIntoPlace(temp: string, target: string): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      await mkdir(path.dirname(target), { recursive: true });
      try {
        await rename(temp, target);
        return;
      } catch (error) {
        if (!isMissing(error) || attempt > 0) throw error;
      }
    }
  }

  async get(key: string): Promise<Readable | null> {
    const file = this.pathOf(key);
    if (!(await this.exists(key))) return null;
    return createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    await unlink(file).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
    let folder = path.dirname(file);
    while (folder.startsWith(this.root + path.sep)) {
      const removed = await rmdir(folder).then(
        () => true,
        () => false,
      );
      if (!removed) return;
      folder = path.dirname(folder);
    }
  }

  async sweepIncomplete(before: Date): Promise<number> {
    const names = await readdir(this.tempDir).catch((error: unknown) => {
      if (isMissing(error)) return [];
      throw error;
    });
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.tempDir, name);
      const info = await stat(file).catch(() => null);
      if (info && info.mtime < before) {
        await rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }
}

/** The storage the app uses; the one place to choose another backend. */
export function createStorage(config: Config): Storage {
  return new LocalDiskStorage(path.resolve(config.uploads.dir));
}
