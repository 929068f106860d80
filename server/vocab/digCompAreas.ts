// DigComp 2.2 (Digital Competence Framework for Citizens, JRC 2022): the five competence areas.
import { defineVocabulary } from './types.js';

export const digCompAreas = defineVocabulary({
  id: 'digCompAreas',
  labels: {
    sl: 'Področja DigComp 2.2',
    pl: 'Obszary DigComp 2.2',
    sv: 'Kompetensområden i DigComp 2.2',
    en: 'DigComp 2.2 competence areas',
  },
  terms: [
    {
      id: '1',
      labels: {
        sl: 'Informacijska in podatkovna pismenost',
        pl: 'Informacja i dane',
        sv: 'Informations- och datakunskap',
        en: 'Information and data literacy',
      },
    },
    {
      id: '2',
      labels: {
        sl: 'Komunikacija in sodelovanje',
        pl: 'Komunikacja i współpraca',
        sv: 'Kommunikation och samarbete',
        en: 'Communication and collaboration',
      },
    },
    {
      id: '3',
      labels: {
        sl: 'Ustvarjanje digitalnih vsebin',
        pl: 'Tworzenie treści cyfrowych',
        sv: 'Skapa digitalt innehåll',
        en: 'Digital content creation',
      },
    },
    {
      id: '4',
      labels: { sl: 'Varnost', pl: 'Bezpieczeństwo', sv: 'Säkerhet', en: 'Safety' },
    },
    {
      id: '5',
      labels: {
        sl: 'Reševanje problemov',
        pl: 'Rozwiązywanie problemów',
        sv: 'Problemlösning',
        en: 'Problem solving',
      },
    },
  ],
});
