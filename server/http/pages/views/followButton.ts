// The Follow / Stop following button of a community, thread, practice, resource, collection or person: a small form
// that works without JavaScript and comes back to the page it was on.
import type { FollowTargetType } from '../../../vocab/followTargets.js';
import { csrfField } from '../forms.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';

export function followButton(page: PageContext, targetType: FollowTargetType, targetId: string, following: boolean): SafeHtml {
  if (!page.user) return html``;
  return html`<form method="post" action="/follows" class="follow-form">${csrfField(page)}
    <input type="hidden" name="targetType" value="${targetType}"><input type="hidden" name="targetId" value="${targetId}">
    <input type="hidden" name="next" value="${page.url}"><input type="hidden" name="action" value="${following ? 'remove' : 'add'}">
    ${following ? html`<span class="follow-state">${page.t('follow.following')}</span> ` : ''}
    <button type="submit" class="button${following ? '' : ' primary'}" aria-pressed="${following ? 'true' : 'false'}">${page.t(following ? 'follow.unfollow' : 'follow.follow')}</button>
  </form>`;
}
