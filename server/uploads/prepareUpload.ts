// Turns one received file into everything that will be stored, entirely in memory: the sniffed type, the
// sha256 of the bytes, and the renditions (cleaned original and WebP variants for images). Nothing is written here.
import { createHash } from 'node:crypto';
import { sanitizeFileName } from './fileNames.js';
import { processImage } from './imagePipeline.js';
import { sniffType, type SniffedType } from './sniff.js';

export interface PreparedRendition {
  readonly name: string;
  readonly bytes: Buffer;
  readonly type: string;
  readonly ext: string;
  readonly width?: number;
  readonly height?: number;
}

export interface PreparedUpload {
  readonly sha256: string;
  readonly originalName: string;
  readonly sniffed: SniffedType;
  readonly size: number;
  readonly width?: number;
  readonly height?: number;
  readonly animated?: boolean;
  readonly original: PreparedRendition;
  readonly variants: readonly PreparedRendition[];
}

export async function prepareUpload(bytes: Buffer, rawName: string, maxPixels: number): Promise<PreparedUpload> {
  const originalName = sanitizeFileName(rawName);
  const sniffed = await sniffType(bytes, originalName);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sniffed.kind === 'document') {
    return { sha256, originalName, sniffed, size: bytes.length, original: { name: 'original', bytes, type: sniffed.mime, ext: sniffed.ext }, variants: [] };
  }
  const image = await processImage(bytes, sniffed, originalName, maxPixels);
  return {
    sha256,
    originalName,
    sniffed,
    size: bytes.length,
    width: image.width,
    height: image.height,
    animated: image.animated,
    original: image.original,
    variants: image.variants,
  };
}
