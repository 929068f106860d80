// Shapes a user for the outside: the public profile, plus the e-mail for the user themself.
import type { User } from '../models/user.js';

export interface PublicUser {
  id: string;
  displayName: string;
  roles: string[];
  organisation: string | null;
  country: string | null;
}

export interface OwnUser extends PublicUser {
  email: string;
  locale: string;
}

export function presentPublicUser(user: Pick<User, '_id' | 'displayName' | 'roles' | 'organisation' | 'country'>): PublicUser {
  return {
    id: String(user._id),
    displayName: user.displayName,
    roles: [...user.roles],
    organisation: user.organisation ?? null,
    country: user.country ?? null,
  };
}

export function presentOwnUser(user: User): OwnUser {
  return { ...presentPublicUser(user), email: user.email, locale: user.locale };
}

export interface AdminUserView extends OwnUser {
  status: string;
  createdAt: string;
}

/** What administrators see of an account in the user list. */
export function presentAdminUser(user: User): AdminUserView {
  return { ...presentOwnUser(user), status: user.status, createdAt: new Date(user.createdAt).toISOString() };
}
