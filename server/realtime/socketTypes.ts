// The Socket.IO server and socket types Praxis uses: each socket carries the actor resolved at the handshake.
import type { DefaultEventsMap, Server, Socket } from 'socket.io';
import type { Actor } from '../context.js';

export interface SocketData {
  actor: Actor;
  /** The digest of the session the socket was opened with (null for anonymous visitors). */
  sessionId: string | null;
}

export type PraxisServer = Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;
export type PraxisSocket = Socket<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;
