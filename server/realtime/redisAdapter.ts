// With REDIS_URL set, connects the Socket.IO Redis adapter so rooms span several app instances; a single node
// needs no Redis.
import { createAdapter } from '@socket.io/redis-adapter';
import type { Logger } from 'pino';
import { createClient } from 'redis';
import type { PraxisServer } from './socketTypes.js';

export async function attachRedisAdapter(io: PraxisServer, redisUrl: string, log: Logger): Promise<() => Promise<void>> {
  const pub = createClient({ url: redisUrl });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) client.on('error', (error: unknown) => log.error({ err: error }, 'redis connection error'));
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
  return async () => {
    await Promise.allSettled([pub.quit(), sub.quit()]);
  };
}
