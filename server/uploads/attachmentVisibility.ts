// Registries through which the owning areas (practices, resources, posts) tell uploads who may see a thing and
// who may attach files to it, and hear when its attachments change; uploads never read another area's
// collections themselves. Unknown means no.
import type { Actor, AppContext } from '../context.js';
import type { AttachmentTargetType } from '../models/upload.js';
import { can } from '../policies/index.js';

export type AttachmentResolver = (ctx: AppContext, actor: Actor, id: string) => Promise<boolean>;

export type AttachmentListener = (ctx: AppContext, id: string) => Promise<void>;

const visibility = new Map<AttachmentTargetType, AttachmentResolver>();
const listeners = new Map<AttachmentTargetType, AttachmentListener>();
const editing = new Map<AttachmentTargetType, AttachmentResolver>();

function register(registry: Map<AttachmentTargetType, AttachmentResolver>, type: AttachmentTargetType, resolver: AttachmentResolver): () => void {
  const previous = registry.get(type);
  registry.set(type, resolver);
  return () => {
    if (previous) registry.set(type, previous);
    else registry.delete(type);
  };
}

/**
 * Whether `actor` may see the thing `id` of `type`; a file attached to it is then visible to them too.
 * Returns a function that restores the previous resolver.
 */
export function registerAttachmentVisibility(type: AttachmentTargetType, resolver: AttachmentResolver): () => void {
  return register(visibility, type, resolver);
}

/** Whether `actor` may add files to (or remove them from) the thing `id` of `type`, e.g. edit a draft practice. */
export function registerAttachmentEditing(type: AttachmentTargetType, resolver: AttachmentResolver): () => void {
  return register(editing, type, resolver);
}

/** Registers both rules for a kind of thing read by id: seeing it shows its files, editing it changes them. */
export function registerAttachmentOwner<T>(
  type: AttachmentTargetType,
  find: (ctx: AppContext, id: string) => Promise<T | null>,
  rules: { canView: (actor: Actor, thing: T) => boolean; canEdit: (actor: Actor, thing: T) => boolean },
): void {
  registerAttachmentVisibility(type, async (ctx, actor, id) => {
    const thing = await find(ctx, id);
    return thing !== null && rules.canView(actor, thing);
  });
  registerAttachmentEditing(type, async (ctx, actor, id) => {
    const thing = await find(ctx, id);
    return thing !== null && rules.canEdit(actor, thing);
  });
}

/** Called after the set of uploads attached to the thing `id` of `type` changed (the owner may mirror it). */
export function registerAttachmentListener(type: AttachmentTargetType, listener: AttachmentListener): void {
  listeners.set(type, listener);
}

export async function attachmentsChanged(ctx: AppContext, type: AttachmentTargetType, id: string): Promise<void> {
  await listeners.get(type)?.(ctx, id);
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
