// Field-specific error messages of the practice forms in the reader's language, from the field and the problem a
// command reported for it, instead of one "Check this field" for all.
import type { PageContext } from '../pageContext.js';
import { fieldSpec } from './practiceSteps.js';

/** What is wrong with one field, said for that field ("Give the practice a title of 1 to 200 characters"). */
export function fieldErrorText(page: PageContext, name: string, problem: string): string {
  if (name === 'title' || name === 'summary' || name === 'contactEmail' || name === 'tags') return page.t(`editor.fieldError.${name}`);
  if (name === 'endDate' && problem.includes('startDate')) return page.t('editor.fieldError.endDate');
  const kind = fieldSpec(name)?.kind;
  if (kind === 'markdown') return page.t('editor.fieldError.markdown');
  if (kind === 'date' || kind === 'number') return page.t(`editor.fieldError.${kind}`);
  if (kind === 'term' || kind === 'terms') return page.t('editor.fieldError.term');
  return kind === 'text' ? page.t('editor.fieldError.text') : page.t('editor.error.invalid');
}
