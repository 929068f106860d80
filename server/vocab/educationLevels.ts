// Education levels: ISCED 2011 levels 0–8, plus adult learning and "not applicable".
import { defineVocabulary } from './types.js';

export const educationLevels = defineVocabulary({
  id: 'educationLevels',
  labels: {
    sl: 'Ravni izobraževanja (ISCED 2011)',
    pl: 'Poziomy kształcenia (ISCED 2011)',
    sv: 'Utbildningsnivåer (ISCED 2011)',
    en: 'Education levels (ISCED 2011)',
  },
  terms: [
    {
      id: 'isced-0',
      labels: {
        sl: 'Predšolska vzgoja (ISCED 0)',
        pl: 'Wczesna edukacja i opieka nad dzieckiem (ISCED 0)',
        sv: 'Förskoleutbildning (ISCED 0)',
        en: 'Early childhood education (ISCED 0)',
      },
    },
    {
      id: 'isced-1',
      labels: {
        sl: 'Primarno izobraževanje (ISCED 1)',
        pl: 'Kształcenie na poziomie podstawowym (ISCED 1)',
        sv: 'Primärutbildning (ISCED 1)',
        en: 'Primary education (ISCED 1)',
      },
    },
    {
      id: 'isced-2',
      labels: {
        sl: 'Nižje sekundarno izobraževanje (ISCED 2)',
        pl: 'Kształcenie na poziomie średnim I stopnia (ISCED 2)',
        sv: 'Lägre sekundärutbildning (ISCED 2)',
        en: 'Lower secondary education (ISCED 2)',
      },
    },
    {
      id: 'isced-3',
      labels: {
        sl: 'Višje sekundarno izobraževanje (ISCED 3)',
        pl: 'Kształcenie na poziomie średnim II stopnia (ISCED 3)',
        sv: 'Gymnasial utbildning (ISCED 3)',
        en: 'Upper secondary education (ISCED 3)',
      },
    },
    {
      id: 'isced-4',
      labels: {
        sl: 'Posekundarno neterciarno izobraževanje (ISCED 4)',
        pl: 'Kształcenie policealne (ISCED 4)',
        sv: 'Eftergymnasial utbildning, ej högskola (ISCED 4)',
        en: 'Post-secondary non-tertiary education (ISCED 4)',
      },
    },
    {
      id: 'isced-5',
      labels: {
        sl: 'Kratko terciarno izobraževanje (ISCED 5)',
        pl: 'Krótki cykl kształcenia na poziomie wyższym (ISCED 5)',
        sv: 'Kort eftergymnasial utbildning (ISCED 5)',
        en: 'Short-cycle tertiary education (ISCED 5)',
      },
    },
    {
      id: 'isced-6',
      labels: {
        sl: 'Prva bolonjska stopnja ali enakovredno (ISCED 6)',
        pl: 'Studia pierwszego stopnia lub równoważne (ISCED 6)',
        sv: 'Kandidatnivå eller motsvarande (ISCED 6)',
        en: "Bachelor's or equivalent level (ISCED 6)",
      },
    },
    {
      id: 'isced-7',
      labels: {
        sl: 'Druga bolonjska stopnja ali enakovredno (ISCED 7)',
        pl: 'Studia drugiego stopnia lub równoważne (ISCED 7)',
        sv: 'Magister-/masternivå eller motsvarande (ISCED 7)',
        en: "Master's or equivalent level (ISCED 7)",
      },
    },
    {
      id: 'isced-8',
      labels: {
        sl: 'Doktorski študij ali enakovredno (ISCED 8)',
        pl: 'Studia doktoranckie lub równoważne (ISCED 8)',
        sv: 'Forskarnivå eller motsvarande (ISCED 8)',
        en: 'Doctoral or equivalent level (ISCED 8)',
      },
    },
    {
      id: 'adult-learning',
      labels: {
        sl: 'Izobraževanje odraslih',
        pl: 'Edukacja dorosłych',
        sv: 'Vuxenutbildning',
        en: 'Adult learning',
      },
    },
    {
      id: 'not-applicable',
      labels: { sl: 'Ni relevantno', pl: 'Nie dotyczy', sv: 'Ej tillämpligt', en: 'Not applicable' },
    },
  ],
});
