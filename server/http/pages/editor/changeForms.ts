// The parts of the practice editor for a published practice: the notice that a change is being edited while the
// published version stays live (with the reviewer's request, if any), and the forms that send it for review with
// its change note (or publish a minor correction at once, where the policy allows) or discard it.
import type { Actor } from '../../../context.js';
import { changeAccessOf, pendingChangesOf, recordTarget } from '../../../commands/practices/practiceChanges.js';
import type { Practice } from '../../../models/practice.js';
import { can } from '../../../policies/index.js';
import { csrfField, field } from '../forms.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';

export function pendingChangeNotice(page: PageContext, practice: Practice): SafeHtml {
  const change = pendingChangesOf(practice)[recordTarget];
  return html`<div class="notice notice-info" role="note"><p>${page.t('change.editingLive')}</p>
    ${change?.state === 'submitted' ? html`<p><strong>${page.t('change.waiting')}</strong></p>` : ''}
    ${change?.state === 'changes-requested' && change.reviewComment ? html`<p>${page.t('change.returned')}</p><blockquote>${change.reviewComment}</blockquote>` : ''}
  </div>`;
}

export function sendChangeForms(page: PageContext, actor: Actor, practice: Practice): SafeHtml {
  const id = String(practice._id);
  const change = pendingChangesOf(practice)[recordTarget];
  if (!change) return html``;
  const mayPublishMinor = can(actor, 'practice.publishMinorChange', changeAccessOf(practice, change));
  const send = change.state === 'submitted' ? html`` : html`<form method="post" action="/practices/${id}/changes/${recordTarget}/submit" class="send-change">
      ${csrfField(page)}
      <h2>${page.t('change.sendHeading')}</h2>
      ${field({ name: 'note', idPrefix: 'ch', label: page.t('change.note'), hint: page.t('change.noteHint'), value: change.note ?? '', required: true })}
      ${mayPublishMinor ? html`<div class="checkbox"><input type="checkbox" id="ch-minor" name="minor" aria-describedby="ch-minor-hint"><label for="ch-minor">${page.t('change.minor')}</label></div>
        <p class="hint" id="ch-minor-hint">${page.t('change.minorHint')}</p>` : ''}
      <button type="submit" class="button primary">${page.t('change.send')}</button>
    </form>`;
  return html`${send}
    <form method="post" action="/practices/${id}/changes/${recordTarget}/discard" class="discard-change">${csrfField(page)}
      <button type="submit" class="button danger">${page.t('change.discard')}</button></form>`;
}
