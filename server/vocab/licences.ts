// Licences for practice records and attachments: Creative Commons 4.0, CC0, public domain, all rights reserved.
import { defineVocabulary } from './types.js';

export const licences = defineVocabulary({
  id: 'licences',
  labels: { sl: 'Licenca', pl: 'Licencja', sv: 'Licens', en: 'Licence' },
  terms: [
    {
      id: 'cc-by-4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      labels: {
        sl: 'CC BY 4.0 (Priznanje avtorstva)',
        pl: 'CC BY 4.0 (Uznanie autorstwa)',
        sv: 'CC BY 4.0 (Erkännande)',
        en: 'CC BY 4.0 (Attribution)',
      },
    },
    {
      id: 'cc-by-sa-4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
      labels: {
        sl: 'CC BY-SA 4.0 (Priznanje avtorstva-Deljenje pod enakimi pogoji)',
        pl: 'CC BY-SA 4.0 (Uznanie autorstwa-Na tych samych warunkach)',
        sv: 'CC BY-SA 4.0 (Erkännande-DelaLika)',
        en: 'CC BY-SA 4.0 (Attribution-ShareAlike)',
      },
    },
    {
      id: 'cc-by-nd-4.0',
      url: 'https://creativecommons.org/licenses/by-nd/4.0/',
      labels: {
        sl: 'CC BY-ND 4.0 (Priznanje avtorstva-Brez predelav)',
        pl: 'CC BY-ND 4.0 (Uznanie autorstwa-Bez utworów zależnych)',
        sv: 'CC BY-ND 4.0 (Erkännande-IngaBearbetningar)',
        en: 'CC BY-ND 4.0 (Attribution-NoDerivatives)',
      },
    },
    {
      id: 'cc-by-nc-4.0',
      url: 'https://creativecommons.org/licenses/by-nc/4.0/',
      labels: {
        sl: 'CC BY-NC 4.0 (Priznanje avtorstva-Nekomercialno)',
        pl: 'CC BY-NC 4.0 (Uznanie autorstwa-Użycie niekomercyjne)',
        sv: 'CC BY-NC 4.0 (Erkännande-IckeKommersiell)',
        en: 'CC BY-NC 4.0 (Attribution-NonCommercial)',
      },
    },
    {
      id: 'cc-by-nc-sa-4.0',
      url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
      labels: {
        sl: 'CC BY-NC-SA 4.0 (Priznanje avtorstva-Nekomercialno-Deljenje pod enakimi pogoji)',
        pl: 'CC BY-NC-SA 4.0 (Uznanie autorstwa-Użycie niekomercyjne-Na tych samych warunkach)',
        sv: 'CC BY-NC-SA 4.0 (Erkännande-IckeKommersiell-DelaLika)',
        en: 'CC BY-NC-SA 4.0 (Attribution-NonCommercial-ShareAlike)',
      },
    },
    {
      id: 'cc-by-nc-nd-4.0',
      url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
      labels: {
        sl: 'CC BY-NC-ND 4.0 (Priznanje avtorstva-Nekomercialno-Brez predelav)',
        pl: 'CC BY-NC-ND 4.0 (Uznanie autorstwa-Użycie niekomercyjne-Bez utworów zależnych)',
        sv: 'CC BY-NC-ND 4.0 (Erkännande-IckeKommersiell-IngaBearbetningar)',
        en: 'CC BY-NC-ND 4.0 (Attribution-NonCommercial-NoDerivatives)',
      },
    },
    {
      id: 'cc0-1.0',
      url: 'https://creativecommons.org/publicdomain/zero/1.0/',
      labels: {
        sl: 'CC0 1.0 (Predaja v javno domeno)',
        pl: 'CC0 1.0 (Przekazanie do domeny publicznej)',
        sv: 'CC0 1.0 (Överlåtelse till allmän egendom)',
        en: 'CC0 1.0 (Public domain dedication)',
      },
    },
    {
      id: 'public-domain',
      url: 'https://creativecommons.org/publicdomain/mark/1.0/',
      labels: {
        sl: 'Javna domena',
        pl: 'Domena publiczna',
        sv: 'Allmän egendom (public domain)',
        en: 'Public domain',
      },
    },
    {
      id: 'all-rights-reserved',
      labels: {
        sl: 'Vse pravice pridržane',
        pl: 'Wszelkie prawa zastrzeżone',
        sv: 'Alla rättigheter förbehållna',
        en: 'All rights reserved',
      },
    },
  ],
});
