// The controlled-vocabulary terms of a record as searchable text: every term's label in the four interface languages
// (`vocab`) and their folded and stemmed forms (`foldVocab`), so "samorząd", "kommun", "občina" and "municipality"
// all find the local-government practices whatever language they are written in.
import { getTerm, uiLocales, type VocabularyId } from '../vocab/index.js';
import { foldText, stemText } from './textAnalysis.js';

export const vocabularyTextFields = ['vocab', 'foldVocab'] as const;

/** Term ids per vocabulary, as a record carries them (`{ sectors: ['local-government'], digComp: ['1.1', '2.3'] }`). */
export type RecordTerms = Partial<Readonly<Record<VocabularyId, readonly (string | null | undefined)[]>>>;

export function vocabularyText(terms: RecordTerms): Record<(typeof vocabularyTextFields)[number], string> {
  const labels: string[] = [];
  const folded = new Set<string>();
  for (const [vocabId, ids] of Object.entries(terms) as [VocabularyId, readonly (string | null | undefined)[]][]) {
    for (const id of ids) {
      const term = id ? getTerm(vocabId, id) : undefined;
      if (!term) continue;
      for (const locale of uiLocales) {
        const label = term.labels[locale];
        labels.push(label);
        folded.add(foldText(label));
        folded.add(stemText(label, locale));
      }
    }
  }
  return { vocab: [...new Set(labels)].join('\n'), foldVocab: [...folded].join('\n') };
}
