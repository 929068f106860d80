// ICU-style interface messages: `{name}` placeholders, and `{count, plural, one {# šola} two {# šoli} few {# šole}
// other {# šol}}` whose branch the locale's plural rules choose (`=0 {…}` matches a number exactly; `#` is the number,
// formatted for the locale). A placeholder without a value stays as written.

export type MessageParams = Readonly<Record<string, string | number>>;

/** What a locale contributes: its plural category of a number, and how it writes one. */
export interface MessageLocale {
  plural(value: number): Intl.LDMLPluralRule;
  number(value: number): string;
}

const pluralHead = /^\s*(\w+)\s*,\s*plural\s*,/;

/** The index of the `}` closing the `{` at `open` (nested braces counted), or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `one {…} few {…} other {…}` → selector → branch text. */
function pluralBranches(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  const selector = /\s*([=\w]+)\s*\{/y;
  for (let match = selector.exec(text); match; match = selector.exec(text)) {
    const open = selector.lastIndex - 1;
    const close = closingBrace(text, open);
    if (close < 0) break;
    branches.set(match[1] ?? '', text.slice(open + 1, close));
    selector.lastIndex = close + 1;
  }
  return branches;
}

function pluralBranch(body: string, value: number, locale: MessageLocale): string {
  const branches = pluralBranches(body);
  return branches.get(`=${value}`) ?? branches.get(locale.plural(value)) ?? branches.get('other') ?? '';
}

/** Fills `template`; inside a plural branch, `hash` is what `#` stands for. */
export function formatMessage(template: string, params: MessageParams, locale: MessageLocale, hash?: string): string {
  let out = '';
  let at = 0;
  while (at < template.length) {
    const next = template.slice(at).search(hash === undefined ? /\{/ : /[{#]/);
    if (next < 0) break;
    const start = at + next;
    out += template.slice(at, start);
    if (template[start] === '#') {
      out += hash;
      at = start + 1;
      continue;
    }
    const end = closingBrace(template, start);
    if (end < 0) break;
    const inner = template.slice(start + 1, end);
    const plural = pluralHead.exec(inner);
    if (plural) {
      const value = Number(params[plural[1] ?? '']);
      const branch = pluralBranch(inner.slice(plural[0].length), value, locale);
      out += formatMessage(branch, params, locale, Number.isFinite(value) ? locale.number(value) : String(params[plural[1] ?? ''] ?? ''));
    } else {
      out += /^\w+$/.test(inner) && inner in params ? String(params[inner]) : template.slice(start, end + 1);
    }
    at = end + 1;
  }
  return out + template.slice(at);
}
