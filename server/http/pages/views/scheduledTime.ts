// A scheduled publication in the wall-clock time of the zone it was chosen in ("8 December 2026, 09:30, Europe/Ljubljana"),
// and the form fields that choose one: a date and time plus the zone, preset to the person's likely zone.
import { intlTag } from '../../../i18n/locales.js';
import { likelyTimeZone, localValueOf, offeredTimeZones } from '../../../content/zonedTime.js';
import { field } from '../forms.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../pageContext.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** An instant as the date and time in a zone, in the reader's language, with the zone named. */
export function zonedDateTime(page: PageContext, instant: Date, timeZone: string): string {
  const key = `${page.locale}:${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag[page.locale], { dateStyle: 'long', timeStyle: 'short', timeZone });
    formats.set(key, format);
  }
  return `${format.format(instant)} (${timeZone})`;
}

/** When a scheduled item goes live, shown in the zone it was scheduled in (UTC for one scheduled without a zone). */
export function scheduledNote(page: PageContext, publishAt: Date | null, timeZone: string | null | undefined): SafeHtml {
  if (!publishAt) return html``;
  return html`<p class="notice notice-info" role="note">${page.t('schedule.goesLive', { when: zonedDateTime(page, publishAt, timeZone || 'UTC') })}
    <time datetime="${publishAt.toISOString()}" class="visually-hidden">${publishAt.toISOString()}</time></p>`;
}

export interface ScheduleValues {
  readonly local?: string;
  readonly timeZone?: string;
  readonly error?: string;
}

/**
 * The date-and-time and time-zone fields of a scheduling form: a posted value, else the current schedule, else empty.
 * A zone that is only a guess is marked so the scheduleZone island can preselect the browser's own zone instead.
 */
export function scheduleFields(page: PageContext, current: { publishAt: Date | null; publishTimeZone?: string | null }, country: string | undefined, posted: ScheduleValues = {}): SafeHtml {
  const chosen = posted.timeZone ?? current.publishTimeZone;
  const zone = chosen ?? likelyTimeZone(country, page.locale);
  const local = posted.local ?? (current.publishAt ? localValueOf(current.publishAt, zone) : '');
  const zones = offeredTimeZones.includes(zone) ? offeredTimeZones : [...offeredTimeZones, zone];
  return html`${field({ name: 'publishAt', idPrefix: 'pa', label: page.t('schedule.when'), type: 'datetime-local', hint: page.t('schedule.whenHint'), value: local, required: true, error: posted.error })}
    <div class="schedule-zone"${chosen ? '' : html` data-zone-guessed`}>${field({ name: 'timeZone', idPrefix: 'pa', label: page.t('schedule.timeZone'), value: zone, options: zones.map((name): readonly [string, string] => [name, name.replace(/_/g, ' ')]) })}</div>`;
}
