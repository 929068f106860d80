// DigCompEdu: the 22 educator competences (1.1–6.5), each linked to its area in `digCompEduAreas`.
import { defineVocabulary } from './types.js';

export const digCompEdu = defineVocabulary({
  id: 'digCompEdu',
  labels: {
    sl: 'Kompetence DigCompEdu',
    pl: 'Kompetencje DigCompEdu',
    sv: 'DigCompEdu-kompetenser',
    en: 'DigCompEdu competences',
  },
  terms: [
    {
      id: '1.1',
      area: '1',
      labels: {
        sl: 'Organizacijsko komuniciranje',
        pl: 'Komunikacja w organizacji',
        sv: 'Organisatorisk kommunikation',
        en: 'Organisational communication',
      },
    },
    {
      id: '1.2',
      area: '1',
      labels: {
        sl: 'Strokovno sodelovanje',
        pl: 'Współpraca zawodowa',
        sv: 'Professionellt samarbete',
        en: 'Professional collaboration',
      },
    },
    {
      id: '1.3',
      area: '1',
      labels: {
        sl: 'Refleksivna praksa',
        pl: 'Praktyka refleksyjna',
        sv: 'Reflekterande praktik',
        en: 'Reflective practice',
      },
    },
    {
      id: '1.4',
      area: '1',
      labels: {
        sl: 'Digitalni nenehni strokovni razvoj',
        pl: 'Cyfrowy ciągły rozwój zawodowy',
        sv: 'Digital kontinuerlig professionell utveckling',
        en: 'Digital continuous professional development',
      },
    },
    {
      id: '2.1',
      area: '2',
      labels: {
        sl: 'Izbiranje digitalnih virov',
        pl: 'Wybór zasobów cyfrowych',
        sv: 'Välja digitala resurser',
        en: 'Selecting digital resources',
      },
    },
    {
      id: '2.2',
      area: '2',
      labels: {
        sl: 'Ustvarjanje in prilagajanje digitalnih virov',
        pl: 'Tworzenie i modyfikowanie zasobów cyfrowych',
        sv: 'Skapa och modifiera digitala resurser',
        en: 'Creating and modifying digital resources',
      },
    },
    {
      id: '2.3',
      area: '2',
      labels: {
        sl: 'Upravljanje, zaščita in deljenje digitalnih virov',
        pl: 'Zarządzanie zasobami cyfrowymi, ich ochrona i udostępnianie',
        sv: 'Hantera, skydda och dela digitala resurser',
        en: 'Managing, protecting and sharing digital resources',
      },
    },
    {
      id: '3.1',
      area: '3',
      labels: { sl: 'Poučevanje', pl: 'Nauczanie', sv: 'Undervisning', en: 'Teaching' },
    },
    {
      id: '3.2',
      area: '3',
      labels: { sl: 'Usmerjanje', pl: 'Ukierunkowywanie i wsparcie', sv: 'Vägledning', en: 'Guidance' },
    },
    {
      id: '3.3',
      area: '3',
      labels: {
        sl: 'Sodelovalno učenje',
        pl: 'Uczenie się we współpracy',
        sv: 'Kollaborativt lärande',
        en: 'Collaborative learning',
      },
    },
    {
      id: '3.4',
      area: '3',
      labels: {
        sl: 'Samoregulacijsko učenje',
        pl: 'Samoregulacja w uczeniu się',
        sv: 'Självreglerat lärande',
        en: 'Self-regulated learning',
      },
    },
    {
      id: '4.1',
      area: '4',
      labels: {
        sl: 'Strategije vrednotenja',
        pl: 'Strategie oceniania',
        sv: 'Bedömningsstrategier',
        en: 'Assessment strategies',
      },
    },
    {
      id: '4.2',
      area: '4',
      labels: { sl: 'Analiza dokazov', pl: 'Analiza dowodów', sv: 'Analysera belägg', en: 'Analysing evidence' },
    },
    {
      id: '4.3',
      area: '4',
      labels: {
        sl: 'Povratna informacija in načrtovanje',
        pl: 'Informacja zwrotna i planowanie',
        sv: 'Återkoppling och planering',
        en: 'Feedback and planning',
      },
    },
    {
      id: '5.1',
      area: '5',
      labels: {
        sl: 'Dostopnost in vključenost',
        pl: 'Dostępność i włączanie',
        sv: 'Tillgänglighet och inkludering',
        en: 'Accessibility and inclusion',
      },
    },
    {
      id: '5.2',
      area: '5',
      labels: {
        sl: 'Diferenciacija in personalizacija',
        pl: 'Różnicowanie i personalizacja',
        sv: 'Differentiering och individanpassning',
        en: 'Differentiation and personalisation',
      },
    },
    {
      id: '5.3',
      area: '5',
      labels: {
        sl: 'Aktivno vključevanje učečih se',
        pl: 'Aktywne angażowanie uczących się',
        sv: 'Aktivt engagera de lärande',
        en: 'Actively engaging learners',
      },
    },
    {
      id: '6.1',
      area: '6',
      labels: {
        sl: 'Informacijska in medijska pismenost',
        pl: 'Kompetencje informacyjne i medialne',
        sv: 'Informations- och mediekunnighet',
        en: 'Information and media literacy',
      },
    },
    {
      id: '6.2',
      area: '6',
      labels: {
        sl: 'Digitalno komuniciranje in sodelovanje',
        pl: 'Komunikacja i współpraca cyfrowa',
        sv: 'Digital kommunikation och samarbete',
        en: 'Digital communication and collaboration',
      },
    },
    {
      id: '6.3',
      area: '6',
      labels: {
        sl: 'Ustvarjanje digitalnih vsebin',
        pl: 'Tworzenie treści cyfrowych',
        sv: 'Skapande av digitalt innehåll',
        en: 'Digital content creation',
      },
    },
    {
      id: '6.4',
      area: '6',
      labels: {
        sl: 'Odgovorna raba',
        pl: 'Odpowiedzialne korzystanie',
        sv: 'Ansvarsfull användning',
        en: 'Responsible use',
      },
    },
    {
      id: '6.5',
      area: '6',
      labels: {
        sl: 'Digitalno reševanje problemov',
        pl: 'Rozwiązywanie problemów cyfrowych',
        sv: 'Digital problemlösning',
        en: 'Digital problem solving',
      },
    },
  ],
});
