// Interface languages and choosing one: the user's setting, else the locale cookie, else Accept-Language, else English.
export const interfaceLocales = ['sl', 'pl', 'sv', 'en'] as const;
export type InterfaceLocale = (typeof interfaceLocales)[number];

export const isInterfaceLocale = (value: unknown): value is InterfaceLocale =>
  typeof value === 'string' && (interfaceLocales as readonly string[]).includes(value);

/** Intl tags for dates and numbers. */
export const intlTag: Record<InterfaceLocale, string> = { sl: 'sl-SI', pl: 'pl-PL', sv: 'sv-SE', en: 'en-GB' };

export function negotiateLocale(acceptLanguage: string | undefined): InterfaceLocale {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return ranked.find((entry) => isInterfaceLocale(entry.lang))?.lang as InterfaceLocale | undefined ?? 'en';
}
