// The Socket.IO server and socket types Praxis uses: each socket carries the actor resolved at the handshake.
import type { DefaultEventsMap, Server, Socket } from 'socket.io';
import type { Actor } from '../context.js';
import type { InterfaceLocale } from '../i18n/locales.js';

export interface SocketData {
  actor: Actor;
  /** The digest of the session the socket was opened with (null for anonymous visitors). */
  sessionId: string | null;
  /** The reader's interface language: error messages on this socket are written in it. */
  locale: InterfaceLocale;
}

export type PraxisServer = Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;
export type PraxisSocket = Socket<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;
