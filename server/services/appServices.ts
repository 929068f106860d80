// The long-running parts beside HTTP: Socket.IO, background workers and first-start seeding; started and stopped together.
import type { Server } from 'node:http';
import type { AppContext } from '../context.js';
import { startUploadCleanup } from '../workers/uploadCleanup.js';

export interface RunningServices {
  stop(): Promise<void>;
}

export async function startServices(ctx: AppContext, _httpServer: Server): Promise<RunningServices> {
  const stoppers: Array<() => Promise<void>> = [];
  const uploadCleanup = startUploadCleanup(ctx);
  stoppers.push(() => uploadCleanup.stop());
  return {
    stop: async () => {
      for (const stop of stoppers.reverse()) await stop();
    },
  };
}
