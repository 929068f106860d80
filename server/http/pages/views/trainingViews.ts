// Building blocks of the training pages: a catalogue card, the facts list, the sessions (agenda) with times in
// their own time zone, speakers, .ics links and a conference session's write-ups.
import type { Training, TrainingSession } from '../../../models/training.js';
import { intlTag } from '../../../i18n/locales.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';
import { label, labelList } from './vocabBadges.js';
import { inLanguage } from './planViews.js';

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A session's start and end in its own time zone, e.g. "12 March 2026, 09:00–12:00". */
export function sessionTimes(page: PageContext, session: TrainingSession): string {
  const key = `${page.locale}:${session.timeZone}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag[page.locale], { dateStyle: 'long', timeStyle: 'short', timeZone: session.timeZone });
    timeFormats.set(key, format);
  }
  return format.formatRange(session.startsAt, session.endsAt);
}

export function titleOf(training: Pick<Training, 'title' | 'slug'>, locale: string): { language: string; text: string } {
  return inLanguage(training.title, locale, training.slug);
}

export function seatsLine(page: PageContext, training: Training): string {
  if (training.capacity === null) return page.t('trainings.unlimited');
  const left = Math.max(0, training.capacity - training.seatsTaken);
  return left > 0 ? page.t('trainings.seatsLeft', { count: page.number(left) }) : page.t('trainings.full');
}

export function trainingCard(page: PageContext, training: Training): SafeHtml {
  const title = titleOf(training, page.locale);
  const first = training.sessions[0];
  return html`<article class="card card-training">
    <p class="card-meta">${page.t(`trainings.kind.${training.kind}`)} · ${page.t(`trainings.format.${training.format}`)} · ${page.t('trainings.hours', { hours: page.number(training.durationHours) })}</p>
    <h2 class="card-title"><a href="/trainings/${encodeURIComponent(training.slug)}" lang="${title.language}">${title.text}</a></h2>
    ${first ? html`<p class="card-meta"><time datetime="${first.startsAt.toISOString()}">${sessionTimes(page, first)}</time>${first.place ? ` · ${first.place}` : ''}</p>` : ''}
    <p class="card-meta">${seatsLine(page, training)}${training.provider ? ` · ${training.provider}` : ''}</p>
  </article>`;
}

export function trainingFacts(page: PageContext, training: Training): SafeHtml {
  const fact = (term: string, value: string) => (value ? html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>` : '');
  return html`<dl class="event-facts">
    ${fact(page.t('trainings.filter.kind'), page.t(`trainings.kind.${training.kind}`))}
    ${fact(page.t('trainings.filter.format'), page.t(`trainings.format.${training.format}`))}
    ${fact(page.t('trainings.duration'), page.t('trainings.hours', { hours: page.number(training.durationHours) }))}
    ${fact(page.t('trainings.language'), label(page, 'languages', training.language))}
    ${fact(page.t('trainings.provider'), training.provider)}
    ${fact(page.t('trainings.targetGroups'), labelList(page, 'targetGroups', training.targetGroups))}
    ${fact(page.t('trainings.competences'), training.competences.map((c) => { const [vocab, id] = c.split(':') as ['digCompEdu' | 'digComp', string]; return `${id} ${label(page, vocab, id)}`; }).join('; '))}
    ${fact(page.t('trainings.registerTitle'), seatsLine(page, training))}
  </dl>`;
}

export function sessionList(page: PageContext, training: Training, collectionSlugs: ReadonlyMap<string, string>): SafeHtml {
  if (training.sessions.length === 0) return html`<p>${page.t('trainings.noSessions')}</p>`;
  return html`<ol class="session-list">${training.sessions.map((session) => {
    const writeUps = session.collectionId ? collectionSlugs.get(String(session.collectionId)) : undefined;
    return html`<li class="session">
      <h3>${session.title || titleOf(training, page.locale).text}</h3>
      <p><time datetime="${session.startsAt.toISOString()}">${sessionTimes(page, session)}</time> <span class="hint">(${page.t('trainings.timeZone', { zone: session.timeZone })})</span></p>
      ${session.place ? html`<p>${page.t('trainings.place')}: ${session.place}</p>` : ''}
      ${session.onlineUrl ? html`<p>${page.t('trainings.online')}: <a href="${session.onlineUrl}" rel="nofollow noopener">${page.t('trainings.joinOnline')}</a></p>` : ''}
      ${session.speakers.length ? html`<p>${page.t('trainings.speakers')}: ${session.speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(', ')}</p>` : ''}
      ${writeUps ? html`<p><a href="/collections/${encodeURIComponent(writeUps)}">${page.t('trainings.writeUps')}</a></p>` : ''}
      <p><a href="/api/trainings/${String(training._id)}/sessions/${String(session._id)}/ics" download>${page.t('trainings.addToCalendar')}</a></p>
    </li>`;
  })}</ol>`;
}
