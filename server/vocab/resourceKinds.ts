// Kinds of resource attached to a practice.
import { defineVocabulary } from './types.js';

export const resourceKinds = defineVocabulary({
  id: 'resourceKinds',
  labels: { sl: 'Vrsta gradiva', pl: 'Rodzaj zasobu', sv: 'Typ av resurs', en: 'Resource type' },
  terms: [
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
      id: 'training-material',
      labels: {
        sl: 'Gradivo za usposabljanje',
        pl: 'Materiały szkoleniowe',
        sv: 'Utbildningsmaterial',
        en: 'Training material',
      },
    },
    {
      id: 'e-training',
      labels: {
        sl: 'E-usposabljanje',
        pl: 'E-szkolenie',
        sv: 'E-utbildning',
        en: 'E-training course',
      },
    },
    {
      id: 'self-assessment-guide',
      labels: {
        sl: 'Vodnik za samovrednotenje',
        pl: 'Przewodnik do samooceny',
        sv: 'Vägledning för självvärdering',
        en: 'Self-assessment guide',
      },
    },
    {
      id: 'tool',
      labels: { sl: 'Orodje', pl: 'Narzędzie', sv: 'Verktyg', en: 'Tool' },
    },
    {
      id: 'link',
      labels: { sl: 'Povezava', pl: 'Odnośnik', sv: 'Länk', en: 'Link' },
    },
    {
      id: 'other',
      labels: { sl: 'Drugo', pl: 'Inne', sv: 'Övrigt', en: 'Other' },
    },
  ],
});
