// One live room's message feed over a Socket.IO client (the island, the tests and the load driver all use it): joins
// from the last delivered seq on every (re)connect, takes live messages and the sender's own acknowledged ones, and
// on a gap asks for catch-up until it is filled, waiting between asks while the server still reports the gap open
// (a number being written, or a hole not yet old enough to be closed). Delivers each message once, in seq order.
import type { Socket } from 'socket.io-client';
import { MessageSequence, type Sequenced } from './messageSequence.js';

export interface FeedWindow<M> {
  messages: M[];
  upTo: number;
  /** The server's read hit its limit: there is more after `upTo`. */
  more?: boolean;
}

export class FeedRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const requestTimeoutMs = 15_000;
const catchUpLimit = 200;
const retryMs = 500;
const gapWaitMs = 250;

/** Emits an event and answers the acknowledgement's data, or rejects with its error (or after a timeout). */
export function request<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    socket.timeout(requestTimeoutMs).emit(event, payload, (timeout: Error | null, answer?: { data?: T; error?: { code: string; message: string; details?: unknown } }) => {
      if (timeout || !answer) reject(new FeedRequestError(timeout?.message ?? 'no answer', 'timeout'));
      else if (answer.error) reject(new FeedRequestError(answer.error.message, answer.error.code, answer.error.details));
      else resolve(answer.data as T);
    });
  });
}

export class RoomFeed<M extends Sequenced> {
  private readonly sequence: MessageSequence<M>;
  private fetching = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private readonly waiters: Array<{ seq: number; wake: () => void }> = [];

  constructor(
    private readonly socket: Socket,
    private readonly roomId: string,
    lastSeq: number,
    deliver: (message: M) => void,
  ) {
    this.sequence = new MessageSequence(lastSeq, deliver);
    socket.on('message:new', (message: M & { roomId?: string }) => {
      if (message.roomId === undefined || message.roomId === roomId) this.receive(message);
    });
  }

  get lastSeq(): number {
    return this.sequence.lastSeq;
  }

  /** Joins the room from the last delivered seq; `extra` adds fields to the join (e.g. changedSince). */
  async join<J extends FeedWindow<M>>(extra: Record<string, unknown> = {}): Promise<J> {
    this.fetching = true;
    let joined: J;
    try {
      joined = await request<J>(this.socket, 'room:join', { roomId: this.roomId, afterSeq: this.sequence.lastSeq, ...extra });
      this.apply(joined);
    } finally {
      this.fetching = false;
    }
    if (joined.more) void this.catchUp();
    else if (this.sequence.hasGap) this.askLater(gapWaitMs);
    return joined;
  }

  /** A live message or the sender's own acknowledged one; a gap it reveals is asked for only if it stays open a moment
   * (usually the missing message is being broadcast right behind it). */
  receive(message: M): void {
    if (this.sequence.receive(message)) this.askLater(gapWaitMs);
    this.wakeWaiters();
  }

  /** Resolves once everything up to `seq` was delivered (or is known never to exist). */
  reached(seq: number): Promise<void> {
    if (this.sequence.lastSeq >= seq) return Promise.resolve();
    return new Promise((wake) => this.waiters.push({ seq, wake }));
  }

  stop(): void {
    clearTimeout(this.retry);
  }

  private apply(window: FeedWindow<M>): void {
    this.sequence.applyWindow(window.messages, window.upTo);
    this.wakeWaiters();
  }

  private wakeWaiters(): void {
    for (let i = this.waiters.length - 1; i >= 0; i -= 1) {
      if (this.waiters[i].seq <= this.sequence.lastSeq) this.waiters.splice(i, 1)[0].wake();
    }
  }

  /** Asks for the gap after `ms` unless it closed by then (one timer at a time). */
  private askLater(ms: number): void {
    if (this.retry !== undefined) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.sequence.hasGap) void this.catchUp();
    }, ms);
  }

  private async catchUp(): Promise<void> {
    if (this.fetching || !this.socket.connected) return;
    this.fetching = true;
    let full: boolean;
    try {
      do {
        const window = await request<FeedWindow<M>>(this.socket, 'room:catchup', { roomId: this.roomId, afterSeq: this.sequence.lastSeq, limit: catchUpLimit });
        this.apply(window);
        full = window.more === true;
      } while (full);
    } catch {
      // disconnected or timed out: the join after reconnecting, or the retry below, asks again
    } finally {
      this.fetching = false;
    }
    if (this.sequence.hasGap) this.askLater(retryMs);
  }
}
