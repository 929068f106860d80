// Types of organisation that own (lead) a practice, with the national forms of local and regional government.
import { defineVocabulary } from './types.js';

export const ownerTypes = defineVocabulary({
  id: 'ownerTypes',
  labels: {
    sl: 'Vrsta organizacije nosilke',
    pl: 'Typ organizacji odpowiedzialnej',
    sv: 'Typ av ansvarig organisation',
    en: 'Owner organisation type',
  },
  terms: [
    {
      id: 'school',
      labels: { sl: 'Šola', pl: 'Szkoła', sv: 'Skola', en: 'School' },
    },
    {
      id: 'kindergarten',
      labels: { sl: 'Vrtec', pl: 'Przedszkole', sv: 'Förskola', en: 'Kindergarten' },
    },
    {
      id: 'vet-school',
      labels: {
        sl: 'Poklicna ali strokovna šola',
        pl: 'Szkoła zawodowa (technikum, szkoła branżowa)',
        sv: 'Yrkesskola',
        en: 'Vocational school',
      },
    },
    {
      id: 'municipality',
      labels: {
        sl: 'Občina',
        pl: 'Gmina',
        sv: 'Kommun',
        en: 'Municipality (občina / gmina / kommun)',
      },
    },
    {
      id: 'county-region',
      labels: {
        sl: 'Regija',
        pl: 'Powiat lub województwo',
        sv: 'Region',
        en: 'County or region (powiat, województwo / region)',
      },
    },
    {
      id: 'ministry-agency',
      labels: {
        sl: 'Ministrstvo ali državni organ',
        pl: 'Ministerstwo lub urząd centralny',
        sv: 'Departement eller statlig myndighet',
        en: 'Ministry or government agency',
      },
    },
    {
      id: 'public-institute',
      labels: {
        sl: 'Javni zavod',
        pl: 'Instytucja publiczna (np. placówka doskonalenia nauczycieli)',
        sv: 'Offentlig institution',
        en: 'Public institute (e.g. education institute, teacher-training centre)',
      },
    },
    {
      id: 'university',
      labels: {
        sl: 'Univerza ali visokošolski zavod',
        pl: 'Uczelnia',
        sv: 'Universitet eller högskola',
        en: 'University or higher education institution',
      },
    },
    {
      id: 'ngo',
      labels: {
        sl: 'Nevladna organizacija',
        pl: 'Organizacja pozarządowa',
        sv: 'Ideell organisation',
        en: 'Non-governmental organisation (NGO)',
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
