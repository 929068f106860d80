// A curated showcase of municipal and county digitalisation plans, as presented at the
// 2025 conference of the "Cyfrowy rozwój oświaty w JST" programme.
import type { SeedCollection } from '../types.js';

export const municipalPlansCollection: SeedCollection = {
  key: 'showcase-municipal-plans',
  organiser: 'organiser-pl',
  title: {
    pl: 'Plany cyfryzacji oświaty w samorządach – wybrane dobre praktyki',
    en: 'Municipal digitalisation plans for education – a showcase',
  },
  introduction: {
    pl: `Zestaw opisów dobrych praktyk samorządowych przedstawionych na konferencji programu „Cyfrowy rozwój oświaty w JST”. Pokazujemy drogę od diagnozy do działania: jak miasto, powiat i mała gmina wiejska przygotowały plan cyfryzacji oświaty, jak przeprowadziły audyt wyposażenia szkół i jak zorganizowały wspólne zarządzanie sprzętem.

Obok przykładów polskich prezentujemy trzy szwedzkie gminy (kommuner), które od kilku lat monitorują realizację swoich strategii, dbają o równy dostęp uczniów do urządzeń i budują kompetencje cyfrowe wszystkich uczniów. Każdy opis zawiera także to, co się nie udało – bo z tego uczymy się najwięcej.`,
    en: `A set of good-practice write-ups from local governments presented at the conference of the "Cyfrowy rozwój oświaty w JST" programme. It follows the path from diagnosis to action: how a city, a county and a small rural municipality prepared a plan for the digitalisation of their schools, audited school equipment and organised shared device management.

Alongside the Polish examples are three Swedish municipalities that have been following up their strategies for several years, securing equal access to devices and building digital competence for all pupils. Every write-up also describes what did not work – because that is where we learn most.`,
  },
  event: {
    name: 'Konferencja programu „Cyfrowy rozwój oświaty w JST” 2025',
    date: '2025-11-20',
    place: 'Warszawa',
  },
  practiceKeys: ['pl-01', 'pl-09', 'pl-02', 'pl-05', 'se-01', 'se-02', 'se-07'],
  resourceKeys: [],
};
