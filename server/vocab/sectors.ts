// Sectors a practice comes from: education institutions, local and central government, providers.
import { defineVocabulary } from './types.js';

export const sectors = defineVocabulary({
  id: 'sectors',
  labels: { sl: 'Sektor', pl: 'Sektor', sv: 'Sektor', en: 'Sector' },
  terms: [
    {
      id: 'school',
      labels: { sl: 'Šola', pl: 'Szkoła', sv: 'Skola', en: 'School' },
    },
    {
      id: 'kindergarten',
      labels: {
        sl: 'Vrtec',
        pl: 'Przedszkole',
        sv: 'Förskola',
        en: 'Kindergarten (early childhood education)',
      },
    },
    {
      id: 'vet',
      labels: {
        sl: 'Poklicno in strokovno izobraževanje',
        pl: 'Kształcenie zawodowe',
        sv: 'Yrkesutbildning',
        en: 'Vocational education and training (VET)',
      },
    },
    {
      id: 'local-government',
      labels: {
        sl: 'Lokalna samouprava (občina)',
        pl: 'Samorząd terytorialny (JST: gmina, powiat)',
        sv: 'Kommun och region',
        en: 'Local government (municipality / gmina, powiat / kommun)',
      },
    },
    {
      id: 'central-administration',
      labels: {
        sl: 'Državna uprava',
        pl: 'Administracja rządowa',
        sv: 'Statlig förvaltning',
        en: 'Central government administration',
      },
    },
    {
      id: 'training-provider',
      labels: {
        sl: 'Izvajalec izobraževanja in usposabljanja',
        pl: 'Instytucja szkoleniowa',
        sv: 'Utbildningsanordnare',
        en: 'Training provider',
      },
    },
    {
      id: 'other',
      labels: { sl: 'Drugo', pl: 'Inne', sv: 'Övrigt', en: 'Other' },
    },
  ],
});
