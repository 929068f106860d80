// The sharp pipeline for uploaded images: refuses decompression bombs (limitInputPixels), orients from EXIF,
// strips every piece of metadata (no GPS leaves the server), re-encodes a cleaned original and WebP variants.
import sharp, { type Sharp } from 'sharp';
import { AppError } from '../errors.js';
import type { SniffedType } from './sniff.js';

export const variantWidths = [320, 960, 1920] as const;

/** A 12-megapixel photo takes a few hundred MB while it is processed; at most this many are processed at once. */
const maxConcurrentImages = 2;
let activeImages = 0;
const waiting: Array<() => void> = [];

async function withImageSlot<T>(work: () => Promise<T>): Promise<T> {
  if (activeImages >= maxConcurrentImages) await new Promise<void>((resolve) => waiting.push(resolve));
  else activeImages += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else activeImages -= 1;
  }
}

export interface ImageOutput {
  /** `original` or `w<width>`. */
  readonly name: string;
  readonly bytes: Buffer;
  readonly type: string;
  readonly ext: string;
  readonly width: number;
  readonly height: number;
}

export interface ProcessedImage {
  readonly width: number;
  readonly height: number;
  readonly animated: boolean;
  readonly original: ImageOutput;
  readonly variants: ImageOutput[];
}

function toAppError(error: unknown, name: string): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('pixel limit')) return tooManyPixels(name);
  return new AppError(415, 'damaged_file', `"${name}" could not be read as an image.`);
}

const tooManyPixels = (name: string): AppError =>
  new AppError(413, 'image_too_large', `"${name}" has too many pixels. Please scale it down before uploading.`);

function encodeOriginal(pipeline: Sharp, sniffed: SniffedType): Sharp {
  switch (sniffed.ext) {
    case 'jpg':
      return pipeline.jpeg({ quality: 90 });
    case 'png':
      return pipeline.png();
    case 'webp':
      return pipeline.webp({ quality: 90 });
    case 'gif':
      return pipeline.gif();
    default:
      return pipeline.avif({ quality: 60, effort: 2 });
  }
}

async function render(pipeline: Sharp, name: string, type: string, ext: string, pages: number): Promise<ImageOutput> {
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { name, bytes: data, type, ext, width: info.width, height: Math.round(info.height / pages) };
}

/**
 * Produces the cleaned original (same format) and WebP variants 320/960/1920 wide, never upscaled (an image
 * narrower than 320 gets one variant at its own size). Animated GIF/WebP keep their animation when all frames
 * together stay under the pixel limit; otherwise only the first frame is kept.
 */
export async function processImage(bytes: Buffer, sniffed: SniffedType, fileName: string, maxPixels: number): Promise<ProcessedImage> {
  return withImageSlot(() => processImageNow(bytes, sniffed, fileName, maxPixels));
}

async function processImageNow(bytes: Buffer, sniffed: SniffedType, fileName: string, maxPixels: number): Promise<ProcessedImage> {
  try {
    const meta = await sharp(bytes, { limitInputPixels: maxPixels }).metadata();
    const framePixels = meta.width * (meta.pageHeight ?? meta.height);
    if (framePixels > maxPixels) throw tooManyPixels(fileName);
    const pages = meta.pages ?? 1;
    const animated = pages > 1 && (sniffed.ext === 'gif' || sniffed.ext === 'webp') && framePixels * pages <= maxPixels;
    const frames = animated ? pages : 1;
    const source = (): Sharp => {
      const pipeline = sharp(bytes, { limitInputPixels: maxPixels, animated });
      return animated ? pipeline : pipeline.autoOrient();
    };
    const width = animated ? meta.width : meta.autoOrient.width;
    const wanted = variantWidths.filter((w, index) => index === 0 || w < width);
    const [original, ...variants] = await Promise.all([
      render(encodeOriginal(source(), sniffed), 'original', sniffed.mime, sniffed.ext, frames),
      ...wanted.map((w) =>
        render(source().resize({ width: w, withoutEnlargement: true }).webp({ quality: 80 }), `w${w}`, 'image/webp', 'webp', frames),
      ),
    ]);
    return { width: original.width, height: original.height, animated, original, variants };
  } catch (error) {
    throw toAppError(error, fileName);
  }
}
