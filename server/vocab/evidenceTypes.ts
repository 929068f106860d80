// Types of evidence offered for a practice's outcomes.
import { defineVocabulary } from './types.js';

export const evidenceTypes = defineVocabulary({
  id: 'evidenceTypes',
  labels: { sl: 'Vrsta dokazov', pl: 'Rodzaj dowodów', sv: 'Typ av belägg', en: 'Evidence type' },
  terms: [
    {
      id: 'survey',
      labels: { sl: 'Anketa', pl: 'Badanie ankietowe', sv: 'Enkätundersökning', en: 'Survey' },
    },
    {
      id: 'self-assessment-data',
      labels: {
        sl: 'Podatki samovrednotenja (npr. SELFIE)',
        pl: 'Dane z samooceny (np. SELFIE)',
        sv: 'Självvärderingsdata (t.ex. SELFIE)',
        en: 'Self-assessment data (e.g. SELFIE)',
      },
    },
    {
      id: 'observation',
      labels: {
        sl: 'Opazovanje (npr. hospitacije)',
        pl: 'Obserwacja (np. hospitacje)',
        sv: 'Observation (t.ex. lektionsbesök)',
        en: 'Observation (e.g. classroom visits)',
      },
    },
    {
      id: 'learning-outcomes',
      labels: {
        sl: 'Učni dosežki',
        pl: 'Efekty uczenia się',
        sv: 'Läranderesultat',
        en: 'Learning outcomes',
      },
    },
    {
      id: 'participation-data',
      labels: {
        sl: 'Podatki o udeležbi',
        pl: 'Dane o uczestnictwie',
        sv: 'Deltagardata',
        en: 'Participation data',
      },
    },
    {
      id: 'external-evaluation',
      labels: {
        sl: 'Zunanja evalvacija',
        pl: 'Ewaluacja zewnętrzna',
        sv: 'Extern utvärdering',
        en: 'External evaluation',
      },
    },
    {
      id: 'case-study',
      labels: { sl: 'Študija primera', pl: 'Studium przypadku', sv: 'Fallstudie', en: 'Case study' },
    },
    {
      id: 'testimonials',
      labels: {
        sl: 'Izjave udeležencev',
        pl: 'Opinie uczestników',
        sv: 'Omdömen från deltagare',
        en: 'Testimonials',
      },
    },
  ],
});
