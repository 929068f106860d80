// The box on a practice page for the people who work on it: edit it (a pending change once it is published), add a
// translation, the pending changes they may see with their state, and the way to the review page for reviewers.
import type { Actor } from '../../../context.js';
import { accessOf } from '../../../commands/practices/loadPractice.js';
import type { Practice } from '../../../models/practice.js';
import { can } from '../../../policies/index.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { label } from './vocabBadges.js';

/** Where a pending change is edited: the practice editor for the record, the translation form for a language. */
export const changeEditPath = (practiceId: string, target: string): string =>
  target === 'record' ? `/practices/${practiceId}/edit?step=review` : `/practices/${practiceId}/translations/${target}`;

export const changeTargetLabel = (page: PageContext, target: string): string =>
  target === 'record' ? page.t('change.target.record') : label(page, 'languages', target);

export function practiceManagement(page: PageContext, actor: Actor, practice: Practice): SafeHtml {
  if (actor.userId === null) return html``;
  const id = String(practice._id);
  const access = accessOf(practice);
  const links: SafeHtml[] = [];
  if (can(actor, 'practice.proposeChange', access) || can(actor, 'practice.update', access)) {
    links.push(html`<a class="button" href="/practices/${id}/edit">${page.t('practice.proposeChange')}</a>`);
  }
  if (can(actor, 'practice.translate', access)) links.push(html`<a class="button" href="/practices/${id}/translations/new">${page.t('practice.addTranslation')}</a>`);
  if (can(actor, 'practice.listAllStates')) links.push(html`<a class="button" href="/review/${id}">${page.t('review.openReview')}</a>`);
  const pending = Object.entries(practice.pendingChanges ?? {}).filter(([, change]) =>
    can(actor, 'practice.viewChange', { ...access, changeAuthorId: String(change.authorId) }));
  if (links.length === 0 && pending.length === 0) return html``;
  return html`<section class="practice-manage" aria-labelledby="manage-heading">
    <h2 id="manage-heading">${page.t('practice.manage')}</h2>
    ${links.length > 0 ? html`<div class="button-row">${links}</div>` : ''}
    ${pending.length > 0 ? html`<ul class="pending-changes">${pending.map(([target, change]) => html`<li>
      <a href="${changeEditPath(id, target)}">${changeTargetLabel(page, target)}</a>: <span class="state state-${change.state}">${page.t(`change.state.${change.state}`)}</span>
      ${change.state === 'submitted' && can(actor, 'practice.reviewChange', { ...access, changeAuthorId: String(change.authorId) }) ? html` · <a href="/review/${id}/changes/${target}">${page.t('review.changeTitle')}</a>` : ''}</li>`)}</ul>` : ''}
  </section>`;
}
