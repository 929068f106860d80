// The long-running parts beside HTTP: Socket.IO, background workers and first-start seeding; started and stopped together.
import type { Server } from 'node:http';
import type { AppContext } from '../context.js';
import { attachRealtime } from '../realtime/socketServer.js';
import { startExpiryCleanup } from '../workers/expiryCleanup.js';
import { startUploadCleanup } from '../workers/uploadCleanup.js';
import { startMailDelivery } from '../workers/mailDelivery.js';
import { startNotificationDigest } from '../workers/notificationDigest.js';
import { startNotificationFanOut } from '../workers/notificationFanOut.js';
import { startSavedSearchAlerts } from '../workers/savedSearchAlerts.js';
import { startSearchSync } from '../workers/searchSync.js';
import { startScheduledPublishing } from '../workers/scheduledPublishing.js';
import { startFirstStartSeed } from '../../seed/firstStart.js';
import { assignMissingHandles } from '../commands/accounts/handles.js';
import { startNotificationReactions } from '../notifications/notificationReactions.js';

export interface RunningServices {
  /** The background jobs whose lease this node holds right now (each runs on exactly one node). */
  jobsHeld(): string[];
  stop(): Promise<void>;
}

export async function startServices(ctx: AppContext, httpServer: Server): Promise<RunningServices> {
  const workers = [startUploadCleanup(ctx), startExpiryCleanup(ctx), startSearchSync(ctx), startScheduledPublishing(ctx), startMailDelivery(ctx, ctx.mail.smtpUrl), startNotificationDigest(ctx), startNotificationFanOut(ctx), startSavedSearchAlerts(ctx)];
  const stoppers: Array<() => Promise<void>> = workers.map((worker) => () => worker.stop());
  const realtime = await attachRealtime(ctx, httpServer);
  stoppers.push(() => realtime.stop());
  stoppers.push(startNotificationReactions(ctx));
  await assignMissingHandles(ctx);
  const firstStartSeed = startFirstStartSeed(ctx);
  stoppers.push(() => firstStartSeed.stop());
  return {
    jobsHeld: () => workers.filter((worker) => worker.holdsLease()).map((worker) => worker.job),
    stop: async () => {
      for (const stop of stoppers.reverse()) await stop();
    },
  };
}
