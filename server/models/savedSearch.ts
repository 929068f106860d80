// The savedSearches collection: a search a person named and keeps (its words, types and filters), and the alert state
// of its worker: when it last looked for new matches and which recently published items it already announced.
import { Schema, type Types } from 'mongoose';

/** The search as saved: the words, the types searched and the ticked filter values by filter name. */
export interface SavedSearchQuery {
  q: string;
  types: string[];
  filters: Record<string, string[]>;
}

export interface SavedSearch {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  name: string;
  query: SavedSearchQuery;
  /** Whether new matches are announced (how: the person's preference for the `savedSearch` kind). */
  alerts: boolean;
  /** Matches published up to this moment have been looked at. */
  checkedAt: Date;
  /** Ids of matches already announced that were published recently (the window a late index may still add to). */
  announced: string[];
  createdAt: Date;
  updatedAt: Date;
}

export const savedSearchSchema = new Schema<SavedSearch>(
  {
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    name: { type: String, required: true },
    query: {
      q: { type: String, default: '' },
      types: { type: [String], default: [] },
      filters: { type: Schema.Types.Mixed, default: {} },
    },
    alerts: { type: Boolean, default: true },
    checkedAt: { type: Date, required: true },
    announced: { type: [String], default: [] },
    createdAt: { type: Date, default: () => new Date() },
    updatedAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false, minimize: false },
);
savedSearchSchema.index({ alerts: 1, checkedAt: 1 });
