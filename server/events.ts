// In-process events between layers: commands announce what happened (domain events carry the document); the
// search worker and realtime listen, and realtime presents what it fans out.
import { EventEmitter } from 'node:events';
import type { Flag } from './models/flag.js';
import type { Message } from './models/message.js';
import type { Room } from './models/room.js';

export interface AppEventMap {
  /** A searchable document was written: the search sync worker should run soon. */
  'search.pending': [];
  /** Something a live client may want to see (the realtime layer decides who). */
  'realtime.broadcast': [{ room: string; event: string; payload: unknown }];
  /** A live message was stored (a resend of a known clientId is not announced again). */
  'message.created': [{ message: Message }];
  /** A live message was edited or deleted: the document as it is now. */
  'message.updated': [{ message: Message }];
  /** A live room's settings changed (lock, slow mode). */
  'room.updated': [{ room: Room }];
  /** A community's settings changed (visibility, join policy…). */
  'community.updated': [{ communityId: string }];
  /** A community's review queue changed (a report came in, was claimed or decided): moderators watching it refresh. */
  'review.changed': [{ communityId: string }];
  /** Reports were decided from the review queue: each reporter may be told the outcome. */
  'flags.decided': [{ flags: Flag[]; outcome: string }];
  /** A moderator warned a member about their content, with a message for them. */
  'member.warned': [{ communityId: string; userId: string; reason: string; byUserId: string }];
  /** A person's membership of a community was created, changed (role, mute, ban) or removed. */
  'membership.changed': [{ communityId: string; userId: string }];
  /** A person deleted their account: what is kept about them elsewhere (follows, notifications…) goes too. */
  'account.deleted': [{ userId: string }];
  /** E-mail was put in the outbox: the delivery worker should look soon. */
  'mail.queued': [];
}

export class AppEvents extends EventEmitter<AppEventMap> {
  constructor() {
    super();
    this.setMaxListeners(50);
  }
}
