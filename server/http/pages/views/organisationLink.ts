// A link to the page of the organisation a practice or resource belongs to, with its type.
import type { Organisation } from '../../../models/organisation.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { label } from './vocabBadges.js';

export type LinkedOrganisation = Pick<Organisation, 'slug' | 'name' | 'type'>;

export function organisationLink(page: PageContext, organisation: LinkedOrganisation): SafeHtml {
  return html`<a href="/organisations/${organisation.slug}">${organisation.name}</a>, ${label(page, 'ownerTypes', organisation.type)}`;
}
