// Evidence levels for a practice: promising, good, expert-validated.
import { defineVocabulary } from './types.js';

export const evidenceLevels = defineVocabulary({
  id: 'evidenceLevels',
  labels: { sl: 'Raven dokazov', pl: 'Poziom dowodów', sv: 'Evidensnivå', en: 'Evidence level' },
  terms: [
    {
      id: 'promising',
      labels: {
        sl: 'Obetavna praksa',
        pl: 'Obiecująca praktyka',
        sv: 'Lovande praktik',
        en: 'Promising practice',
      },
      description: {
        sl: 'Prvi znaki pozitivnih učinkov, ki še niso sistematično ovrednoteni.',
        pl: 'Wstępne oznaki pozytywnych efektów, jeszcze nieocenione systematycznie.',
        sv: 'Tidiga tecken på positiva resultat som ännu inte har utvärderats systematiskt.',
        en: 'Early indications of positive results, not yet systematically evaluated.',
      },
    },
    {
      id: 'good',
      labels: { sl: 'Dobra praksa', pl: 'Dobra praktyka', sv: 'God praktik', en: 'Good practice' },
      description: {
        sl: 'Dokazani rezultati v praksi, podprti z zbranimi podatki.',
        pl: 'Udokumentowane rezultaty w praktyce, poparte zebranymi danymi.',
        sv: 'Belagda resultat i praktiken, underbyggda med insamlade data.',
        en: 'Evidence of results in practice, backed by collected data.',
      },
    },
    {
      id: 'expert-validated',
      labels: {
        sl: 'Strokovno potrjena praksa',
        pl: 'Praktyka zweryfikowana przez ekspertów',
        sv: 'Expertgranskad praktik',
        en: 'Expert-validated practice',
      },
      description: {
        sl: 'Prakso in njene dokaze so pregledali neodvisni strokovnjaki.',
        pl: 'Praktyka i jej dowody zostały ocenione przez niezależnych ekspertów.',
        sv: 'Praktiken och dess belägg har granskats av oberoende experter.',
        en: 'The practice and its evidence have been reviewed by independent experts.',
      },
    },
  ],
});
