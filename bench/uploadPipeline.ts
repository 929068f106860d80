// Benchmark: a generated 12-megapixel JPEG through the upload pipeline (sniff, sha256, sharp: orient, strip,
// cleaned original + three WebP variants) N times; reports p50/p95 time and peak RSS. Usage: uploadPipeline.ts [N]
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { prepareUpload } from '../server/uploads/prepareUpload.js';

export interface UploadPipelineResult {
  runs: number;
  inputBytes: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  baselineRssMb: number;
  peakRssMb: number;
  outputBytes: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const mb = (bytes: number): number => Math.round((bytes / 1_048_576) * 10) / 10;

/** A photo-like 4000×3000 JPEG: a smooth gradient with sensor-like noise, EXIF orientation 6 and a GPS tag. */
async function twelveMegapixelJpeg(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const noise = await sharp({ create: { width, height, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 128, sigma: 18 } } })
    .raw()
    .toBuffer();
  const gradient = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 3;
      gradient[i] = (x * 255) / width;
      gradient[i + 1] = (y * 255) / height;
      gradient[i + 2] = 128;
    }
  }
  return sharp(gradient, { raw: { width, height, channels: 3 } })
    .composite([{ input: noise, raw: { width, height, channels: 3 }, blend: 'soft-light' }])
    .jpeg({ quality: 88 })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '46/1 3/1 25/1' } })
    .toBuffer();
}

export async function runUploadPipelineBench(runs: number): Promise<UploadPipelineResult> {
  const input = await twelveMegapixelJpeg();
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const times: number[] = [];
  let outputBytes = 0;
  try {
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const prepared = await prepareUpload(input, 'class-photo.jpg', 100_000_000);
      times.push(performance.now() - started);
      peak = Math.max(peak, process.memoryUsage().rss);
      outputBytes = [prepared.original, ...prepared.variants].reduce((sum, r) => sum + r.bytes.length, 0);
    }
  } finally {
    clearInterval(sampler);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    runs,
    inputBytes: input.length,
    p50Ms: Math.round(percentile(sorted, 50)),
    p95Ms: Math.round(percentile(sorted, 95)),
    maxMs: Math.round(sorted[sorted.length - 1]),
    baselineRssMb: mb(baseline),
    peakRssMb: mb(peak),
    outputBytes,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv[2] ?? 10);
  const result = await runUploadPipelineBench(Number.isInteger(runs) && runs > 0 ? runs : 10);
  process.stdout.write(
    `upload pipeline, 12 MP JPEG (${mb(result.inputBytes)} MB in, ${mb(result.outputBytes)} MB out), ${result.runs} runs, sharp concurrency ${sharp.concurrency()}:\n` +
      `  p50 ${result.p50Ms} ms · p95 ${result.p95Ms} ms · max ${result.maxMs} ms\n` +
      `  RSS ${result.baselineRssMb} MB before → peak ${result.peakRssMb} MB\n`,
  );
}
