// Registries through which the owning areas (practices, resources, posts) tell uploads who may see a thing and
// who may attach files to it; uploads never read another area's collections themselves. Unknown means no.
import type { Actor, AppContext } from '../context.js';
import type { AttachmentTargetType } from '../models/upload.js';
import { can } from '../policies/index.js';

export type AttachmentResolver = (ctx: AppContext, actor: Actor, id: string) => Promise<boolean>;

const visibility = new Map<AttachmentTargetType, AttachmentResolver>();
const editing = new Map<AttachmentTargetType, AttachmentResolver>();

/** Whether `actor` may see the thing `id` of `type`; a file attached to it is then visible to them too. */
export function registerAttachmentVisibility(type: AttachmentTargetType, resolver: AttachmentResolver): void {
  visibility.set(type, resolver);
}

/** Whether `actor` may add files to (or remove them from) the thing `id` of `type`, e.g. edit a draft practice. */
export function registerAttachmentEditing(type: AttachmentTargetType, resolver: AttachmentResolver): void {
  editing.set(type, resolver);
}

/** Unregistered types are visible to nobody through the attachment (the owner still sees their own file). */
export async function canSeeAttachmentTarget(ctx: AppContext, actor: Actor, type: AttachmentTargetType, id: string): Promise<boolean> {
  const resolver = visibility.get(type);
  return resolver ? resolver(ctx, actor, id) : false;
}

/**
 * The editing resolver decides where registered; else seeing the thing is enough; where neither is registered
 * the attachment is recorded on the upload only, and the file stays visible to its owner alone.
 */
export async function canEditAttachmentTarget(ctx: AppContext, actor: Actor, type: AttachmentTargetType, id: string): Promise<boolean> {
  const resolver = editing.get(type) ?? visibility.get(type);
  return resolver ? resolver(ctx, actor, id) : true;
}

registerAttachmentVisibility('avatar', async () => true);
registerAttachmentEditing('avatar', async (_ctx, actor, id) => can(actor, 'upload.setAvatar', { userId: id }));
