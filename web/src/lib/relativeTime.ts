// Times told relative to now in the reader's language with Intl.RelativeTimeFormat: how long ago a message was
// written ("now", "2 minutes ago", "3 hours ago"; older ones keep their absolute time) and how long a wait still
// lasts ("in 45 seconds", "in 23 minutes").
const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

const formats = new Map<string, Intl.RelativeTimeFormat>();
function formatIn(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formats.set(locale, format);
  }
  return format;
}

/** How long ago `at` was, or null from a day on (then the absolute time says more). */
export function timeAgo(locale: string, at: Date, now: number): string | null {
  const elapsed = Math.max(0, now - at.getTime());
  if (elapsed >= day) return null;
  const format = formatIn(locale);
  if (elapsed < minute) return format.format(0, 'second');
  if (elapsed < hour) return format.format(-Math.floor(elapsed / minute), 'minute');
  return format.format(-Math.floor(elapsed / hour), 'hour');
}

/** How long until `until`, rounded up so a wait never reads shorter than it is. */
export function timeLeft(locale: string, until: Date, now: number): string {
  const left = Math.max(0, until.getTime() - now);
  const format = formatIn(locale);
  if (left < minute) return format.format(Math.max(1, Math.ceil(left / second)), 'second');
  if (left < 2 * hour) return format.format(Math.ceil(left / minute), 'minute');
  if (left < 2 * day) return format.format(Math.ceil(left / hour), 'hour');
  return format.format(Math.ceil(left / day), 'day');
}

/** How the island writes an absolute time in the reader's own time zone (the title of a relative one). */
export function absoluteTime(locale: string, at: Date): string {
  return at.toLocaleString(locale, { dateStyle: 'full', timeStyle: 'short' });
}
