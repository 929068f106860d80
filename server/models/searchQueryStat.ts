// The searchQueryStats collection: search analytics as aggregates only, one document per day, interface language and
// normalised query: how often it was searched, how often with no result, and the clicked result positions. Nothing
// about who searched is kept.
import { Schema } from 'mongoose';

export interface SearchQueryStat {
  /** UTC day, `2026-12-07`. */
  day: string;
  locale: string;
  /** Lower-cased, whitespace folded, at most 100 characters. */
  query: string;
  searches: number;
  zeroResults: number;
  clicks: number;
  /** Clicked result position (`1` … `10`, `11` for 11 or later) → clicks. */
  positions: Map<string, number>;
  lastAt: Date;
}

export const searchQueryStatSchema = new Schema<SearchQueryStat>(
  {
    day: { type: String, required: true },
    locale: { type: String, required: true },
    query: { type: String, required: true },
    searches: { type: Number, default: 0 },
    zeroResults: { type: Number, default: 0 },
    clicks: { type: Number, default: 0 },
    positions: { type: Map, of: Number, default: {} },
    lastAt: { type: Date, required: true },
  },
  { versionKey: false },
);
searchQueryStatSchema.index({ day: 1, locale: 1, query: 1 }, { unique: true });
