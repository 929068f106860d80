// Who may upload files, see an upload, and attach or detach it.
import type { Actor } from '../context.js';
import { isAdmin, isSelf, isSignedIn } from './roles.js';

export interface UploadSubject {
  ownerId: string;
  /** Whether one of the things the upload is attached to is visible to the actor (asked of the owning area). */
  visibleThroughAttachment: boolean;
}

export interface AttachSubject {
  ownerId: string;
  /** Whether the owning area lets the actor add files to (or remove them from) the target. */
  targetAllows: boolean;
}

export const uploadRules = {
  'upload.create': (actor: Actor) => isSignedIn(actor),
  'upload.view': (actor: Actor, subject: UploadSubject) =>
    isSelf(actor, subject.ownerId) || isAdmin(actor) || subject.visibleThroughAttachment,
  'upload.attach': (actor: Actor, subject: AttachSubject) => (isSelf(actor, subject.ownerId) || isAdmin(actor)) && subject.targetAllows,
  'upload.setAvatar': (actor: Actor, subject: { userId: string }) => isSelf(actor, subject.userId) || isAdmin(actor),
};
