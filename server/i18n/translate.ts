// t(locale, key, params): the interface text for a key, with {name} placeholders filled; plus localised dates and numbers.
import { en, type MessageKey, type Messages } from './messages/en.js';
import { pl } from './messages/pl.js';
import { sl } from './messages/sl.js';
import { sv } from './messages/sv.js';
import { intlTag, type InterfaceLocale } from './locales.js';

export const catalogues: Record<InterfaceLocale, Messages> = { en, sl, pl, sv };

export function t(locale: InterfaceLocale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

type DateStyle = 'long' | 'short';

/** Intl formatters are costly to build (CPU and native memory): one per locale and style, made on first use. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<InterfaceLocale, Intl.NumberFormat>();

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
