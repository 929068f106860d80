// Real socket.io-client connections for the realtime tests: signed-in clients by session cookie, acknowledgements
// with a timeout, waiting for an event that matches, and a room follower that keeps an exactly-once, in-order view.
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { Role } from '../../server/models/user.js';
import type { TestApp } from '../support/testApp.js';
import type { RegisteredUser, TestClient } from '../support/testClient.js';
import { createUser } from '../support/users.js';

export interface AckResponse<T = Record<string, unknown>> {
  data?: T;
  error?: { code: string; message: string; details?: unknown };
}

export interface WireMessage {
  id: string;
  roomId: string;
  seq: number;
  body: string | null;
  state: string;
  clientId: string;
  author: { id: string; displayName: string };
}

export interface Member {
  user: RegisteredUser;
  http: TestClient;
  cookie: string;
}

/** A new user with the given roles, signed in over HTTP; `cookie` is their session cookie for the socket handshake. */
export async function signedIn(t: TestApp, roles: Role[] = ['member']): Promise<Member> {
  const user = await createUser(t.ctx, roles);
  const http = await t.client().init();
  const response = await http.post('/api/auth/sign-in', { email: user.email, password: user.password });
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const session = cookies.find((c) => c.startsWith('praxis_sid='));
  if (!session) throw new Error('no session cookie');
  return { user, http, cookie: session.split(';')[0] };
}

export function connect(url: string, cookie?: string, headers: Record<string, string> = {}): Promise<Socket> {
  const socket = connectSocket(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
    extraHeaders: { ...(cookie ? { cookie } : {}), ...headers },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

export async function ack<T = Record<string, unknown>>(socket: Socket, event: string, ...args: unknown[]): Promise<AckResponse<T>> {
  return (await socket.timeout(60_000).emitWithAck(event, ...args)) as AckResponse<T>;
}

/** Resolves with the first `event` payload that satisfies `match` (rejects after a generous timeout). */
export function nextEvent<T>(socket: Socket, event: string, match: (payload: T) => boolean = () => true, timeoutMs = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching "${event}" event`));
    }, timeoutMs);
    const listener = (payload: T): void => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/**
 * What a live-room client does: keeps messages by seq (each once), asks for a gap with room:catchup (a seq up to
 * the answer's `upTo` that did not come is a hole: move on), and after a reconnect re-joins from the last seq up to
 * which everything arrived, so a message that was still being stored when a gap was answered is not lost.
 */
export class RoomFollower {
  readonly bySeq = new Map<number, WireMessage>();
  contiguous = 0;
  private holesUpTo = 0;
  private catchingUp = false;
  private readonly waiters: Array<() => void> = [];

  constructor(
    readonly socket: Socket,
    readonly roomId: string,
  ) {
    socket.on('message:new', (message: WireMessage) => {
      if (message.roomId === roomId) this.add([message], 0);
    });
    socket.io.on('reconnect', () => void this.join());
  }

  /** The highest seq up to which every message has actually arrived (skipped holes may still fill in late). */
  get received(): number {
    let seq = 0;
    while (this.bySeq.has(seq + 1)) seq += 1;
    return seq;
  }

  async join(): Promise<void> {
    const response = await ack<{ messages: WireMessage[]; upTo: number }>(this.socket, 'room:join', { roomId: this.roomId, afterSeq: this.received });
    if (response.data) this.add(response.data.messages, response.data.upTo);
  }

  /** Resolves once every seq up to `seq` has arrived or is known to be a hole. */
  async until(seq: number): Promise<void> {
    while (this.contiguous < seq) {
      await this.fillGap();
      if (this.contiguous < seq) await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private add(messages: WireMessage[], upTo: number): void {
    for (const message of messages) if (!this.bySeq.has(message.seq)) this.bySeq.set(message.seq, message);
    this.holesUpTo = Math.max(this.holesUpTo, upTo);
    while (this.bySeq.has(this.contiguous + 1) || this.contiguous + 1 <= this.holesUpTo) this.contiguous += 1;
    if (this.bySeq.size > 0 && Math.max(...this.bySeq.keys()) > this.contiguous) void this.fillGap();
    for (const wake of this.waiters.splice(0)) wake();
  }

  private async fillGap(): Promise<void> {
    if (this.catchingUp || !this.socket.connected) return;
    this.catchingUp = true;
    try {
      const response = await ack<{ messages: WireMessage[]; upTo: number }>(this.socket, 'room:catchup', { roomId: this.roomId, afterSeq: this.contiguous, limit: 500 });
      if (response.data) this.add(response.data.messages, response.data.upTo);
    } catch {
      // disconnected while asking: the re-join after reconnecting asks again
    } finally {
      this.catchingUp = false;
    }
  }
}
