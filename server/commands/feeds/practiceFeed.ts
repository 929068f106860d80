// The newest published practices for the RSS and Atom feeds: all, or those of one sector, one competence area
// (any DigCompEdu or DigComp competence in it) or one content language; with a title that says which.
import type { QueryFilter } from 'mongoose';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { feedQuerySchema } from './schemas.js';
import type { Practice } from '../../models/practice.js';
import { getTerm, termIds, termLabel } from '../../vocab/index.js';
import { parseInput } from '../../validation.js';

export const feedSize = 50;

export type FeedQuery = z.output<typeof feedQuerySchema>;

export interface PracticeFeed {
  readonly query: FeedQuery;
  /** What the feed holds, e.g. "Sector: School · DigCompEdu area 2: Digital resources". */
  readonly scope: string | null;
  readonly practices: Practice[];
}

function areaFilter(area: string): { filter: QueryFilter<Practice>; label: string } {
  const [framework, id] = area.split(':') as ['digCompEdu' | 'digComp', string];
  const areaVocab = framework === 'digCompEdu' ? 'digCompEduAreas' : 'digCompAreas';
  const competences = termIds(framework).filter((competence) => getTerm(framework, competence)?.area === id);
  const name = framework === 'digCompEdu' ? 'DigCompEdu' : 'DigComp';
  return { filter: { [framework]: { $in: competences } }, label: `${name} area ${id}: ${termLabel(areaVocab, id, 'en')}` };
}

export async function practiceFeed(ctx: AppContext, input: unknown): Promise<PracticeFeed> {
  const query = parseInput(feedQuerySchema, input, 'feed query');
  const filter: QueryFilter<Practice> = { state: 'published', deletedAt: null };
  const scope: string[] = [];
  if (query.sector) {
    filter.sector = query.sector;
    scope.push(`Sector: ${termLabel('sectors', query.sector, 'en')}`);
  }
  if (query.area) {
    const area = areaFilter(query.area);
    Object.assign(filter, area.filter);
    scope.push(area.label);
  }
  if (query.language) {
    filter.languages = query.language;
    scope.push(`Language: ${termLabel('languages', query.language, 'en')}`);
  }
  const practices = await ctx.models.Practice.find(filter).sort({ publishedAt: -1, _id: -1 }).limit(feedSize).lean<Practice[]>();
  return { query, scope: scope.length > 0 ? scope.join(' · ') : null, practices };
}
