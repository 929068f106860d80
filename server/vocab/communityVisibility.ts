// Who can see a community's content.
import { defineVocabulary } from './types.js';

export const communityVisibility = defineVocabulary({
  id: 'communityVisibility',
  labels: {
    sl: 'Vidnost skupnosti',
    pl: 'Widoczność społeczności',
    sv: 'Gemenskapens synlighet',
    en: 'Community visibility',
  },
  terms: [
    {
      id: 'public',
      labels: { sl: 'Javna', pl: 'Publiczna', sv: 'Offentlig', en: 'Public' },
      description: {
        sl: 'Vsebine skupnosti lahko vidi vsak.',
        pl: 'Treści społeczności są widoczne dla wszystkich.',
        sv: 'Alla kan se gemenskapens innehåll.',
        en: "Anyone can see the community's content.",
      },
    },
    {
      id: 'members-only',
      labels: {
        sl: 'Samo za člane',
        pl: 'Tylko dla członków',
        sv: 'Endast för medlemmar',
        en: 'Members only',
      },
      description: {
        sl: 'Vsebine skupnosti vidijo samo njeni člani.',
        pl: 'Treści społeczności widzą tylko jej członkowie.',
        sv: 'Endast medlemmar kan se gemenskapens innehåll.',
        en: "Only members can see the community's content.",
      },
    },
  ],
});
