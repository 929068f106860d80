// Polish texts of the practice editor's authoring tools: the attachments step, the preview, scheduling in local time
// and collection sections.
import type { AreaMessages } from '../en.js';
import type { enAuthoring } from '../en/authoring.js';

export const plAuthoring: AreaMessages<typeof enAuthoring> = {
  'editor.step.attachments': 'Załączniki',
  'editor.attachmentsIntro': 'Zdjęcia, materiały i raporty pokazujące praktykę. Każdemu plikowi nadaj licencję, w razie potrzeby podpis, a każdemu obrazowi krótki opis tego, co przedstawia. Kolejność tutaj to kolejność, w jakiej zobaczą je czytelnicy.',
  'editor.attachmentsAttached': 'Załączone pliki',
  'editor.attachmentsNone': 'Nie załączono jeszcze żadnych plików.',
  'editor.attachmentsAdd': 'Dodaj pliki',
  'editor.attachmentsLocked': 'W obecnym stanie praktyki nie można zmieniać jej plików.',
  'editor.attachmentOwnLicence': 'Licencja tego pliku',
  'editor.attachmentSave': 'Zapisz dane pliku {name}',
  'editor.attachmentMoveUp': 'Przesuń w górę',
  'editor.attachmentMoveDown': 'Przesuń w dół',
  'editor.attachmentMoveUpLabel': 'Przesuń {name} w górę',
  'editor.attachmentMoveDownLabel': 'Przesuń {name} w dół',
  'editor.attachmentRemove': 'Usuń {name}',
  'editor.attachmentSaved': 'Dane pliku zostały zapisane.',
  'editor.attachmentMoved': 'Plik został przesunięty.',
  'editor.attachmentRemoved': 'Plik został usunięty z praktyki.',
  'editor.previewHint': 'Tak czytelnicy zobaczą praktykę po publikacji, z ramką faktów i załącznikami; dane kontaktowe widzą tylko zalogowani członkowie.',
  'schedule.goesLive': 'Publikacja: {when}.',
  'schedule.when': 'Opublikuj (data i godzina)',
  'schedule.whenHint': 'W strefie czasowej wybranej poniżej; praktyka zostanie wtedy opublikowana automatycznie.',
  'schedule.timeZone': 'Strefa czasowa',
  'editor.continueToPreview': 'Przejdź do podglądu',
};
