// The review queue live: a moderator's page asks to watch a community's queue (policy-checked by the command) and
// then hears 'review:changed' whenever a report comes in, is claimed or is decided (relayed from review.changed).
import { z } from 'zod';
import type { AppContext } from '../context.js';
import type { AppEventMap } from '../events.js';
import { watchReviewQueue } from '../commands/review/watchReviewQueue.js';
import { objectIdSchema } from '../commands/communities/schemas.js';
import { reviewChannel } from './channels.js';
import { onEvent } from './socketHandler.js';
import type { PraxisServer, PraxisSocket } from './socketTypes.js';

const watchSchema = z.strictObject({ communityId: objectIdSchema });

export function registerReviewEvents(ctx: AppContext, socket: PraxisSocket): void {
  onEvent(socket, ctx.log, 'review:watch', watchSchema, async ({ communityId }) => {
    const id = await watchReviewQueue(ctx, socket.data.actor, communityId);
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
