// The "written for" choice in the practice and plan editors: the organisations the author may write for (where
// they edit plans or administer), plus the one the item already belongs to, so saving never drops it unasked.
import type { Organisation } from '../../../models/organisation.js';
import { field } from '../forms.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { label } from './vocabBadges.js';

export interface OrganisationChoice {
  readonly organisations: readonly Pick<Organisation, '_id' | 'name' | 'type'>[];
  /** The chosen organisation's id ('' for none). */
  readonly value: string;
  readonly error?: string;
  /** Whether "no organisation" may be chosen (a plan always has one). */
  readonly optional: boolean;
  readonly idPrefix?: string;
}

/** The select, or nothing when the author has no organisation to choose. */
export function organisationPicker(page: PageContext, choice: OrganisationChoice): SafeHtml {
  if (choice.organisations.length === 0) return html``;
  const options = choice.organisations.map((o) => [String(o._id), `${o.name} (${label(page, 'ownerTypes', o.type)})`] as const);
  return field({
    name: 'organisationId', label: page.t('organisations.picker.label'), value: choice.value, error: choice.error, idPrefix: choice.idPrefix, required: !choice.optional,
    hint: page.t(choice.optional ? 'organisations.picker.hint' : 'organisations.picker.planHint'),
    options: choice.optional ? [['', page.t('organisations.picker.none')] as const, ...options] : options,
  });
}
