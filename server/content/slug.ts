// URL slugs: transliterate (č→c, ł→l, å→a, ß→ss …), lower-case, hyphenate; uniqueness is the caller's job.
const special: Record<string, string> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH', ð: 'd', Ð: 'D', ı: 'i',
};

/** Folds diacritics and special Latin letters to ASCII (also used by search to match typed-without-diacritics queries). */
export function foldToAscii(text: string): string {
  return text
    .replace(/[łŁđĐßæÆøØœŒþÞðÐı]/g, (char) => special[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function slugify(text: string, maxLength = 80): string {
  const slug = foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const trimmed = slug.slice(0, maxLength).replace(/-+$/, '');
  return trimmed || 'item';
}

/** slugify(text), made unique by a numeric suffix against `taken` (an async check such as a database lookup). */
export async function uniqueSlug(text: string, taken: (candidate: string) => Promise<boolean>): Promise<string> {
  const base = slugify(text);
  if (!(await taken(base))) return base;
  for (let n = 2; n < 1000; n += 1) {
    const candidate = `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  throw new Error(`no free slug for "${base}"`);
}
