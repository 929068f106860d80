// Slovenian texts of the practice editor's authoring tools: the attachments step, the preview, scheduling in local time
// and collection sections.
import type { AreaMessages } from '../en.js';
import type { enAuthoring } from '../en/authoring.js';

export const slAuthoring: AreaMessages<typeof enAuthoring> = {
  'editor.step.attachments': 'Priloge',
  'editor.attachmentsIntro': 'Fotografije, gradiva in poročila, ki prikazujejo prakso. Vsaki datoteki določite licenco, po želji napis, vsaki sliki pa kratek opis tega, kar prikazuje. Vrstni red tukaj je vrstni red, ki ga vidijo bralci.',
  'editor.attachmentsAttached': 'Priložene datoteke',
  'editor.attachmentsNone': 'Priloženih datotek še ni.',
  'editor.attachmentsAdd': 'Dodajte datoteke',
  'editor.attachmentsLocked': 'Datotek te prakse v njenem trenutnem stanju ni mogoče spreminjati.',
  'editor.attachmentOwnLicence': 'Licenca te datoteke',
  'editor.attachmentSave': 'Shrani podatke o datoteki {name}',
  'editor.attachmentMoveUp': 'Premakni gor',
  'editor.attachmentMoveDown': 'Premakni dol',
  'editor.attachmentMoveUpLabel': 'Premakni {name} gor',
  'editor.attachmentMoveDownLabel': 'Premakni {name} dol',
  'editor.attachmentRemove': 'Odstrani {name}',
  'editor.attachmentSaved': 'Podatki o datoteki so shranjeni.',
  'editor.attachmentMoved': 'Datoteka je premaknjena.',
  'editor.attachmentRemoved': 'Datoteka je odstranjena iz prakse.',
  'editor.previewHint': 'Tako bodo bralci videli prakso, ko bo objavljena, z okvirjem s podatki in prilogami; kontaktni podatki so vidni le prijavljenim članom.',
  'schedule.goesLive': 'Objava bo {when}.',
  'schedule.when': 'Objavi (datum in ura)',
  'schedule.whenHint': 'V spodaj izbranem časovnem pasu; praksa bo takrat samodejno objavljena.',
  'schedule.timeZone': 'Časovni pas',
  'editor.continueToPreview': 'Naprej na predogled',
};
