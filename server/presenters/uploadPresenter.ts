// Shapes an upload for the outside: metadata and the URLs of its renditions; storage keys and hashes stay inside.
import type { Upload, UploadRendition } from '../models/upload.js';

export interface PresentedRendition {
  name: string;
  type: string;
  size: number;
  width: number | null;
  height: number | null;
  url: string;
}

export interface PresentedUpload {
  id: string;
  ownerId: string;
  originalName: string;
  kind: 'image' | 'document';
  type: string;
  size: number;
  width: number | null;
  height: number | null;
  animated: boolean;
  url: string;
  variants: PresentedRendition[];
  attachedTo: Array<{ type: string; id: string; licence: string; caption: string | null; alt: string | null }>;
  createdAt: string;
}

function presentRendition(rendition: UploadRendition, url: string): PresentedRendition {
  return {
    name: rendition.name,
    type: rendition.type,
    size: rendition.size,
    width: rendition.width ?? null,
    height: rendition.height ?? null,
    url,
  };
}

export function presentUpload(upload: Upload): PresentedUpload {
  const id = String(upload._id);
  return {
    id,
    ownerId: String(upload.ownerId),
    originalName: upload.originalName,
    kind: upload.kind,
    type: upload.sniffedType,
    size: upload.size,
    width: upload.width ?? null,
    height: upload.height ?? null,
    animated: upload.animated ?? false,
    url: `/files/${id}`,
    variants: upload.variants.map((variant) => presentRendition(variant, `/files/${id}/${variant.name}`)),
    attachedTo: upload.attachedTo.map((a) => ({ type: a.type, id: a.id, licence: a.licence, caption: a.caption ?? null, alt: a.alt ?? null })),
    createdAt: upload.createdAt.toISOString(),
  };
}
