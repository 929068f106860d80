// Target groups a practice is designed for.
import { defineVocabulary } from './types.js';

export const targetGroups = defineVocabulary({
  id: 'targetGroups',
  labels: { sl: 'Ciljne skupine', pl: 'Grupy docelowe', sv: 'Målgrupper', en: 'Target groups' },
  terms: [
    {
      id: 'teachers',
      labels: { sl: 'Učitelji', pl: 'Nauczyciele', sv: 'Lärare', en: 'Teachers' },
    },
    {
      id: 'school-leaders',
      labels: {
        sl: 'Ravnatelji in vodstva šol',
        pl: 'Dyrektorzy szkół i kadra kierownicza',
        sv: 'Skolledare',
        en: 'School leaders',
      },
    },
    {
      id: 'pupils',
      labels: { sl: 'Učenci in dijaki', pl: 'Uczniowie', sv: 'Elever', en: 'Pupils and students' },
    },
    {
      id: 'parents',
      labels: {
        sl: 'Starši in skrbniki',
        pl: 'Rodzice i opiekunowie',
        sv: 'Föräldrar och vårdnadshavare',
        en: 'Parents and guardians',
      },
    },
    {
      id: 'local-government-staff',
      labels: {
        sl: 'Zaposleni v občinskih upravah',
        pl: 'Pracownicy samorządu terytorialnego',
        sv: 'Anställda i kommuner och regioner',
        en: 'Local government staff',
      },
    },
    {
      id: 'civil-servants',
      labels: {
        sl: 'Javni uslužbenci v državni upravi',
        pl: 'Pracownicy administracji rządowej',
        sv: 'Statligt anställda',
        en: 'Civil servants (central administration)',
      },
    },
    {
      id: 'ict-coordinators',
      labels: {
        sl: 'Koordinatorji IKT in računalnikarji',
        pl: 'Koordynatorzy TIK',
        sv: 'IT-samordnare',
        en: 'ICT coordinators',
      },
    },
    {
      id: 'librarians',
      labels: { sl: 'Knjižničarji', pl: 'Bibliotekarze', sv: 'Bibliotekarier', en: 'Librarians' },
    },
    {
      id: 'trainers',
      labels: {
        sl: 'Izobraževalci in izvajalci usposabljanj',
        pl: 'Trenerzy i edukatorzy',
        sv: 'Utbildare och fortbildare',
        en: 'Trainers and teacher educators',
      },
    },
    {
      id: 'policy-makers',
      labels: {
        sl: 'Oblikovalci politik',
        pl: 'Decydenci',
        sv: 'Beslutsfattare',
        en: 'Policy makers',
      },
    },
    {
      id: 'general-public',
      labels: { sl: 'Širša javnost', pl: 'Ogół społeczeństwa', sv: 'Allmänheten', en: 'General public' },
    },
  ],
});
