// DigCompEdu (European Framework for the Digital Competence of Educators, JRC 2017): the six areas.
import { defineVocabulary } from './types.js';

export const digCompEduAreas = defineVocabulary({
  id: 'digCompEduAreas',
  labels: {
    sl: 'Področja DigCompEdu',
    pl: 'Obszary DigCompEdu',
    sv: 'DigCompEdu-områden',
    en: 'DigCompEdu areas',
  },
  terms: [
    {
      id: '1',
      labels: {
        sl: 'Profesionalno udejstvovanje',
        pl: 'Zaangażowanie zawodowe',
        sv: 'Professionellt engagemang',
        en: 'Professional engagement',
      },
    },
    {
      id: '2',
      labels: { sl: 'Digitalni viri', pl: 'Zasoby cyfrowe', sv: 'Digitala resurser', en: 'Digital resources' },
    },
    {
      id: '3',
      labels: {
        sl: 'Poučevanje in učenje',
        pl: 'Nauczanie i uczenie się',
        sv: 'Undervisning och lärande',
        en: 'Teaching and learning',
      },
    },
    {
      id: '4',
      labels: { sl: 'Vrednotenje', pl: 'Ocenianie', sv: 'Bedömning', en: 'Assessment' },
    },
    {
      id: '5',
      labels: {
        sl: 'Opolnomočenje učečih se',
        pl: 'Wzmacnianie pozycji uczących się',
        sv: 'Stärka de lärandes egenmakt',
        en: 'Empowering learners',
      },
    },
    {
      id: '6',
      labels: {
        sl: 'Spodbujanje digitalnih kompetenc učečih se',
        pl: 'Wspieranie kompetencji cyfrowych uczących się',
        sv: 'Främja de lärandes digitala kompetens',
        en: "Facilitating learners' digital competence",
      },
    },
  ],
});
