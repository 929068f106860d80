// Wall-clock times in a named time zone (IANA, e.g. Europe/Ljubljana): a form's `datetime-local` value in the zone the
// organiser chose turned into the exact instant, and an instant shown back as that zone's wall-clock time; plus the
// zone a person most likely means, from their country or interface language.

/** True for a zone name this runtime knows (Intl throws a RangeError for others). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time of an instant in a zone, as a `datetime-local` value: `2026-12-08T09:30`. */
export function localValueOf(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(wallClockFormat(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** True for a well-formed `datetime-local` value naming a real calendar day and time (2026-02-30T10:00 is not). */
export function isLocalDateTime(value: string): boolean {
  const match = localPattern.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return localValueOf(new Date(Date.UTC(year, month - 1, day, hour, minute)), 'UTC') === value;
}

/**
 * The instant a wall-clock time names in a zone, or null when the value is malformed or the time does not exist
 * there (the hour skipped when clocks go forward). An hour that occurs twice (clocks going back) takes the first.
 */
export function instantOfLocal(value: string, timeZone: string): Date | null {
  if (!isLocalDateTime(value)) return null;
  const asUtc = Date.parse(`${value}:00Z`);
  const offsetAt = (instant: number): number => Date.parse(`${localValueOf(new Date(instant), timeZone)}:00Z`) - instant;
  const candidates = [asUtc - offsetAt(asUtc - 86_400_000), asUtc - offsetAt(asUtc), asUtc - offsetAt(asUtc + 86_400_000)].sort((a, b) => a - b);
  const found = candidates.find((instant) => localValueOf(new Date(instant), timeZone) === value);
  return found === undefined ? null : new Date(found);
}

const zoneOfCountry: Readonly<Record<string, string>> = {
  SI: 'Europe/Ljubljana', PL: 'Europe/Warsaw', SE: 'Europe/Stockholm', HR: 'Europe/Zagreb', AT: 'Europe/Vienna', IT: 'Europe/Rome',
  HU: 'Europe/Budapest', DE: 'Europe/Berlin', CZ: 'Europe/Prague', SK: 'Europe/Bratislava', LT: 'Europe/Vilnius', LV: 'Europe/Riga',
  EE: 'Europe/Tallinn', FI: 'Europe/Helsinki', DK: 'Europe/Copenhagen', NO: 'Europe/Oslo', NL: 'Europe/Amsterdam', BE: 'Europe/Brussels',
  FR: 'Europe/Paris', ES: 'Europe/Madrid', PT: 'Europe/Lisbon', IE: 'Europe/Dublin', GB: 'Europe/London', GR: 'Europe/Athens',
  RO: 'Europe/Bucharest', BG: 'Europe/Sofia', UA: 'Europe/Kyiv', RS: 'Europe/Belgrade', BA: 'Europe/Sarajevo', ME: 'Europe/Podgorica',
  MK: 'Europe/Skopje', AL: 'Europe/Tirane', LU: 'Europe/Luxembourg', MT: 'Europe/Malta', CY: 'Asia/Nicosia', IS: 'Atlantic/Reykjavik',
};

const zoneOfLocale: Readonly<Record<string, string>> = { sl: 'Europe/Ljubljana', pl: 'Europe/Warsaw', sv: 'Europe/Stockholm', en: 'Europe/London' };

/** The zones a scheduling form offers: those of the countries above (sorted), and UTC. */
export const offeredTimeZones: readonly string[] = [...new Set(Object.values(zoneOfCountry))].sort().concat('UTC');

/** The zone a person most likely means: their country's, else their interface language's. */
export function likelyTimeZone(country: string | undefined, locale: string): string {
  return (country && zoneOfCountry[country]) || zoneOfLocale[locale] || 'UTC';
}
