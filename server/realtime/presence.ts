// Presence: who is in a room. Joins and leaves mark the room; one coalesced 'presence' broadcast per room follows
// shortly after, with how many signed-in people are in it and the names of the first few (on every node, through
// the adapter): a room of a thousand would otherwise send every member a thousand names on every join.
import type { Logger } from 'pino';
import { roomChannel } from './channels.js';
import type { PraxisServer } from './socketTypes.js';

const coalesceMs = 100;
const namesShown = 50;

export class PresenceNotifier {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly io: PraxisServer,
    private readonly log: Logger,
  ) {}

  changed(roomId: string): void {
    if (this.pending.has(roomId)) return;
    this.pending.set(
      roomId,
      setTimeout(() => {
        this.pending.delete(roomId);
        this.broadcast(roomId).catch((error: unknown) => this.log.warn({ err: error, roomId }, 'presence broadcast failed'));
      }, coalesceMs),
    );
  }

  stop(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private async broadcast(roomId: string): Promise<void> {
    const sockets = await this.io.in(roomChannel(roomId)).fetchSockets();
    const users = new Map<string, string>();
    for (const socket of sockets) {
      const { userId, displayName } = socket.data.actor;
      if (userId) users.set(userId, displayName ?? 'Member');
    }
    const list = [...users].map(([id, displayName]) => ({ id, displayName })).sort((a, b) => a.displayName.localeCompare(b.displayName));
    this.io.to(roomChannel(roomId)).emit('presence', { roomId, count: list.length, users: list.slice(0, namesShown) });
  }
}
