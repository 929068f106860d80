// Slovenian texts of the page shell, navigation and error pages.
import type { AreaMessages } from '../en.js';
import type { enCore } from '../en/core.js';

export const slCore: AreaMessages<typeof enCore> = {
  'site.name': 'Praxis',
  'site.tagline': 'Preizkušene prakse za digitalne kompetence v šolah, občinah in javni upravi',
  'nav.practices': 'Prakse',
  'nav.resources': 'Gradiva',
  'nav.collections': 'Zbirke',
  'nav.communities': 'Skupnosti',
  'nav.search': 'Iskanje',
  'nav.signIn': 'Prijava',
  'nav.register': 'Registracija',
  'nav.signOut': 'Odjava',
  'nav.myPractices': 'Moje prakse',
  'nav.review': 'Pregledovanje',
  'nav.moderation': 'Moderiranje',
  'nav.outbox': 'Odhodna pošta',
  'nav.skipToContent': 'Preskoči na vsebino',
  'nav.language': 'Jezik',
  'nav.main': 'Glavna navigacija',
  'nav.accountMenu': 'Meni vašega računa',
  'footer.about': 'Praxis je odprtokoden. Vsebine so licencirane posamično, privzeto CC BY 4.0.',
  'error.notFound.title': 'Strani ni mogoče najti',
  'error.notFound.body': 'Te strani nismo našli. Morda je bila premaknjena ali do nje nimate dostopa.',
  'error.generic.title': 'Prišlo je do napake',
  'error.generic.body': 'Poskusite znova čez trenutek.',
  'error.unavailable.title': 'Podatkovna zbirka trenutno ni dosegljiva',
  'error.unavailable.body': 'Praxis se trenutno ne more povezati s svojo podatkovno zbirko. Poskusite znova čez nekaj trenutkov.',
  'error.backHome': 'Nazaj na začetno stran',
};
