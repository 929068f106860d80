// The search page's filters as a reader reads them: which facets it shows, in which order, under which legend, and
// how each value is labelled in the reader's language (shared by the search page and the saved searches).
import type { SearchFilterName } from '../../../commands/search/schemas.js';
import type { MessageKey } from '../../../i18n/translate.js';
import type { VocabularyId } from '../../../vocab/index.js';
import type { PageContext } from '../pageContext.js';
import { isHitType, planStatusLabel, typeLabel } from './searchHits.js';
import { label } from './vocabBadges.js';

/**
 * The facets the page shows, in the order a reader narrows by (what, for whom, which competence, how well proven,
 * where from): query parameter, legend, and how a value is labelled.
 */
export const shownFacets: readonly { name: 'type' | SearchFilterName; legend: MessageKey; vocab?: VocabularyId }[] = [
  { name: 'type', legend: 'search.facet.type' },
  { name: 'practiceType', legend: 'practice.type', vocab: 'practiceTypes' },
  { name: 'resourceKind', legend: 'resources.kind', vocab: 'resourceKinds' },
  { name: 'sector', legend: 'practice.sector', vocab: 'sectors' },
  { name: 'educationLevel', legend: 'practice.levels', vocab: 'educationLevels' },
  { name: 'targetGroup', legend: 'search.facet.targetGroup', vocab: 'targetGroups' },
  { name: 'digCompEdu', legend: 'facets.competence', vocab: 'digCompEdu' },
  { name: 'digComp', legend: 'search.facet.digComp', vocab: 'digComp' },
  { name: 'selfieArea', legend: 'search.facet.selfieArea', vocab: 'selfieAreas' },
  { name: 'evidenceLevel', legend: 'practice.evidenceLevel', vocab: 'evidenceLevels' },
  { name: 'organisationType', legend: 'organisations.type', vocab: 'ownerTypes' },
  { name: 'planStatus', legend: 'search.facet.planStatus' },
  { name: 'country', legend: 'facets.country', vocab: 'countries' },
  { name: 'language', legend: 'facets.language', vocab: 'languages' },
];
export const legendOf = new Map(shownFacets.map((facet) => [facet.name, facet.legend]));
const frameworks: ReadonlySet<VocabularyId> = new Set(['digCompEdu', 'digComp']);

export function valueLabel(page: PageContext, vocab: VocabularyId | undefined, value: string): string {
  if (!vocab) return isHitType(value) ? typeLabel(page, value) : planStatusLabel(page, value);
  return frameworks.has(vocab) ? `${value} ${label(page, vocab, value)}` : label(page, vocab, value);
}
