// The public life of a practice on its page: "updated on …" with the latest change note, and the history of its
// published versions (record updates, translations, minor corrections), newest first.
import type { ChangeLogEntry, Practice } from '../../../models/practice.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { label } from './vocabBadges.js';

function entryTitle(page: PageContext, entry: ChangeLogEntry): string {
  if (entry.target === 'record') return page.t(entry.minor ? 'history.minorCorrection' : 'history.recordUpdated');
  return page.t('history.translationPublished', { language: label(page, 'languages', entry.target) });
}

/** "Updated on 7 December 2026: results of the 2026 evaluation added", once a change has been published. */
export function updatedNote(page: PageContext, practice: Practice): SafeHtml {
  const latest = (practice.changeLog ?? []).at(-1);
  if (!practice.contentUpdatedAt || !latest) return html``;
  return html`<p class="updated-note">${page.t('history.updatedOn', { date: page.date(practice.contentUpdatedAt) })}${latest.note ? html`: <span lang="${practice.originalLanguage}">${latest.note}</span>` : ''}
    <a href="#history">${page.t('history.seeAll')}</a></p>`;
}

export function versionHistory(page: PageContext, practice: Practice, names: ReadonlyMap<string, string>): SafeHtml {
  if (!practice.publishedAt) return html``;
  const entries = [...(practice.changeLog ?? [])].reverse();
  return html`<section class="practice-history" id="history" aria-labelledby="history-heading">
    <h2 id="history-heading">${page.t('history.heading')}</h2>
    <ol class="history-list">
      ${entries.map((entry) => {
        const who = names.get(String(entry.authorId));
        return html`<li><time datetime="${entry.at.toISOString()}">${page.date(entry.at)}</time> · <strong>${entryTitle(page, entry)}</strong>${who ? html` · ${page.t('history.by', { name: who })}` : ''}
          ${entry.note ? html`<p class="history-note" lang="${practice.originalLanguage}">${entry.note}</p>` : ''}</li>`;
      })}
      <li><time datetime="${practice.publishedAt.toISOString()}">${page.date(practice.publishedAt)}</time> · <strong>${page.t('history.firstPublished')}</strong></li>
    </ol>
  </section>`;
}
