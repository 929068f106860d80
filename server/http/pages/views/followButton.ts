// The on/off buttons of followable and bookmarkable pages (Follow / Stop following, Bookmark / Remove bookmark): a
// small form that works without JavaScript and comes back to the page it was on.
import type { MessageKey } from '../../../i18n/translate.js';
import { csrfField } from '../forms.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';

interface Toggle {
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly on: boolean;
  readonly labels: { readonly add: MessageKey; readonly remove: MessageKey; readonly state: MessageKey };
}

function toggleButton(page: PageContext, toggle: Toggle): SafeHtml {
  if (!page.user) return html``;
  return html`<form method="post" action="${toggle.action}" class="follow-form">${csrfField(page)}
    <input type="hidden" name="targetType" value="${toggle.targetType}"><input type="hidden" name="targetId" value="${toggle.targetId}">
    <input type="hidden" name="next" value="${page.url}"><input type="hidden" name="action" value="${toggle.on ? 'remove' : 'add'}">
    ${toggle.on ? html`<span class="follow-state">${page.t(toggle.labels.state)}</span> ` : ''}
    <button type="submit" class="button${toggle.on ? '' : ' primary'}" aria-pressed="${toggle.on ? 'true' : 'false'}">${page.t(toggle.on ? toggle.labels.remove : toggle.labels.add)}</button>
  </form>`;
}

export const followButton = (page: PageContext, targetType: string, targetId: string, on: boolean): SafeHtml =>
  toggleButton(page, { action: '/follows', targetType, targetId, on, labels: { add: 'follow.follow', remove: 'follow.unfollow', state: 'follow.following' } });

export const bookmarkButton = (page: PageContext, targetType: string, targetId: string, on: boolean): SafeHtml =>
  toggleButton(page, { action: '/bookmarks', targetType, targetId, on, labels: { add: 'bookmark.add', remove: 'bookmark.remove', state: 'bookmark.saved' } });
