// Role predicates shared by every policy file.
import type { Actor } from '../context.js';
import type { Role } from '../models/user.js';

export const isSignedIn = (actor: Actor): actor is Actor & { userId: string } => actor.userId !== null;
export const hasRole = (actor: Actor, role: Role): boolean => actor.roles.includes(role);
export const isAdmin = (actor: Actor): boolean => hasRole(actor, 'admin');
export const isOrganiser = (actor: Actor): boolean => hasRole(actor, 'organiser') || isAdmin(actor);
export const isSelf = (actor: Actor, userId: string): boolean => actor.userId === userId;
