// t(locale, key, params): the interface text for a key, with {name} placeholders and {count, plural, …} choices filled
// (server/i18n/messageFormat.ts); plus localised dates and numbers.
import { en, type MessageKey, type Messages } from './messages/en.js';
import { pl } from './messages/pl.js';
import { sl } from './messages/sl.js';
import { sv } from './messages/sv.js';
import { intlTag, type InterfaceLocale } from './locales.js';
import { formatMessage, type MessageLocale, type MessageParams } from './messageFormat.js';

export const catalogues: Record<InterfaceLocale, Messages> = { en, sl, pl, sv };

/** The text for a key as written, placeholders and plurals unfilled: for an island that fills it (web/src/lib/fillText.ts). */
export function messageTemplate(locale: InterfaceLocale, key: MessageKey): string {
  return catalogues[locale][key] ?? en[key];
}

export function t(locale: InterfaceLocale, key: MessageKey, params: MessageParams = {}): string {
  return formatMessage(catalogues[locale][key] ?? en[key], params, messageLocale(locale));
}

type DateStyle = 'long' | 'short';

/** Intl formatters are costly to build (CPU and native memory): one per locale and style, made on first use. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<InterfaceLocale, Intl.NumberFormat>();
const messageLocales = new Map<InterfaceLocale, MessageLocale>();

/** The plural rules and number format of a locale, for messages. */
function messageLocale(locale: InterfaceLocale): MessageLocale {
  let found = messageLocales.get(locale);
  if (!found) {
    const rules = new Intl.PluralRules(intlTag[locale]);
    found = { plural: (value) => rules.select(value), number: (value) => formatNumber(locale, value) };
    messageLocales.set(locale, found);
  }
  return found;
}

function dateFormat(locale: InterfaceLocale, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag[locale], style === 'long' ? { dateStyle: 'long' } : { dateStyle: 'short', timeStyle: 'short' });
    dateFormats.set(key, format);
  }
  return format;
}

export function formatDate(locale: InterfaceLocale, date: Date | string | null | undefined, style: DateStyle = 'long'): string {
  if (!date) return '';
  const value = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(value.getTime())) return '';
  return dateFormat(locale, style).format(value);
}

export function formatNumber(locale: InterfaceLocale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlTag[locale]);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

export type { MessageKey };
