// Publishes every scheduled practice whose publishAt has come; the scheduled-publishing worker calls it.
import type { AppContext } from '../../context.js';
import { publishDue } from '../shared/scheduledPublishing.js';
import { practiceNoun } from './loadPractice.js';
import { publishedFields } from './publishPractice.js';

/** Returns how many practices went live; one that was changed meanwhile is skipped (the next run sees it again). */
export async function publishDuePractices(ctx: AppContext, now = new Date()): Promise<number> {
  return publishDue(ctx, { model: ctx.models.Practice, subjectType: 'practice', noun: practiceNoun, publishedFields }, now);
}
