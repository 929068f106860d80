// Reasons a member can give when reporting (flagging) content to moderators.
import { defineVocabulary } from './types.js';

export const flagReasons = defineVocabulary({
  id: 'flagReasons',
  labels: {
    sl: 'Razlog za prijavo',
    pl: 'Powód zgłoszenia',
    sv: 'Anledning till anmälan',
    en: 'Reason for reporting',
  },
  terms: [
    {
      id: 'spam',
      labels: { sl: 'Neželena vsebina (spam)', pl: 'Spam', sv: 'Skräppost (spam)', en: 'Spam' },
    },
    {
      id: 'off-topic',
      labels: { sl: 'Ni na temo', pl: 'Nie na temat', sv: 'Utanför ämnet', en: 'Off-topic' },
    },
    {
      id: 'abusive',
      labels: {
        sl: 'Žaljiva ali nasilna vsebina',
        pl: 'Treści obraźliwe lub agresywne',
        sv: 'Kränkande eller stötande innehåll',
        en: 'Abusive or offensive',
      },
    },
    {
      id: 'personal-data',
      labels: {
        sl: 'Vsebuje osebne podatke',
        pl: 'Zawiera dane osobowe',
        sv: 'Innehåller personuppgifter',
        en: 'Contains personal data',
      },
    },
    {
      id: 'copyright',
      labels: {
        sl: 'Kršitev avtorskih pravic',
        pl: 'Naruszenie praw autorskich',
        sv: 'Upphovsrättsintrång',
        en: 'Copyright infringement',
      },
    },
    {
      id: 'misinformation',
      labels: {
        sl: 'Napačne ali zavajajoče informacije',
        pl: 'Nieprawdziwe lub wprowadzające w błąd informacje',
        sv: 'Felaktig eller vilseledande information',
        en: 'False or misleading information',
      },
    },
    {
      id: 'other',
      labels: { sl: 'Drugo', pl: 'Inne', sv: 'Övrigt', en: 'Other' },
    },
  ],
});
