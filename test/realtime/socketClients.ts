// Real socket.io-client connections for the realtime tests: signed-in clients by session cookie, acknowledgements
// with a timeout, waiting for an event that matches, and a room follower (the island's feed) with delivery counts.
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { Role } from '../../server/models/user.js';
import { RoomFeed } from '../../web/src/lib/roomFeed.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
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
 * A live-room client built on the island's own RoomFeed: re-joins from its last seq after every reconnect and keeps
 * the messages in the order they were delivered, so a test can count gaps, duplicates and reorders against the store.
 */
export class RoomFollower {
  readonly delivered: WireMessage[] = [];
  /** performance.now() of each delivery, beside `delivered`. */
  readonly deliveredAt: number[] = [];
  readonly feed: RoomFeed<WireMessage>;

  constructor(
    readonly socket: Socket,
    readonly roomId: string,
  ) {
    this.feed = new RoomFeed<WireMessage>(socket, roomId, 0, (message) => {
      this.delivered.push(message);
      this.deliveredAt.push(performance.now());
    });
    socket.io.on('reconnect', () => void this.join().catch(() => undefined));
  }

  async join(): Promise<void> {
    await this.feed.join();
  }

  /** Resolves once every seq up to `seq` was delivered or is known never to hold a message. */
  until(seq: number): Promise<void> {
    return this.feed.reached(seq);
  }
}

/** Compares what a client showed with the stored messages: missing ones, ones shown twice, ones out of seq order. */
export function deliveryErrors(delivered: readonly WireMessage[], storedIds: readonly string[]): { gaps: number; duplicates: number; reorders: number } {
  const seen = new Set(delivered.map((message) => message.id));
  let reorders = 0;
  for (let i = 1; i < delivered.length; i += 1) if (delivered[i].seq <= delivered[i - 1].seq) reorders += 1;
  return { gaps: storedIds.filter((id) => !seen.has(id)).length, duplicates: delivered.length - seen.size, reorders };
}

export interface SocketSuite {
  t: TestApp;
  url: string;
  /** A signed-in organiser who creates the suite's communities. */
  owner: Member;
  /** Opens a socket that is closed after the suite. */
  open(cookie?: string, headers?: Record<string, string>): Promise<Socket>;
}

/**
 * Call inside a describe: starts an app listening for sockets before the suite and closes it and its sockets after;
 * `environment` overrides the test settings (e.g. a low rate limit).
 */
export function socketSuite(environment: Record<string, string> = {}): SocketSuite {
  const sockets: Socket[] = [];
  const suite = {
    open: async (cookie?: string, headers?: Record<string, string>): Promise<Socket> => {
      const socket = await connect(suite.url, cookie, headers);
      sockets.push(socket);
      return socket;
    },
  } as SocketSuite;
  before(async () => {
    suite.t = await startTestApp(environment);
    suite.url = await suite.t.listen();
    suite.owner = await signedIn(suite.t, ['member', 'organiser']);
  });
  after(async () => {
    for (const socket of sockets) socket.close();
    await suite.t.close();
  });
  return suite;
}
