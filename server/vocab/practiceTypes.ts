// Kinds of practice: strategies, training formats, communities, self-assessment, support services, outputs.
import { defineVocabulary } from './types.js';

export const practiceTypes = defineVocabulary({
  id: 'practiceTypes',
  labels: { sl: 'Vrsta prakse', pl: 'Rodzaj praktyki', sv: 'Typ av praktik', en: 'Practice type' },
  terms: [
    {
      id: 'digital-strategy',
      labels: {
        sl: 'Digitalna strategija ali načrt',
        pl: 'Strategia lub plan cyfrowy',
        sv: 'Digital strategi eller handlingsplan',
        en: 'Digital strategy or plan',
      },
    },
    {
      id: 'training',
      labels: { sl: 'Usposabljanje', pl: 'Szkolenie', sv: 'Fortbildning', en: 'Training' },
    },
    {
      id: 'e-training',
      labels: {
        sl: 'E-usposabljanje (spletni tečaj)',
        pl: 'E-szkolenie (kurs online)',
        sv: 'E-utbildning (onlinekurs)',
        en: 'E-training (online course)',
      },
    },
    {
      id: 'learning-community',
      labels: {
        sl: 'Učeča se skupnost',
        pl: 'Społeczność ucząca się',
        sv: 'Lärgemenskap',
        en: 'Learning community',
      },
    },
    {
      id: 'self-assessment',
      labels: { sl: 'Samovrednotenje', pl: 'Samoocena', sv: 'Självvärdering', en: 'Self-assessment' },
    },
    {
      id: 'mentoring',
      labels: { sl: 'Mentorstvo', pl: 'Mentoring', sv: 'Mentorskap', en: 'Mentoring' },
    },
    {
      id: 'advisory',
      labels: {
        sl: 'Svetovanje in podpora',
        pl: 'Doradztwo i wsparcie',
        sv: 'Rådgivning och stöd',
        en: 'Advisory and support service',
      },
    },
    {
      id: 'conference',
      labels: {
        sl: 'Konferenca ali dogodek',
        pl: 'Konferencja lub wydarzenie',
        sv: 'Konferens eller evenemang',
        en: 'Conference or event',
      },
    },
    {
      id: 'handbook',
      labels: {
        sl: 'Priročnik ali vodnik',
        pl: 'Podręcznik lub poradnik',
        sv: 'Handbok eller vägledning',
        en: 'Handbook or guide',
      },
    },
    {
      id: 'tool',
      labels: { sl: 'Digitalno orodje', pl: 'Narzędzie cyfrowe', sv: 'Digitalt verktyg', en: 'Digital tool' },
    },
  ],
});
