// How people join a community.
import { defineVocabulary } from './types.js';

export const joinPolicies = defineVocabulary({
  id: 'joinPolicies',
  labels: {
    sl: 'Način včlanitve',
    pl: 'Zasady dołączania',
    sv: 'Villkor för medlemskap',
    en: 'Joining policy',
  },
  terms: [
    {
      id: 'open',
      labels: { sl: 'Odprta', pl: 'Otwarta', sv: 'Öppen', en: 'Open' },
      description: {
        sl: 'Pridruži se lahko vsak prijavljeni uporabnik.',
        pl: 'Dołączyć może każdy zalogowany użytkownik.',
        sv: 'Alla inloggade användare kan gå med.',
        en: 'Any signed-in user can join.',
      },
    },
    {
      id: 'request',
      labels: { sl: 'Na prošnjo', pl: 'Na wniosek', sv: 'Efter ansökan', en: 'By request' },
      description: {
        sl: 'Prošnjo za včlanitev odobri moderator.',
        pl: 'Prośbę o dołączenie zatwierdza moderator.',
        sv: 'En moderator godkänner ansökan om medlemskap.',
        en: 'A moderator approves each request to join.',
      },
    },
    {
      id: 'invite',
      labels: {
        sl: 'Samo s povabilom',
        pl: 'Tylko na zaproszenie',
        sv: 'Endast via inbjudan',
        en: 'Invitation only',
      },
      description: {
        sl: 'Člani se lahko pridružijo le na povabilo.',
        pl: 'Dołączyć można wyłącznie na zaproszenie.',
        sv: 'Man kan endast gå med efter inbjudan.',
        en: 'People can join only when invited.',
      },
    },
  ],
});
