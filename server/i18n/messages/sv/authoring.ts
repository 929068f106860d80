// Swedish texts of the practice editor's authoring tools: the attachments step, the preview, scheduling in local time
// and collection sections.
import type { AreaMessages } from '../en.js';
import type { enAuthoring } from '../en/authoring.js';

export const svAuthoring: AreaMessages<typeof enAuthoring> = {
  'editor.step.attachments': 'Bilagor',
  'editor.attachmentsIntro': 'Foton, material och rapporter som visar praktiken. Ge varje fil en egen licens, gärna en bildtext, och varje bild en kort beskrivning av vad den visar. Ordningen här är den ordning läsarna ser.',
  'editor.attachmentsAttached': 'Bifogade filer',
  'editor.attachmentsNone': 'Inga filer är bifogade än.',
  'editor.attachmentsAdd': 'Lägg till filer',
  'editor.attachmentsLocked': 'Filerna i den här praktiken kan inte ändras i dess nuvarande läge.',
  'editor.attachmentOwnLicence': 'Licens för den här filen',
  'editor.attachmentSave': 'Spara uppgifterna om {name}',
  'editor.attachmentMoveUp': 'Flytta upp',
  'editor.attachmentMoveDown': 'Flytta ned',
  'editor.attachmentMoveUpLabel': 'Flytta {name} uppåt',
  'editor.attachmentMoveDownLabel': 'Flytta {name} nedåt',
  'editor.attachmentRemove': 'Ta bort {name}',
  'editor.attachmentSaved': 'Filens uppgifter sparades.',
  'editor.attachmentMoved': 'Filen flyttades.',
  'editor.attachmentRemoved': 'Filen togs bort från praktiken.',
  'editor.previewHint': 'Så här ser läsarna praktiken när den har publicerats, med faktarutan och bilagorna; kontaktuppgifterna visas bara för inloggade medlemmar.',
  'schedule.goesLive': 'Publiceras {when}.',
  'schedule.when': 'Publicera (datum och tid)',
  'schedule.whenHint': 'I tidszonen som väljs nedan; arbetssättet publiceras då automatiskt.',
  'schedule.timeZone': 'Tidszon',
  'editor.continueToPreview': 'Fortsätt till förhandsvisningen',
};
