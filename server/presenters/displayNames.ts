// Looks up the display names of the users a page of content mentions, in one query, for the presenters.
import type { Types } from 'mongoose';
import type { AppContext } from '../context.js';

export type DisplayNames = ReadonlyMap<string, string>;

export async function loadDisplayNames(ctx: AppContext, ids: Iterable<Types.ObjectId | string | null | undefined>): Promise<DisplayNames> {
  const unique = [...new Set([...ids].filter((id) => id).map(String))];
  if (unique.length === 0) return new Map();
  const users = await ctx.models.User.find({ _id: { $in: unique } }, { displayName: 1 }).lean();
  return new Map(users.map((user) => [String(user._id), user.displayName]));
}

export function personRef(names: DisplayNames, id: Types.ObjectId | string | null): { id: string; displayName: string } | null {
  if (!id) return null;
  return { id: String(id), displayName: names.get(String(id)) ?? 'Former member' };
}
