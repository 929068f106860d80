// SELFIE (European Commission school self-reflection tool): the eight areas A–H.
import { defineVocabulary } from './types.js';

export const selfieAreas = defineVocabulary({
  id: 'selfieAreas',
  labels: { sl: 'Področja SELFIE', pl: 'Obszary SELFIE', sv: 'SELFIE-områden', en: 'SELFIE areas' },
  terms: [
    {
      id: 'leadership',
      labels: { sl: 'Vodenje', pl: 'Przywództwo', sv: 'Ledarskap', en: 'Leadership' },
    },
    {
      id: 'collaboration-networking',
      labels: {
        sl: 'Sodelovanje in mreženje',
        pl: 'Współpraca i tworzenie sieci',
        sv: 'Samarbete och nätverk',
        en: 'Collaboration and networking',
      },
    },
    {
      id: 'infrastructure-equipment',
      labels: {
        sl: 'Infrastruktura in oprema',
        pl: 'Infrastruktura i sprzęt',
        sv: 'Infrastruktur och utrustning',
        en: 'Infrastructure and equipment',
      },
    },
    {
      id: 'continuing-professional-development',
      labels: {
        sl: 'Nenehni strokovni razvoj',
        pl: 'Ciągły rozwój zawodowy',
        sv: 'Kontinuerlig kompetensutveckling',
        en: 'Continuing professional development',
      },
    },
    {
      id: 'pedagogy-supports-resources',
      labels: {
        sl: 'Pedagogika: podpora in viri',
        pl: 'Pedagogika: wsparcie i zasoby',
        sv: 'Pedagogik: stöd och resurser',
        en: 'Pedagogy: supports and resources',
      },
    },
    {
      id: 'pedagogy-implementation',
      labels: {
        sl: 'Pedagogika: izvajanje v razredu',
        pl: 'Pedagogika: wdrażanie w klasie',
        sv: 'Pedagogik: genomförande i klassrummet',
        en: 'Pedagogy: implementation in the classroom',
      },
    },
    {
      id: 'assessment-practices',
      labels: {
        sl: 'Prakse vrednotenja',
        pl: 'Praktyki w zakresie oceniania',
        sv: 'Bedömningsmetoder',
        en: 'Assessment practices',
      },
    },
    {
      id: 'student-digital-competence',
      labels: {
        sl: 'Digitalne kompetence učencev',
        pl: 'Kompetencje cyfrowe uczniów',
        sv: 'Elevernas digitala kompetens',
        en: 'Student digital competence',
      },
    },
  ],
});
