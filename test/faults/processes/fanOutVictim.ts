// A Praxis node for the fan-out crash test: it fans one notification out to the people of FANOUT_TEST_EMAIL_DOMAIN
// and kills itself outright (SIGKILL) the moment the slice FANOUT_TEST_KILL_IN_SLICE starts telling live sockets,
// that is after the slice's notifications and e-mails are written and before the job's cursor moves past them.
import { loadConfig } from '../../../server/config.js';
import { createLogger } from '../../../server/logger.js';
import { deliverNotifications } from '../../../server/notifications/deliverNotifications.js';
import { createContext } from '../../../server/runtime.js';

const env = process.env;
const config = loadConfig({
  NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_ON_EMPTY: 'false', SESSION_SECRET: env.FANOUT_TEST_SECRET,
  MONGODB_URI: env.FANOUT_TEST_MONGODB_URI, MONGODB_DB_NAME: env.FANOUT_TEST_DB_NAME, FANOUT_BATCH_SIZE: env.FANOUT_TEST_BATCH_SIZE,
  FANOUT_LEASE_MS: env.FANOUT_TEST_LEASE_MS, MONGODB_CONNECT_TIMEOUT_MS: '10000', MONGODB_SERVER_SELECTION_TIMEOUT_MS: '10000',
});
const { ctx } = await createContext(config, createLogger('silent'), {
  mongoUri: config.mongo.uri ?? '',
  search: { host: 'http://127.0.0.1:9', apiKey: 'unused', source: 'none', stop: async () => undefined },
  mail: { smtpUrl: 'smtp://127.0.0.1:9', catcherDir: null },
});
const batchSize = config.notifications.fanOutBatchSize;
const killAt = (Number(env.FANOUT_TEST_KILL_IN_SLICE) - 1) * batchSize + 1;
let broadcasts = 0;
ctx.events.on('realtime.broadcast', () => {
  broadcasts += 1;
  if (broadcasts === killAt) process.kill(process.pid, 'SIGKILL');
});
const people = await ctx.models.User.find({ email: { $regex: `@${env.FANOUT_TEST_EMAIL_DOMAIN}$` } }, { _id: 1 }).sort({ email: 1 }).lean();
await deliverNotifications(ctx, {
  kind: 'newThread', groupKey: 'crash-test', communityId: null, actorId: null, actorName: 'Crash test', title: 'A thread', path: '/threads/crash',
}, people.map((person) => String(person._id)));
process.stdout.write('finished without being killed\n');
process.exit(0);
