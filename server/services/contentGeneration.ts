// A counter that moves whenever stored content may have changed: every successful write command the driver sends
// (whatever model or raw collection call made it), except to collections that hold no public content. Other app
// nodes' writes arrive through a shared counter document, polled once a second. Caches of public answers key on it;
// a cache that depends on one collection only keys on that collection's generation, which other writes leave alone.
import type { Connection } from 'mongoose';

/** Collections whose writes never change what an anonymous reader sees. */
const privateCollections = new Set(['sessions', 'threadReads', 'contentGeneration', 'rateLimits', 'leases', 'outbox', 'notifications', 'slowModeWindows', 'seedKeys', 'statisticsSnapshots', 'completionImports']);
/** Private collections whose writes other nodes still hear of: the header's unread badge keys on them. */
const sharedPrivateCollections = new Set(['notifications']);
const counterCollection = 'contentGeneration';
const writeCommands = ['insert', 'update', 'delete', 'findAndModify'] as const;
const pollMs = 1_000;
/** Writes in a burst (a busy live room) move the shared counter once: other nodes only look every pollMs anyway. */
const shareEveryMs = 100;

export interface ContentGeneration {
  /** The current value; a cached answer made under another value is stale. */
  current(): number;
  /** Moves with every write to `collection` (and every write another node made, which names no collection). */
  of(collection: string): number;
  stop(): void;
}

interface CommandEvent {
  commandName: string;
  requestId: number;
  command?: Record<string, unknown>;
}

function writtenCollection(event: CommandEvent): string | null {
  if (!(writeCommands as readonly string[]).includes(event.commandName)) return null;
  const name = event.command?.[event.commandName];
  return typeof name === 'string' ? name : null;
}

export function watchContentGeneration(connection: Connection): ContentGeneration {
  let local = 0;
  let remote = 0;
  const byCollection = new Map<string, number>();
  let shared: number | null = null;
  let pendingShare = false;
  let ownIncrements = 0;
  const started = new Map<number, string>();
  const counter = connection.collection<{ _id: string; value: number }>(counterCollection);
  const client = connection.getClient();

  const share = (): void => {
    if (pendingShare) return;
    pendingShare = true;
    setTimeout(() => {
      pendingShare = false;
      ownIncrements += 1;
      counter.updateOne({ _id: 'content' }, { $inc: { value: 1 } }, { upsert: true }).catch(() => undefined);
    }, shareEveryMs).unref();
  };
  const onStarted = (event: CommandEvent): void => {
    const collection = writtenCollection(event);
    if (collection && collection !== counterCollection) started.set(event.requestId, collection);
  };
  const onSucceeded = (event: CommandEvent): void => {
    const collection = started.get(event.requestId);
    if (collection === undefined) return;
    started.delete(event.requestId);
    byCollection.set(collection, (byCollection.get(collection) ?? 0) + 1);
    const isPublic = !privateCollections.has(collection);
    if (isPublic) local += 1;
    if (isPublic || sharedPrivateCollections.has(collection)) share();
  };
  const onFailed = (event: CommandEvent): void => {
    started.delete(event.requestId);
  };
  client.on('commandStarted', onStarted);
  client.on('commandSucceeded', onSucceeded);
  client.on('commandFailed', onFailed);

  const poll = setInterval(() => {
    counter
      .findOne({ _id: 'content' })
      .then((doc) => {
        const value = doc?.value ?? 0;
        if (shared !== null && value !== shared + ownIncrements) {
          local += 1;
          remote += 1;
        }
        shared = value;
        ownIncrements = 0;
      })
      .catch(() => undefined);
  }, pollMs);
  poll.unref();

  return {
    current: () => local,
    of: (collection) => (byCollection.get(collection) ?? 0) + remote,
    stop: () => {
      clearInterval(poll);
      client.off('commandStarted', onStarted);
      client.off('commandSucceeded', onSucceeded);
      client.off('commandFailed', onFailed);
    },
  };
}
