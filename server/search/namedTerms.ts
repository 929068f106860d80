// Which vocabulary terms a query names: "samorząd", "kommun", "ISCED 2" or "mentorig" (a typo) each name a term by
// one of its labels in any interface language, so the search can offer that term as a filter. A query names a term
// when its words are a run of words of one label part ("Local government (municipality / gmina, powiat / kommun)"
// has the parts "Local government", "municipality", "gmina", "powiat", "kommun") leaving at most one other word; a
// part that leaves a word over must be typed exactly, in a word few terms share ("digital" names no term).
import { termIds, getTerm, uiLocales, type UiLocale, type VocabularyId } from '../vocab/index.js';
import { foldedWords, stemWord } from './textAnalysis.js';

export interface NamedTerm {
  readonly vocab: VocabularyId;
  readonly id: string;
}

interface LabelPart {
  readonly words: readonly string[];
  /** Each word's stem in the part's language, worked out once with the part (not on every query). */
  readonly stems: readonly string[];
  readonly locale: UiLocale;
}

/** A typed word and its stem in each interface language. */
interface TypedWord {
  readonly word: string;
  readonly stems: Readonly<Record<UiLocale, string>>;
}

/** Words a label may leave unmatched without counting (conjunctions and prepositions of the four languages). */
const fillerWords = new Set(['and', 'or', 'of', 'the', 'for', 'och', 'eller', 'i', 'in', 'oraz', 'lub', 'w', 'z', 'na', 'ali', 'za', 'v', 's', 'iz', 'pri', 'do', 'av', 'med']);
const maxLeftOver = 1;
/** A word in more terms' labels than this is too common to name a term unless it is a whole label part. */
const maxSharingTerms = 2;

function labelPart(text: string, locale: UiLocale): LabelPart {
  const words = foldedWords(text);
  return { words, stems: words.map((word) => stemWord(word, locale)), locale };
}

function labelParts(label: string, locale: UiLocale): LabelPart[] {
  const pieces = [label, label.replace(/\([^)]*\)/g, ' '), ...label.split(/[()/,;:]/)];
  return pieces.map((piece) => labelPart(piece, locale)).filter((part) => part.words.length > 0);
}

const partsCache = new Map<VocabularyId, ReadonlyArray<{ id: string; parts: readonly LabelPart[] }>>();

function termParts(vocab: VocabularyId): ReadonlyArray<{ id: string; parts: readonly LabelPart[] }> {
  let parts = partsCache.get(vocab);
  if (!parts) {
    parts = termIds(vocab).map((id) => {
      const term = getTerm(vocab, id);
      const labels = term ? uiLocales.flatMap((locale) => labelParts(term.labels[locale], locale)) : [];
      return { id, parts: [...labels, labelPart(id.replace(/-/g, ' '), 'en')] };
    });
    partsCache.set(vocab, parts);
  }
  return parts;
}

/** One edit (insertion, deletion, substitution or swap of neighbours) apart, for words long enough to carry a typo. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped || a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

type WordMatch = 'exact' | 'near' | null;

function matchWord(typed: TypedWord, part: LabelPart, at: number): WordMatch {
  const word = part.words[at] ?? '';
  if (typed.word === word) return 'exact';
  if (/\d/.test(typed.word) || /\d/.test(word)) return null;
  if (typed.stems[part.locale] === part.stems[at]) return 'near';
  return typed.word.length >= 5 && word.length >= 5 && oneEditApart(typed.word, word) ? 'near' : null;
}

/** 0 when the typed words are the whole part, higher for looser matches, null when they do not name it. */
function matchPart(typed: readonly TypedWord[], part: LabelPart, common: boolean): number | null {
  let best: number | null = null;
  for (let start = 0; start + typed.length <= part.words.length; start += 1) {
    const matches = typed.map((word, i) => matchWord(word, part, start + i));
    if (matches.some((match) => match === null)) continue;
    const rest = part.words.filter((_, i) => i < start || i >= start + typed.length);
    if (rest.some((word) => /\d/.test(word))) continue;
    const leftOver = rest.filter((word) => !fillerWords.has(word)).length;
    if (leftOver > maxLeftOver || (leftOver > 0 && (common || matches.includes('near')))) continue;
    const score = leftOver * 2 + matches.filter((match) => match === 'near').length;
    best = best === null ? score : Math.min(best, score);
  }
  return best;
}

const sharingCache = new Map<string, ReadonlyMap<string, number>>();

/** How many terms of the vocabularies have each word in their labels. */
function termsSharing(vocabs: readonly VocabularyId[]): ReadonlyMap<string, number> {
  const key = vocabs.join(',');
  let counts = sharingCache.get(key);
  if (!counts) {
    const tally = new Map<string, number>();
    for (const vocab of vocabs) {
      for (const { parts } of termParts(vocab)) for (const word of new Set(parts.flatMap((part) => part.words))) tally.set(word, (tally.get(word) ?? 0) + 1);
    }
    counts = tally;
    sharingCache.set(key, counts);
  }
  return counts;
}

/** Recent answers by vocabularies and folded query: the same query is asked again and again (while typing, top queries). */
const answerCache = new Map<string, readonly NamedTerm[]>();
const maxCachedAnswers = 2000;

/** The terms of the given vocabularies that the query names, the closest matches only, at most `limit`. */
export function termsNamedBy(q: string, vocabs: readonly VocabularyId[], limit = 3): NamedTerm[] {
  const words = foldedWords(q);
  const key = `${vocabs.join(',')}|${limit}|${words.join(' ')}`;
  let answer = answerCache.get(key);
  if (!answer) {
    if (answerCache.size >= maxCachedAnswers) answerCache.clear();
    answer = namedTerms(words, vocabs, limit);
    answerCache.set(key, answer);
  }
  return [...answer];
}

function namedTerms(words: readonly string[], vocabs: readonly VocabularyId[], limit: number): NamedTerm[] {
  if (words.length === 0 || words.join('').length < 3) return [];
  const sharing = termsSharing(vocabs);
  const common = words.some((word) => (sharing.get(word) ?? 0) > maxSharingTerms);
  const typed = words.map((word): TypedWord => ({ word, stems: Object.fromEntries(uiLocales.map((locale) => [locale, stemWord(word, locale)])) as Record<UiLocale, string> }));
  const scored: Array<NamedTerm & { score: number }> = [];
  for (const vocab of vocabs) {
    for (const { id, parts } of termParts(vocab)) {
      const scores = parts.map((part) => matchPart(typed, part, common)).filter((score): score is number => score !== null);
      if (scores.length) scored.push({ vocab, id, score: Math.min(...scores) });
    }
  }
  const best = Math.min(...scored.map((term) => term.score));
  return scored.filter((term) => term.score === best).slice(0, limit).map(({ vocab, id }) => ({ vocab, id }));
}
