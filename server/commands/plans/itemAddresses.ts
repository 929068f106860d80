// The practices and resources an action names, written by people as addresses (https://…/practices/slug, a path
// /resources/slug, or a bare practice slug), turned into ids; an address that names nothing is 400 unknown_item
// naming it, so a link is never silently dropped.
import type { Model } from 'mongoose';
import type { AppContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import type { Practice } from '../../models/practice.js';
import type { Resource } from '../../models/resource.js';

export interface ItemAddressIds {
  readonly practiceIds: string[];
  readonly resourceIds: string[];
}

const addressPattern = /(?:^|\/)(practices|resources)\/([a-z0-9-]{1,200})\/?(?:[?#].*)?$/i;

function parseAddress(line: string): { type: 'practices' | 'resources'; slug: string } | null {
  const match = addressPattern.exec(line);
  if (match) return { type: match[1]?.toLowerCase() === 'resources' ? 'resources' : 'practices', slug: (match[2] ?? '').toLowerCase() };
  return /^[a-z0-9-]{1,200}$/i.test(line) ? { type: 'practices', slug: line.toLowerCase() } : null;
}

type Slugged = Pick<Practice | Resource, '_id' | 'slug' | 'previousSlugs'>;

/** Current and earlier slugs → id, for the documents having any of `slugs`. */
async function idsBySlug<T extends Slugged>(model: Model<T>, slugs: readonly string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const found = await model.find({ $or: [{ slug: { $in: slugs } }, { previousSlugs: { $in: slugs } }], deletedAt: null }, { slug: 1, previousSlugs: 1 }).lean<Slugged[]>();
  return new Map(found.flatMap((doc) => [doc.slug, ...(doc.previousSlugs ?? [])].map((slug) => [slug, String(doc._id)] as const)));
}

/** Resolves addresses (one per entry); `field` names the form field in the error details. */
export async function resolveItemAddresses(ctx: AppContext, addresses: readonly string[], field: string): Promise<ItemAddressIds> {
  const lines = addresses.map((line) => line.trim()).filter(Boolean);
  const parsed = lines.map((line) => ({ line, address: parseAddress(line) }));
  const slugs = (type: 'practices' | 'resources') => parsed.flatMap((p) => (p.address?.type === type ? [p.address.slug] : []));
  const [practiceBySlug, resourceBySlug] = await Promise.all([idsBySlug(ctx.models.Practice, slugs('practices')), idsBySlug(ctx.models.Resource, slugs('resources'))]);
  const ids: ItemAddressIds = { practiceIds: [], resourceIds: [] };
  const unknown: string[] = [];
  for (const { line, address } of parsed) {
    const id = address ? (address.type === 'practices' ? practiceBySlug : resourceBySlug).get(address.slug) : undefined;
    if (!address || !id) unknown.push(line);
    else (address.type === 'practices' ? ids.practiceIds : ids.resourceIds).push(id);
  }
  if (unknown.length > 0) throw badRequest('unknown_item', `No practice or resource has the address ${unknown.join(', ')}.`, unknown.map((line) => ({ path: field, message: `${line} is not a practice or resource` })));
  return ids;
}
