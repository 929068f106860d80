// Swedish texts of the page shell, navigation and error pages.
import type { AreaMessages } from '../en.js';
import type { enCore } from '../en/core.js';

export const svCore: AreaMessages<typeof enCore> = {
  'site.name': 'Praxis',
  'site.tagline': 'Beprövade arbetssätt för digital kompetens i skolor, kommuner och offentlig förvaltning',
  'nav.practices': 'Praktiker',
  'nav.resources': 'Material',
  'nav.collections': 'Samlingar',
  'nav.communities': 'Nätverk',
  'nav.search': 'Sök',
  'nav.signIn': 'Logga in',
  'nav.register': 'Skapa konto',
  'nav.signOut': 'Logga ut',
  'nav.myPractices': 'Mina praktiker',
  'nav.review': 'Granskning',
  'nav.moderation': 'Moderering',
  'nav.outbox': 'Utkorg',
  'nav.skipToContent': 'Hoppa till innehållet',
  'nav.language': 'Språk',
  'nav.main': 'Huvudnavigering',
  'nav.accountMenu': 'Meny för ditt konto',
  'footer.about': 'Praxis är öppen källkod. Innehållet licensieras per post, som standard CC BY 4.0.',
  'error.notFound.title': 'Sidan hittades inte',
  'error.notFound.body': 'Vi hittade inte sidan. Den kan ha flyttats, eller så saknar du behörighet.',
  'error.generic.title': 'Något gick fel',
  'error.generic.body': 'Försök igen om en stund.',
  'error.unavailable.title': 'Databasen går inte att nå just nu',
  'error.unavailable.body': 'Praxis kan inte nå sin databas just nu. Försök igen om en liten stund.',
  'error.backHome': 'Tillbaka till startsidan',
};
