// An error code as a sentence in the reader's language (error.code.<code>), with its details filled in: a mute's end
// as a localised date and time, a wait in seconds. Unknown codes read as the generic "something went wrong".
import { en, type MessageKey } from './messages/en.js';
import type { InterfaceLocale } from './locales.js';
import { formatDate, t } from './translate.js';

export interface CodedError {
  readonly code: string;
  readonly details?: unknown;
}

export const errorKey = (code: string): MessageKey | null => {
  const key = `error.code.${code}`;
  return key in en ? (key as MessageKey) : null;
};

export function errorText(locale: InterfaceLocale, error: CodedError): string {
  const key = errorKey(error.code);
  if (!key) return t(locale, 'error.generic.body');
  const details = error.details && typeof error.details === 'object' ? (error.details as Record<string, unknown>) : {};
  const until = typeof details.mutedUntil === 'string' ? details.mutedUntil : null;
  const seconds = typeof details.retryAfterSeconds === 'number' ? details.retryAfterSeconds : 1;
  return t(locale, key, { until: formatDate(locale, until, 'short'), seconds });
}
