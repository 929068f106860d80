// Attaches Socket.IO to the HTTP server: origin check and session at the handshake, the room events, presence,
// the optional Redis adapter, and the bridge from commands' events ('realtime.broadcast', the rooms' domain events)
// to clients.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import type { AppEventMap } from '../events.js';
import { loadCommunity } from '../commands/communities/loadCommunity.js';
import { communityRoomIds } from '../commands/rooms/listRooms.js';
import { can } from '../policies/index.js';
import { communityRestrictedEvent, identityChangedEvent, roomChannel, sessionChannel, sessionEndedEvent, userChannel } from './channels.js';
import { originCheck, sessionAuth } from './handshake.js';
import { PresenceNotifier } from './presence.js';
import { attachRedisAdapter } from './redisAdapter.js';
import { relayReviewEvents, registerReviewEvents } from './reviewEvents.js';
import { relayRoomEvents } from './roomBroadcasts.js';
import { registerRoomEvents } from './roomEvents.js';
import { guardEvents, maxTransportBytes } from './socketHandler.js';
import type { PraxisServer } from './socketTypes.js';

const removedPayload = z.object({ communityId: z.string() });

export interface RunningRealtime {
  io: PraxisServer;
  stop(): Promise<void>;
}

export async function attachRealtime(ctx: AppContext, httpServer: HttpServer): Promise<RunningRealtime> {
  const io: PraxisServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: maxTransportBytes,
    allowRequest: originCheck(ctx),
  });
  const closeRedis = ctx.config.redisUrl ? await attachRedisAdapter(io, ctx.config.redisUrl, ctx.log) : null;
  const presence = new PresenceNotifier(io, ctx.log);

  io.use(sessionAuth(ctx));
  io.on('connection', (socket) => {
    const { userId } = socket.data.actor;
    if (userId) void socket.join(userChannel(userId));
    if (socket.data.sessionId) void socket.join(sessionChannel(socket.data.sessionId));
    registerRoomEvents(ctx, socket, presence);
    registerReviewEvents(ctx, socket);
    socket.use(guardEvents(socket, ctx.log));
  });

  /** Removes a banned person's sockets (on every node) from the community's rooms. */
  const removeFromCommunity = async (userId: string, payload: unknown): Promise<void> => {
    const rooms = await communityRoomIds(ctx, removedPayload.parse(payload).communityId);
    io.in(userChannel(userId)).socketsLeave(rooms.map(roomChannel));
    for (const roomId of rooms) presence.changed(roomId);
  };
  /** After a community became members-only: every socket (on every node) whose person may no longer read it leaves its rooms. */
  const evictReadersWithoutAccess = async (payload: unknown): Promise<void> => {
    const { communityId } = removedPayload.parse(payload);
    for (const roomId of await communityRoomIds(ctx, communityId)) {
      const channel = roomChannel(roomId);
      for (const socket of await io.in(channel).fetchSockets()) {
        const { actor } = socket.data;
        const { access } = await loadCommunity(ctx, actor, communityId);
        if (!can(actor, 'community.readContent', access)) socket.leave(channel);
      }
      presence.changed(roomId);
    }
  };
  const relay = ({ room, event, payload }: AppEventMap['realtime.broadcast'][0]): void => {
    io.to(room).emit(event, payload);
    if (event === sessionEndedEvent || event === identityChangedEvent) io.in(room).disconnectSockets(true);
    if (event === communityRestrictedEvent) {
      evictReadersWithoutAccess(payload).catch((error: unknown) => ctx.log.warn({ err: error }, 'could not take readers out of restricted rooms'));
    }
    if (event === 'community:removed' && room.startsWith('user:')) {
      removeFromCommunity(room.slice('user:'.length), payload).catch((error: unknown) => ctx.log.warn({ err: error }, 'could not remove sockets from rooms'));
    }
  };
  ctx.events.on('realtime.broadcast', relay);
  const stopRoomRelay = relayRoomEvents(ctx, io);
  const stopReviewRelay = relayReviewEvents(ctx, io);

  return {
    io,
    stop: async () => {
      ctx.events.off('realtime.broadcast', relay);
      stopRoomRelay();
      stopReviewRelay();
      presence.stop();
      await io.close();
      await closeRedis?.();
    },
  };
}
