// What a search mapper is (MongoDB document → index document) and the loose zod shapes mappers read raw documents with.
import type { ObjectId } from 'mongodb';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { SearchDocument, SearchType } from '../searchDocument.js';

/** A document as the sync worker reads it from MongoDB (native driver, no mongoose casting). */
export interface RawDocument {
  readonly _id: ObjectId;
  readonly [field: string]: unknown;
}

export interface SearchMapper {
  readonly type: SearchType;
  /** The MongoDB collection holding the source documents. */
  readonly collection: string;
  /** One entry per input document: its index document, or null when it must not be searchable (draft, hidden, deleted). */
  toSearchDocuments(ctx: AppContext, docs: readonly RawDocument[]): Promise<Array<SearchDocument | null>>;
}

const idLike = z.custom<{ toHexString(): string }>((value) => typeof value === 'object' && value !== null && 'toHexString' in value);

/** An ObjectId (or its hex string) as a string. */
export const idString = z.union([idLike.transform((id) => id.toHexString()), z.string()]);
export const optionalIdString = idString.nullish();
export const stringList = z.array(z.string()).nullish().transform((list) => list ?? []);
export const optionalString = z.string().nullish();
export const optionalDate = z.date().nullish();

/** The fields every searchable document has (server/search/syncFields.ts). */
export const syncedDocumentShape = {
  _id: idString,
  rev: z.number(),
  deletedAt: optionalDate,
  updatedAt: optionalDate,
};

/** Visible text of stored, already sanitized HTML (cheap: no parser, entities of the sanitizer decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markdown reduced to its words for indexing: markup characters dropped, whitespace folded. */
export function markdownWords(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_#>`~|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
