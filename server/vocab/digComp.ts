// DigComp 2.2: the 21 citizen competences (1.1–5.4), each linked to its area in `digCompAreas`.
import { defineVocabulary } from './types.js';

export const digComp = defineVocabulary({
  id: 'digComp',
  labels: {
    sl: 'Kompetence DigComp 2.2',
    pl: 'Kompetencje DigComp 2.2',
    sv: 'DigComp 2.2-kompetenser',
    en: 'DigComp 2.2 competences',
  },
  terms: [
    {
      id: '1.1',
      area: '1',
      labels: {
        sl: 'Brskanje po spletu, iskanje in filtriranje podatkov, informacij ter digitalnih vsebin',
        pl: 'Przeglądanie, wyszukiwanie i filtrowanie danych, informacji i treści cyfrowych',
        sv: 'Söka, filtrera och bläddra i data, information och digitalt innehåll',
        en: 'Browsing, searching and filtering data, information and digital content',
      },
    },
    {
      id: '1.2',
      area: '1',
      labels: {
        sl: 'Vrednotenje podatkov, informacij in digitalnih vsebin',
        pl: 'Ocena danych, informacji i treści cyfrowych',
        sv: 'Utvärdera data, information och digitalt innehåll',
        en: 'Evaluating data, information and digital content',
      },
    },
    {
      id: '1.3',
      area: '1',
      labels: {
        sl: 'Upravljanje podatkov, informacij in digitalnih vsebin',
        pl: 'Zarządzanie danymi, informacjami i treściami cyfrowymi',
        sv: 'Hantera data, information och digitalt innehåll',
        en: 'Managing data, information and digital content',
      },
    },
    {
      id: '2.1',
      area: '2',
      labels: {
        sl: 'Interakcija prek digitalnih tehnologij',
        pl: 'Interakcje za pomocą technologii cyfrowych',
        sv: 'Interagera genom digitala teknologier',
        en: 'Interacting through digital technologies',
      },
    },
    {
      id: '2.2',
      area: '2',
      labels: {
        sl: 'Izmenjava informacij in vsebin prek digitalnih tehnologij',
        pl: 'Udostępnianie za pomocą technologii cyfrowych',
        sv: 'Dela genom digitala teknologier',
        en: 'Sharing through digital technologies',
      },
    },
    {
      id: '2.3',
      area: '2',
      labels: {
        sl: 'Državljansko udejstvovanje prek digitalnih tehnologij',
        pl: 'Aktywność obywatelska z wykorzystaniem technologii cyfrowych',
        sv: 'Engagera medborgarskap genom digitala teknologier',
        en: 'Engaging in citizenship through digital technologies',
      },
    },
    {
      id: '2.4',
      area: '2',
      labels: {
        sl: 'Sodelovanje prek digitalnih tehnologij',
        pl: 'Współpraca za pomocą technologii cyfrowych',
        sv: 'Samarbeta genom digitala teknologier',
        en: 'Collaborating through digital technologies',
      },
    },
    {
      id: '2.5',
      area: '2',
      labels: { sl: 'Spletni bonton', pl: 'Netykieta', sv: 'Nätetikett', en: 'Netiquette' },
    },
    {
      id: '2.6',
      area: '2',
      labels: {
        sl: 'Upravljanje digitalne identitete',
        pl: 'Zarządzanie tożsamością cyfrową',
        sv: 'Hantera digital identitet',
        en: 'Managing digital identity',
      },
    },
    {
      id: '3.1',
      area: '3',
      labels: {
        sl: 'Razvoj digitalnih vsebin',
        pl: 'Opracowywanie treści cyfrowych',
        sv: 'Utveckla digitalt innehåll',
        en: 'Developing digital content',
      },
    },
    {
      id: '3.2',
      area: '3',
      labels: {
        sl: 'Integracija in ponovna izdelava digitalnih vsebin',
        pl: 'Integrowanie i przetwarzanie treści cyfrowych',
        sv: 'Integrera och omformulera digitalt innehåll',
        en: 'Integrating and re-elaborating digital content',
      },
    },
    {
      id: '3.3',
      area: '3',
      labels: {
        sl: 'Avtorske pravice in licence',
        pl: 'Prawa autorskie i licencje',
        sv: 'Upphovsrätt och licenser',
        en: 'Copyright and licences',
      },
    },
    {
      id: '3.4',
      area: '3',
      labels: { sl: 'Programiranje', pl: 'Programowanie', sv: 'Programmering', en: 'Programming' },
    },
    {
      id: '4.1',
      area: '4',
      labels: { sl: 'Zaščita naprav', pl: 'Ochrona urządzeń', sv: 'Skydda enheter', en: 'Protecting devices' },
    },
    {
      id: '4.2',
      area: '4',
      labels: {
        sl: 'Varovanje osebnih podatkov in zasebnosti',
        pl: 'Ochrona danych osobowych i prywatności',
        sv: 'Skydda personuppgifter och privatliv',
        en: 'Protecting personal data and privacy',
      },
    },
    {
      id: '4.3',
      area: '4',
      labels: {
        sl: 'Varovanje zdravja in dobrega počutja',
        pl: 'Ochrona zdrowia i dobrostanu',
        sv: 'Skydda hälsa och välbefinnande',
        en: 'Protecting health and well-being',
      },
    },
    {
      id: '4.4',
      area: '4',
      labels: {
        sl: 'Varovanje okolja',
        pl: 'Ochrona środowiska',
        sv: 'Skydda miljön',
        en: 'Protecting the environment',
      },
    },
    {
      id: '5.1',
      area: '5',
      labels: {
        sl: 'Reševanje tehničnih težav',
        pl: 'Rozwiązywanie problemów technicznych',
        sv: 'Lösa tekniska problem',
        en: 'Solving technical problems',
      },
    },
    {
      id: '5.2',
      area: '5',
      labels: {
        sl: 'Prepoznavanje potreb in tehnoloških odzivov',
        pl: 'Identyfikowanie potrzeb i odpowiedzi technologicznych',
        sv: 'Identifiera behov och teknologiska svar',
        en: 'Identifying needs and technological responses',
      },
    },
    {
      id: '5.3',
      area: '5',
      labels: {
        sl: 'Kreativna uporaba digitalnih tehnologij',
        pl: 'Kreatywne wykorzystanie technologii cyfrowych',
        sv: 'Kreativt använda digital teknik',
        en: 'Creatively using digital technologies',
      },
    },
    {
      id: '5.4',
      area: '5',
      labels: {
        sl: 'Prepoznavanje vrzeli na področju digitalnih kompetenc',
        pl: 'Identyfikowanie luk w kompetencjach cyfrowych',
        sv: 'Identifiera digitala kompetensluckor',
        en: 'Identifying digital competence gaps',
      },
    },
  ],
});
