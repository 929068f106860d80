// Benchmark: the practice PDF over HTTP (pdfkit with embedded DejaVu Sans), N sequential downloads of a full seeded
// practice in turn in each interface language; reports p50/p95/max, size and the database engine. Usage: practicePdf.ts [N]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.js';
import { interfaceLocales } from '../server/i18n/locales.js';
import { createLogger } from '../server/logger.js';
import { publishedCorpus } from './_practiceCorpus.js';
import { startSearchBenchContext } from './_searchContext.js';

const runs = Number(process.argv[2] ?? 200);
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const bench = await startSearchBenchContext(createLogger('warn', 'bench-pdf'));
try {
  const practice = await publishedCorpus(bench.ctx, 1);
  const server = createServer(createApp(bench.ctx));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/practices/${practice.slug}/pdf`;
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const response = await fetch(`${base}?lang=${interfaceLocales[run % interfaceLocales.length]}`);
    bytes = (await response.arrayBuffer()).byteLength;
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`PDF answered ${response.status}`);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  process.stdout.write(`database engine: ${bench.mongoSource}\n`);
  process.stdout.write(`practice PDF: ${runs} downloads, ${Math.round(bytes / 1024)} kB each; p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${(times.at(-1) ?? 0).toFixed(0)} ms; target p95 ≤ 500 ms: ${p95 <= 500 ? 'met' : 'MISSED'}\n`);
  await new Promise((resolve) => server.close(resolve));
} finally {
  await bench.stop();
}
