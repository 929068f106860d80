// Polish texts of the page shell, navigation and error pages.
import type { AreaMessages } from '../en.js';
import type { enCore } from '../en/core.js';

export const plCore: AreaMessages<typeof enCore> = {
  'site.name': 'Praxis',
  'site.tagline': 'Sprawdzone praktyki rozwijania kompetencji cyfrowych w szkołach, samorządach i administracji publicznej',
  'nav.practices': 'Praktyki',
  'nav.resources': 'Materiały',
  'nav.collections': 'Kolekcje',
  'nav.communities': 'Społeczności',
  'nav.search': 'Szukaj',
  'nav.signIn': 'Zaloguj się',
  'nav.register': 'Załóż konto',
  'nav.signOut': 'Wyloguj się',
  'nav.myPractices': 'Moje praktyki',
  'nav.review': 'Do recenzji',
  'nav.moderation': 'Moderacja',
  'nav.outbox': 'Skrzynka nadawcza',
  'nav.skipToContent': 'Przejdź do treści',
  'nav.language': 'Język',
  'nav.main': 'Nawigacja główna',
  'nav.accountMenu': 'Menu Twojego konta',
  'footer.about': 'Praxis jest otwartoźródłowy. Każdy wpis ma własną licencję, domyślnie CC BY 4.0.',
  'error.notFound.title': 'Nie znaleziono strony',
  'error.notFound.body': 'Nie udało się znaleźć tej strony. Mogła zostać przeniesiona albo nie masz do niej dostępu.',
  'error.generic.title': 'Coś poszło nie tak',
  'error.generic.body': 'Spróbuj ponownie za chwilę.',
  'error.unavailable.title': 'Baza danych jest chwilowo niedostępna',
  'error.unavailable.body': 'Praxis nie może teraz połączyć się ze swoją bazą danych. Spróbuj ponownie za kilka chwil.',
  'error.backHome': 'Wróć na stronę główną',
};
