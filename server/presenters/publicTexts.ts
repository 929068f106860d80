// Which language versions of a practice the public reads: the original, and each translation once it is reviewed.

interface LanguageVersions {
  readonly originalLanguage: string;
  readonly texts: Readonly<Record<string, { readonly title?: string | null | undefined; readonly reviewed?: boolean | null | undefined }>>;
}

export function publicLanguages(practice: LanguageVersions): string[] {
  const others = Object.entries(practice.texts)
    .filter(([language, text]) => language !== practice.originalLanguage && text.title && text.reviewed)
    .map(([language]) => language)
    .sort();
  return practice.texts[practice.originalLanguage] ? [practice.originalLanguage, ...others] : others;
}
