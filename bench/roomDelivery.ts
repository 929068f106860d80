// Benchmark: exactly-once, in-order delivery under load. 20 clients in one room send 10,000 messages in all (one
// after another each, resending after a lost answer) while following the room through the island's RoomFeed and
// dropping their connections at random; prints gaps, duplicates and reorders per client against the store, and the
// delivery latency. `node --import tsx bench/roomDelivery.ts CLIENTS TOTAL` runs another size.
import { runRoomLoad, percentile } from '../test/realtime/roomLoad.js';
import { createLogger } from '../server/logger.js';
import { startMongoEngine } from '../server/services/mongoEngine.js';
import { startPraxisRoom } from './_praxisRoom.js';

const clients = Number(process.argv[2] ?? 20);
const total = Number(process.argv[3] ?? 10_000);
const disconnectChance = 0.002;

async function main(): Promise<void> {
  const mongo = await startMongoEngine({ engine: 'auto', dataDir: null, log: createLogger('warn', 'bench') });
  const praxis = await startPraxisRoom(mongo.uri, clients);
  process.stdout.write(`room delivery bench: ${clients} clients, ${total} messages, disconnect chance ${disconnectChance} per send; database ${mongo.source}; loopback, one process\n`);
  try {
    const result = await runRoomLoad(
      { url: praxis.url, roomId: praxis.roomId, cookies: praxis.memberCookies, messagesPerClient: Math.ceil(total / clients), disconnectChance, seed: 20 },
      async () => (await praxis.ctx.models.Message.find({ roomId: praxis.roomId, state: { $ne: 'hole' } }, { _id: 1 }).sort({ seq: 1 }).lean()).map((m) => String(m._id)),
    );
    const sum = (key: 'gaps' | 'duplicates' | 'reorders'): number => result.perClient.reduce((n, c) => n + c[key], 0);
    const holes = await praxis.ctx.models.Message.countDocuments({ roomId: praxis.roomId, state: 'hole' });
    process.stdout.write(
      `stored=${result.stored} holes closed=${holes} disconnects=${result.disconnects} in ${result.seconds.toFixed(1)} s (${Math.round(result.stored / result.seconds)} msg/s)\n` +
        `gaps=${sum('gaps')} duplicates=${sum('duplicates')} reorders=${sum('reorders')} over ${clients} clients ` +
        `(worst client: ${Math.max(...result.perClient.map((c) => c.gaps + c.duplicates + c.reorders))})\n` +
        `delivery latency over ${result.latencies.length} deliveries: p50=${percentile(result.latencies, 50).toFixed(1)} ms p95=${percentile(result.latencies, 95).toFixed(1)} ms ` +
        `p99=${percentile(result.latencies, 99).toFixed(1)} ms max=${result.latencies.at(-1)?.toFixed(1)} ms\n`,
    );
    if (sum('gaps') + sum('duplicates') + sum('reorders') > 0) process.exitCode = 1;
  } finally {
    await praxis.stop();
    await mongo.stop();
  }
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error: unknown) => {
    process.stderr.write(`room delivery bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
