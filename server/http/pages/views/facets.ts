// Facet filters as groups of checkboxes with counts, inside the GET search/browse form so they work without JavaScript:
// values with nothing left are hidden unless ticked, and a long group folds its rest into a <details> with a box that
// narrows the values by name (the search island shows and drives it).
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import type { FacetValue } from '../../../commands/practices/browsePractices.js';

export interface FacetGroup {
  /** The query parameter name, e.g. "sector". */
  readonly param: string;
  /** The visible label of a value (a vocabulary term in the interface language). */
  readonly labelOf: (value: string) => string;
  readonly values: readonly FacetValue[];
  readonly selected: readonly string[];
}

/** How many values a group shows before the rest fold into a <details>. */
const shownValues = 8;

function checkbox(page: PageContext, group: FacetGroup, value: FacetValue): SafeHtml {
  const id = `f-${group.param}-${value.value}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const checked = group.selected.includes(value.value);
  return html`<li><input type="checkbox" id="${id}" name="${group.param}" value="${value.value}"${checked ? html` checked` : ''}>
    <label for="${id}">${group.labelOf(value.value)} <span class="count">(${page.number(value.count)})</span></label></li>`;
}

/** The values a group shows: those with results left, and every ticked one (even at zero, so it can be unticked). */
export function shownFacetValues(group: FacetGroup): FacetValue[] {
  const values = group.values.filter((value) => value.count > 0 || group.selected.includes(value.value));
  for (const selected of group.selected) if (!values.some((v) => v.value === selected)) values.push({ value: selected, count: 0 });
  return values;
}

export function facetGroup(page: PageContext, group: FacetGroup, legend: string): SafeHtml {
  const values = shownFacetValues(group);
  if (values.length === 0) return html``;
  const first = values.slice(0, shownValues);
  const rest = values.slice(shownValues);
  const filterId = `ff-${group.param}`;
  return html`<fieldset class="facet" data-facet="${group.param}"><legend>${legend}</legend>
    <ul>${first.map((value) => checkbox(page, group, value))}</ul>
    ${rest.length ? html`<details${rest.some((v) => group.selected.includes(v.value)) ? html` open` : ''}><summary>${page.t('facets.more', { count: page.number(rest.length) })}</summary>
      <p class="facet-filter" hidden><label for="${filterId}">${page.t('facets.filterValues', { facet: legend })}</label><input type="search" id="${filterId}" data-facet-filter autocomplete="off"></p>
      <ul>${rest.map((value) => checkbox(page, group, value))}</ul></details>` : ''}
  </fieldset>`;
}
