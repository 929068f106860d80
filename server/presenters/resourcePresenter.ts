// Shapes a resource for the outside: its content, licence (with the deed URL), link or file, competences, author
// and state, and the related practices the reader may see.
import type { ResourceView } from '../commands/resources/resourceViews.js';
import type { ItemRef } from '../commands/shared/visibleItems.js';
import type { AppContext } from '../context.js';
import type { Resource } from '../models/resource.js';
import { getTerm } from '../vocab/index.js';
import { loadDisplayNames, personRef, type DisplayNames } from './displayNames.js';

export interface PresentedResource {
  id: string;
  slug: string;
  title: string;
  description: string;
  descriptionHtml: string;
  excerpt: string;
  kind: string;
  language: string;
  licence: string;
  licenceUrl: string | null;
  url: string | null;
  file: { id: string; url: string } | null;
  tags: string[];
  digCompEdu: string[];
  digComp: string[];
  /** The related practices the reader may see. */
  relatedPractices: ItemRef[];
  /** The organisation the resource belongs to, if any. */
  organisationId: string | null;
  author: { id: string; displayName: string } | null;
  state: string;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  rev: number;
}

export function presentResource(resource: Resource, names: DisplayNames, relatedPractices: ItemRef[]): PresentedResource {
  const uploadId = resource.uploadId ? String(resource.uploadId) : null;
  return {
    id: String(resource._id),
    slug: resource.slug,
    title: resource.title,
    description: resource.description,
    descriptionHtml: resource.descriptionHtml,
    excerpt: resource.excerpt,
    kind: resource.kind,
    language: resource.language,
    licence: resource.licence,
    licenceUrl: getTerm('licences', resource.licence)?.url ?? null,
    url: resource.url ?? null,
    file: uploadId ? { id: uploadId, url: `/files/${uploadId}` } : null,
    tags: resource.tags ?? [],
    digCompEdu: resource.digCompEdu ?? [],
    digComp: resource.digComp ?? [],
    relatedPractices,
    organisationId: resource.organisationId ? String(resource.organisationId) : null,
    author: personRef(names, resource.authorId),
    state: resource.state,
    publishedAt: resource.publishedAt?.toISOString() ?? null,
    createdAt: resource.createdAt.toISOString(),
    updatedAt: resource.updatedAt.toISOString(),
    rev: resource.rev,
  };
}

/** Presents a page of resources, loading their authors' names at once. */
export async function presentResourceViews(ctx: AppContext, views: readonly ResourceView[]): Promise<PresentedResource[]> {
  const names = await loadDisplayNames(ctx, views.map((view) => view.resource.authorId));
  return views.map((view) => presentResource(view.resource, names, view.relatedPractices));
}
