// "Cite this" for a published practice: a plain-text reference, a BibTeX @misc entry and CSL-JSON, all from the
// same facts (author, title in the shown language, year, the repository, the permanent URL, the date accessed).
import type { Practice } from '../models/practice.js';
import { getTerm } from '../vocab/index.js';

export interface CitationFacts {
  readonly title: string;
  readonly language: string;
  readonly author: string | null;
  readonly organisation: string | null;
  readonly published: Date | null;
  readonly url: string;
  readonly licenceUrl: string | null;
  readonly key: string;
}

export interface Citation {
  readonly plain: string;
  readonly bibtex: string;
  readonly cslJson: string;
}

export const repositoryName = 'Praxis';

export function citationFacts(practice: Practice, language: string, author: string | null, publicUrl: string): CitationFacts {
  const year = practice.publishedAt?.getUTCFullYear();
  return {
    title: practice.texts[language]?.title ?? practice.texts[practice.originalLanguage]?.title ?? practice.slug,
    language,
    author,
    organisation: practice.organisation?.name ?? null,
    published: practice.publishedAt,
    url: new URL(`/practices/${practice.slug}`, publicUrl).toString(),
    licenceUrl: getTerm('licences', practice.licence)?.url ?? null,
    key: `praxis${year ?? ''}${practice.slug.replace(/[^a-z0-9]/g, '').slice(0, 24)}`,
  };
}

/** BibTeX needs its special characters escaped; Unicode letters (č, ł, å) stay as they are (biber/UTF-8 BibTeX). */
const bibtexEscape = (text: string): string => text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export function cite(facts: CitationFacts, accessed: Date): Citation {
  const creator = facts.author ?? facts.organisation;
  const year = facts.published ? String(facts.published.getUTCFullYear()) : 'n.d.';
  const plain = `${creator ? `${creator} ` : ''}(${year}). ${facts.title}. ${repositoryName}. ${facts.url} (accessed ${isoDay(accessed)})`;
  const fields: [string, string | null][] = [
    ['author', creator ? `{${bibtexEscape(creator)}}` : null],
    ['title', `{${bibtexEscape(facts.title)}}`],
    ['howpublished', `{${repositoryName}}`],
    ['year', facts.published ? year : null],
    ['url', `{${facts.url}}`],
    ['urldate', `{${isoDay(accessed)}}`],
    ['language', `{${facts.language}}`],
    ['note', facts.licenceUrl ? `{Licence: ${facts.licenceUrl}}` : null],
  ];
  const bibtex = `@misc{${facts.key},\n${fields
    .filter((field): field is [string, string] => field[1] !== null)
    .map(([name, value]) => `  ${name} = ${value}`)
    .join(',\n')}\n}`;
  const csl = {
    id: facts.key,
    type: 'webpage',
    title: facts.title,
    ...(creator ? { author: [{ literal: creator }] } : {}),
    'container-title': repositoryName,
    ...(facts.published ? { issued: { 'date-parts': [[facts.published.getUTCFullYear(), facts.published.getUTCMonth() + 1, facts.published.getUTCDate()]] } } : {}),
    accessed: { 'date-parts': [[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]] },
    URL: facts.url,
    language: facts.language,
    ...(facts.licenceUrl ? { license: facts.licenceUrl } : {}),
  };
  return { plain, bibtex, cslJson: JSON.stringify([csl], null, 2) };
}
