// Related practices by content: Meilisearch finds candidates twice, by the practice's own key words (title and tags,
// scored by the engine) and by its competences and SELFIE areas; each candidate is then scored by that text score and
// by how much of the controlled vocabulary it shares, with a small lead for the same language, so a same-language
// match comes first among near-equals but never hides a closer match written in another language.
import type { SearchService } from './searchService.js';
import { quoteFilterValue } from './filters.js';
import { foldedWords } from './textAnalysis.js';

/** What relatedness is judged on: the practice's words and its vocabulary terms. */
export interface RelatedSubject {
  readonly id: string;
  readonly language: string;
  readonly title: string;
  readonly tags: readonly string[];
  readonly sector?: string | null;
  readonly practiceType?: string | null;
  readonly educationLevels?: readonly string[] | null;
  readonly targetGroups?: readonly string[] | null;
  readonly digCompEdu?: readonly string[] | null;
  readonly digComp?: readonly string[] | null;
  readonly selfieAreas?: readonly string[] | null;
}

export interface RelatedMatch {
  readonly id: string;
  readonly score: number;
}

/** Weight of each shared vocabulary in the vocabulary score: a shared competence says more than a shared sector. */
const termWeights = { digCompEdu: 3, digComp: 3, selfieAreas: 1.5, practiceType: 1.5, educationLevels: 1, targetGroups: 1, sector: 1 } as const;
type WeightedField = keyof typeof termWeights;
const textWeight = 0.55;
const vocabularyWeight = 0.45;
const sameLanguageLead = 0.05;
/** Below this a candidate is not related, only present. */
const minimumScore = 0.2;
const candidates = 30;
/** Meilisearch reads at most ten query words. */
const maxQueryWords = 10;
const minimumWordLength = 4;

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' && value ? [value] : []);

/** The practice's key words: title words long enough to carry meaning, then tags, at most ten. */
export function keyWords(subject: RelatedSubject): string {
  const words = [...foldedWords(subject.title), ...subject.tags.flatMap(foldedWords)].filter((word) => word.length >= minimumWordLength && !/^\d+$/.test(word));
  return [...new Set(words)].slice(0, maxQueryWords).join(' ');
}

/** Shared terms over all terms of both, weighted per vocabulary: 1 when both carry exactly the same terms. */
export function vocabularyOverlap(subject: RelatedSubject, candidate: Readonly<Record<string, unknown>>): number {
  let shared = 0;
  let total = 0;
  for (const field of Object.keys(termWeights) as WeightedField[]) {
    const mine = new Set(listOf(subject[field]));
    const theirs = new Set(listOf(candidate[field]));
    const union = new Set([...mine, ...theirs]).size;
    if (union === 0) continue;
    shared += termWeights[field] * ([...mine].filter((term) => theirs.has(term)).length / union);
    total += termWeights[field];
  }
  return total ? shared / total : 0;
}

function anyOf(field: string, values: readonly string[]): string[] {
  return values.map((value) => `${field} = ${quoteFilterValue(value)}`);
}

export async function findRelated(service: SearchService, subject: RelatedSubject, limit: number): Promise<RelatedMatch[]> {
  const indexUid = service.indexUid('practices');
  const attributesToRetrieve = ['id', 'originalLanguage', 'languages', ...Object.keys(termWeights)];
  const sharedTerms = [...anyOf('digCompEdu', listOf(subject.digCompEdu)), ...anyOf('digComp', listOf(subject.digComp)), ...anyOf('selfieAreas', listOf(subject.selfieAreas))];
  const visibility = `visibility = ${quoteFilterValue('public')}`;
  const q = keyWords(subject);
  const { results } = await service.client.multiSearch({
    queries: [
      ...(q ? [{ indexUid, q, filter: [visibility], limit: candidates, matchingStrategy: 'frequency' as const, showRankingScore: true, attributesToRetrieve }] : []),
      ...(sharedTerms.length ? [{ indexUid, q: '', filter: [visibility, sharedTerms], sort: ['publishedAt:desc'], limit: candidates, attributesToRetrieve }] : []),
    ],
  });
  const textScore = new Map<string, number>();
  const documents = new Map<string, Readonly<Record<string, unknown>>>();
  for (const [i, result] of results.entries()) {
    for (const hit of result.hits) {
      const id = String(hit.id);
      if (id === subject.id) continue;
      documents.set(id, hit);
      if (q && i === 0) textScore.set(id, typeof hit._rankingScore === 'number' ? hit._rankingScore : 0);
    }
  }
  const scored = [...documents].map(([id, document]) => {
    const languages = listOf(document.languages);
    const sameLanguage = document.originalLanguage === subject.language || languages.includes(subject.language);
    const score = textWeight * (textScore.get(id) ?? 0) + vocabularyWeight * vocabularyOverlap(subject, document) + (sameLanguage ? sameLanguageLead : 0);
    return { id, score };
  });
  return scored
    .filter((match) => match.score >= minimumScore)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
