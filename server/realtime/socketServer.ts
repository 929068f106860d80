// Attaches Socket.IO to the HTTP server: origin check and session at the handshake, the room events, presence,
// the optional Redis adapter, and the bridge from commands' events ('realtime.broadcast', the rooms' domain events)
// to clients.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import type { AppEventMap } from '../events.js';
import { accessOf, findMembership } from '../commands/communities/loadCommunity.js';
import type { Community } from '../models/community.js';
import { can } from '../policies/index.js';
import { communityRestrictedEvent, identityChangedEvent, roomChannel, sessionChannel, sessionEndedEvent, userChannel } from './channels.js';
import { originCheck, sessionAuth } from './handshake.js';
import { PresenceNotifier } from './presence.js';
import { attachRedisAdapter } from './redisAdapter.js';
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
    socket.use(guardEvents(socket, ctx.log));
  });

  /** Removes a banned person's sockets (on every node) from the community's rooms. */
  const removeFromCommunity = async (userId: string, payload: unknown): Promise<void> => {
    const { communityId } = removedPayload.parse(payload);
    const rooms = await ctx.models.Room.find({ communityId }, { _id: 1 }).lean();
    io.in(userChannel(userId)).socketsLeave(rooms.map((room) => roomChannel(String(room._id))));
    for (const room of rooms) presence.changed(String(room._id));
  };
  /** After a community became members-only: every socket (on every node) whose person may no longer read it leaves its rooms. */
  const evictReadersWithoutAccess = async (payload: unknown): Promise<void> => {
    const { communityId } = removedPayload.parse(payload);
    const community = await ctx.models.Community.findById(communityId).lean<Community>();
    if (!community) return;
    const rooms = await ctx.models.Room.find({ communityId }, { _id: 1 }).lean();
    for (const room of rooms) {
      const channel = roomChannel(String(room._id));
      for (const socket of await io.in(channel).fetchSockets()) {
        const { actor } = socket.data;
        const membership = await findMembership(ctx, communityId, actor.userId);
        if (!can(actor, 'community.readContent', accessOf(community, membership))) socket.leave(channel);
      }
      presence.changed(String(room._id));
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

  return {
    io,
    stop: async () => {
      ctx.events.off('realtime.broadcast', relay);
      stopRoomRelay();
      presence.stop();
      await io.close();
      await closeRedis?.();
    },
  };
}
