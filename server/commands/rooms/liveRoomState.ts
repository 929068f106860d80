// What every message in a live room is checked against (the room, its community, the sender's membership), kept for a
// moment so that a busy room does not read it per message: a change made on this node drops the entry at once (the
// domain events room.updated, community.updated, membership.changed, account.deleted); one made on another node is
// seen within `staleAfterMs`. Concurrent misses share one read. Pages and moderation read fresh (loadRoom.ts).
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Community } from '../../models/community.js';
import type { Membership } from '../../models/membership.js';
import type { Room } from '../../models/room.js';
import { can } from '../../policies/index.js';
import { parseObjectId } from '../../validation.js';
import { accessOf, findMembership, type LoadedCommunity } from '../communities/loadCommunity.js';

export const staleAfterMs = 2000;
const maxEntries = 20_000;

interface Entry<T> {
  value: Promise<T>;
  at: number;
}

/** A map of promised reads that expire; the oldest go first when it is full. */
class ExpiringReads<T> {
  private readonly entries = new Map<string, Entry<T>>();

  read(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && now - cached.at < staleAfterMs) return cached.value;
    const value = load();
    this.entries.delete(key);
    if (this.entries.size >= maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, at: now });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  forgetWhere(matches: (key: string) => boolean): void {
    for (const key of [...this.entries.keys()]) if (matches(key)) this.entries.delete(key);
  }
}

interface LiveRoomReads {
  rooms: ExpiringReads<Room | null>;
  communities: ExpiringReads<Community | null>;
  memberships: ExpiringReads<Membership | null>;
}

const readsByContext = new WeakMap<AppContext, LiveRoomReads>();

function readsOf(ctx: AppContext): LiveRoomReads {
  const known = readsByContext.get(ctx);
  if (known) return known;
  const reads: LiveRoomReads = { rooms: new ExpiringReads(), communities: new ExpiringReads(), memberships: new ExpiringReads() };
  ctx.events.on('room.updated', ({ room }) => reads.rooms.forget(String(room._id)));
  ctx.events.on('community.updated', ({ communityId }) => reads.communities.forget(communityId));
  ctx.events.on('membership.changed', ({ communityId, userId }) => reads.memberships.forget(`${communityId}:${userId}`));
  ctx.events.on('account.deleted', ({ userId }) => reads.memberships.forgetWhere((key) => key.endsWith(`:${userId}`)));
  readsByContext.set(ctx, reads);
  return reads;
}

/** As loadRoom (404 for a reader who may not see the community's content), from the recent reads where it can. */
export async function loadLiveRoom(ctx: AppContext, actor: Actor, roomId: unknown): Promise<LoadedCommunity & { room: Room }> {
  const id = String(parseObjectId(roomId instanceof Types.ObjectId ? String(roomId) : roomId, 'The room'));
  const reads = readsOf(ctx);
  const room = await reads.rooms.read(id, () => ctx.models.Room.findById(id).lean<Room>().exec());
  if (!room) throw notFound('The room');
  const communityId = String(room.communityId);
  const [community, membership] = await Promise.all([
    reads.communities.read(communityId, () => ctx.models.Community.findById(communityId).lean<Community>().exec()),
    actor.userId ? reads.memberships.read(`${communityId}:${actor.userId}`, () => findMembership(ctx, communityId, actor.userId)) : Promise.resolve(null),
  ]);
  if (!community) throw notFound('The room');
  const access = accessOf(community, membership);
  if (!can(actor, 'community.readContent', access)) throw notFound('The room');
  return { community, membership, access, room };
}
