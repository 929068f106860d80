// Benchmark: a full OAI-PMH ListRecords harvest (praxis format, then oai_dc) of 10,000 published practices over
// HTTP, following resumption tokens; reports pages, records, seconds and the database engine. Usage: oaiHarvest.ts [N]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.js';
import { createLogger } from '../server/logger.js';
import { publishedCorpus } from './_practiceCorpus.js';
import { startSearchBenchContext } from './_searchContext.js';

const count = Number(process.argv[2] ?? 10_000);
const log = createLogger('warn', 'bench-oai');
const bench = await startSearchBenchContext(log);
try {
  process.stdout.write(`database engine: ${bench.mongoSource}; page size ${bench.ctx.config.oai.pageSize}\n`);
  const seeding = Date.now();
  await publishedCorpus(bench.ctx, count);
  process.stdout.write(`corpus: ${count} published practices in ${((Date.now() - seeding) / 1000).toFixed(1)} s\n`);
  const server = createServer(createApp(bench.ctx));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oai`;
  for (const prefix of ['praxis', 'oai_dc']) {
    const started = Date.now();
    let query = `verb=ListRecords&metadataPrefix=${prefix}`;
    let pages = 0;
    let records = 0;
    let bytes = 0;
    for (;;) {
      const xml = await (await fetch(`${base}?${query}`)).text();
      pages += 1;
      bytes += xml.length;
      records += xml.match(/<record>/g)?.length ?? 0;
      const token = /<resumptionToken[^>]*>([^<]+)<\/resumptionToken>/.exec(xml)?.[1];
      if (!token) break;
      query = `verb=ListRecords&resumptionToken=${encodeURIComponent(token)}`;
    }
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`ListRecords ${prefix}: ${records} records in ${pages} pages, ${(bytes / 1_048_576).toFixed(1)} MB, ${seconds.toFixed(1)} s (${Math.round(records / seconds)} records/s); target ≤ 60 s: ${seconds <= 60 ? 'met' : 'MISSED'}\n`);
    if (records !== count) process.stdout.write(`  expected ${count} records, got ${records}\n`);
  }
  await new Promise((resolve) => server.close(resolve));
} finally {
  await bench.stop();
}
