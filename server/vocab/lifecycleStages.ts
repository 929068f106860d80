// Lifecycle stages of a practice, from identifying the need to diffusing it to others.
import { defineVocabulary } from './types.js';

export const lifecycleStages = defineVocabulary({
  id: 'lifecycleStages',
  labels: {
    sl: 'Faza življenjskega cikla',
    pl: 'Etap cyklu życia',
    sv: 'Fas i livscykeln',
    en: 'Lifecycle stage',
  },
  terms: [
    {
      id: 'identify',
      labels: {
        sl: 'Prepoznavanje potreb',
        pl: 'Rozpoznanie potrzeb',
        sv: 'Identifiering av behov',
        en: 'Identifying needs',
      },
      description: {
        sl: 'Izziv ali potreba je prepoznana in opisana.',
        pl: 'Wyzwanie lub potrzeba zostały rozpoznane i opisane.',
        sv: 'Utmaningen eller behovet har identifierats och beskrivits.',
        en: 'The challenge or need has been identified and described.',
      },
    },
    {
      id: 'ideas',
      labels: {
        sl: 'Oblikovanje idej',
        pl: 'Generowanie pomysłów',
        sv: 'Idéutveckling',
        en: 'Generating ideas',
      },
      description: {
        sl: 'Zbiranje in izbiranje možnih rešitev.',
        pl: 'Zbieranie i wybór możliwych rozwiązań.',
        sv: 'Möjliga lösningar samlas in och väljs ut.',
        en: 'Possible solutions are being gathered and selected.',
      },
    },
    {
      id: 'develop',
      labels: { sl: 'Razvoj', pl: 'Opracowanie', sv: 'Utveckling', en: 'Developing' },
      description: {
        sl: 'Rešitev se razvija ali preizkuša v manjšem obsegu.',
        pl: 'Rozwiązanie jest opracowywane lub pilotowane na małą skalę.',
        sv: 'Lösningen utvecklas eller prövas i liten skala.',
        en: 'The solution is being developed or piloted on a small scale.',
      },
    },
    {
      id: 'implement',
      labels: { sl: 'Izvajanje', pl: 'Wdrażanie', sv: 'Genomförande', en: 'Implementing' },
      description: {
        sl: 'Praksa se izvaja v vsakdanjem delu.',
        pl: 'Praktyka jest stosowana w codziennej pracy.',
        sv: 'Praktiken används i det dagliga arbetet.',
        en: 'The practice is in use in everyday work.',
      },
    },
    {
      id: 'evaluate',
      labels: { sl: 'Evalvacija', pl: 'Ewaluacja', sv: 'Utvärdering', en: 'Evaluating' },
      description: {
        sl: 'Učinki prakse se sistematično vrednotijo.',
        pl: 'Efekty praktyki są systematycznie oceniane.',
        sv: 'Praktikens resultat utvärderas systematiskt.',
        en: 'The results of the practice are being systematically evaluated.',
      },
    },
    {
      id: 'diffuse',
      labels: {
        sl: 'Širjenje in prenos',
        pl: 'Upowszechnianie',
        sv: 'Spridning',
        en: 'Diffusing and scaling',
      },
      description: {
        sl: 'Praksa se širi in jo prevzemajo druge organizacije.',
        pl: 'Praktyka jest upowszechniana i przejmowana przez inne organizacje.',
        sv: 'Praktiken sprids och tas upp av andra organisationer.',
        en: 'The practice is being spread to and adopted by other organisations.',
      },
    },
  ],
});
