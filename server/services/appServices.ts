// The long-running parts beside HTTP: Socket.IO, background workers and first-start seeding; started and stopped together.
import type { Server } from 'node:http';
import type { AppContext } from '../context.js';
import { attachRealtime } from '../realtime/socketServer.js';
import { startExpiryCleanup } from '../workers/expiryCleanup.js';
import { startUploadCleanup } from '../workers/uploadCleanup.js';
import { startMailDelivery } from '../workers/mailDelivery.js';
import { startSearchSync } from '../workers/searchSync.js';
import { startScheduledPublishing } from '../workers/scheduledPublishing.js';
import { startFirstStartSeed } from '../../seed/firstStart.js';

export interface RunningServices {
  stop(): Promise<void>;
}

export async function startServices(ctx: AppContext, httpServer: Server): Promise<RunningServices> {
  const stoppers: Array<() => Promise<void>> = [];
  const uploadCleanup = startUploadCleanup(ctx);
  stoppers.push(() => uploadCleanup.stop());
  const expiryCleanup = startExpiryCleanup(ctx);
  stoppers.push(() => expiryCleanup.stop());
  const searchSync = startSearchSync(ctx);
  stoppers.push(() => searchSync.stop());
  const scheduledPublishing = startScheduledPublishing(ctx);
  stoppers.push(() => scheduledPublishing.stop());
  const mailDelivery = startMailDelivery(ctx, ctx.mail.smtpUrl);
  stoppers.push(() => mailDelivery.stop());
  const realtime = await attachRealtime(ctx, httpServer);
  stoppers.push(() => realtime.stop());
  const firstStartSeed = startFirstStartSeed(ctx);
  stoppers.push(() => firstStartSeed.stop());
  return {
    stop: async () => {
      for (const stop of stoppers.reverse()) await stop();
    },
  };
}
