// The review queues live: a moderator's page asks to watch a community's queue, or a site moderator the site's queue
// of reported practices (policy-checked by the commands), and then hears 'review:changed' whenever a report comes in,
// is claimed or is decided (relayed from review.changed; `communityId` null for the practices).
import { z } from 'zod';
import type { AppContext } from '../context.js';
import type { AppEventMap } from '../events.js';
import { watchPracticeReports } from '../commands/review/watchPracticeReports.js';
import { watchReviewQueue } from '../commands/review/watchReviewQueue.js';
import { objectIdSchema } from '../commands/communities/schemas.js';
import { reviewChannel } from './channels.js';
import { onEvent } from './socketHandler.js';
import type { PraxisServer, PraxisSocket } from './socketTypes.js';

const watchSchema = z.union([z.strictObject({ communityId: objectIdSchema }), z.strictObject({ queue: z.literal('practices') })]);

export function registerReviewEvents(ctx: AppContext, socket: PraxisSocket): void {
  onEvent(socket, ctx.log, 'review:watch', watchSchema, async (watch) => {
    if ('queue' in watch) {
      watchPracticeReports(socket.data.actor);
      await socket.join(reviewChannel(null));
      return { watching: watch.queue };
    }
    const id = await watchReviewQueue(ctx, socket.data.actor, watch.communityId);
    await socket.join(reviewChannel(id));
    return { watching: id };
  });
}

/** Starts relaying review.changed to the watching moderators; returns the function that stops it. */
export function relayReviewEvents(ctx: AppContext, io: PraxisServer): () => void {
  const changed = ({ communityId }: AppEventMap['review.changed'][0]): void => {
    io.to(reviewChannel(communityId)).emit('review:changed', { communityId });
  };
  ctx.events.on('review.changed', changed);
  return () => ctx.events.off('review.changed', changed);
}
