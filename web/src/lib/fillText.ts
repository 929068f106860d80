// Fills an interface text the server put on the page (the islands' data-t-* attributes) exactly as the server fills
// its own: the one message format of server/i18n/messageFormat.ts, `{name}` placeholders and `{count, plural, …}`
// chosen by the plural rules of the page's language.
import { formatMessage, type MessageLocale, type MessageParams } from '../../../server/i18n/messageFormat.js';

const locales = new Map<string, MessageLocale>();

function messageLocale(language: string): MessageLocale {
  let found = locales.get(language);
  if (!found) {
    const rules = new Intl.PluralRules(language || undefined);
    const numbers = new Intl.NumberFormat(language || undefined);
    found = { plural: (value) => rules.select(value), number: (value) => numbers.format(value) };
    locales.set(language, found);
  }
  return found;
}

export function fillText(template: string | undefined, params: MessageParams, language: string = document.documentElement.lang): string {
  return formatMessage(template ?? '', params, messageLocale(language));
}
