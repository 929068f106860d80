// A path parameter that names a document by its id or by its slug, turned into the query filter (404 if neither).
import { Types } from 'mongoose';
import { notFound } from '../../errors.js';

export function idOrSlugFilter(value: unknown, what: string): { _id: Types.ObjectId } | { slug: string } {
  const key = value instanceof Types.ObjectId ? String(value) : value;
  if (typeof key !== 'string' || !/^[a-z0-9-]{1,100}$/i.test(key)) throw notFound(what);
  return /^[0-9a-f]{24}$/i.test(key) ? { _id: new Types.ObjectId(key) } : { slug: key };
}
