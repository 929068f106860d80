// In-process events between layers: commands announce what happened (domain events carry the document); the
// search worker and realtime listen, and realtime presents what it fans out.
import { EventEmitter } from 'node:events';
import type { Community } from './models/community.js';
import type { Flag } from './models/flag.js';
import type { Membership } from './models/membership.js';
import type { Message } from './models/message.js';
import type { Organisation } from './models/organisation.js';
import type { OrganisationMembership } from './models/organisationMembership.js';
import type { Post } from './models/post.js';
import type { Practice } from './models/practice.js';
import type { Room } from './models/room.js';
import type { Thread } from './models/thread.js';

/** A workflow step of a practice, resource or collection (runTransition). */
export interface ContentTransition {
  readonly subjectType: string;
  readonly document: { readonly _id: unknown; readonly state: string };
  readonly from: string;
  readonly to: string | null;
  readonly action: string;
  readonly actorId: string | null;
}

export interface AppEventMap {
  /** A searchable document was written: the search sync worker should run soon. */
  'search.pending': [];
  /** Something a live client may want to see (the realtime layer decides who). */
  'realtime.broadcast': [{ room: string; event: string; payload: unknown }];
  /** A live message was stored (a resend of a known clientId is not announced again). */
  'message.created': [{ message: Message }];
  /** A live message was edited or deleted: the document as it is now. */
  'message.updated': [{ message: Message }];
  /** Someone added or took back a reaction: the message as it is now, and who did what. */
  'message.reacted': [{ message: Message; userId: string; kind: string; on: boolean }];
  /** A live room's settings changed (lock, slow mode). */
  'room.updated': [{ room: Room }];
  /** A post became visible in a thread (a new thread's opening post, a reply, or one released from the queue). */
  'post.created': [{ post: Post; thread: Thread }];
  /** A practice, resource or collection moved along its workflow. */
  'content.transitioned': [ContentTransition];
  /** A published practice, resource or collection was edited. */
  'content.updated': [{ subjectType: string; document: { readonly _id: unknown; readonly state?: string }; actorId: string | null }];
  /** Someone asked to join a community that takes members by request. */
  'membership.requested': [{ membership: Membership }];
  /** Someone reported content to the moderators. */
  'flag.created': [{ flag: Flag }];
  /** A community's settings changed (visibility, join policy…). */
  'community.updated': [{ communityId: string }];
  /** A review queue changed (a report came in, was claimed or decided): moderators watching it refresh. A null
   * community is the site's queue of reported practices. */
  'review.changed': [{ communityId: string | null }];
  /** Reports were decided from the review queue: each reporter may be told the outcome. */
  'flags.decided': [{ flags: Flag[]; outcome: string }];
  /** A moderator warned a member about their content, with a message for them. */
  'member.warned': [{ communityId: string; userId: string; reason: string; byUserId: string }];
  /** A person's membership of a community was created, changed (role, mute, ban) or removed. */
  'membership.changed': [{ communityId: string; userId: string }];
  /** A person deleted their account: what is kept about them elsewhere (follows, notifications…) goes too. */
  'account.deleted': [{ userId: string }];
  /** A pending change of a published practice went live (`target`: `record` or a translation's language). */
  'practice.changePublished': [{ practice: Practice; target: string }];
  /** E-mail was put in the outbox: the delivery worker should look soon. */
  'mail.queued': [];
  /** A person was invited into an organisation (with a role) by one of its admins. */
  'organisation.invited': [{ membership: OrganisationMembership; organisation: Organisation; byUserId: string | null }];
  /** Someone who has an account was invited into a community by e-mail; `acceptPath` is the invitation's own page. */
  'community.invited': [{ community: Community; userId: string; byUserId: string | null; acceptPath: string }];
}

export class AppEvents extends EventEmitter<AppEventMap> {
  constructor() {
    super();
    this.setMaxListeners(50);
  }
}
