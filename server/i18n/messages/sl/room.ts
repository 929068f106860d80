// Slovenian texts of the live room's chat interface.
import type { AreaMessages } from '../en.js';
import type { enRoom } from '../en/room.js';

export const slRoom: AreaMessages<typeof enRoom> = {
  'room.actions': 'Dejanja za sporočilo osebe {name}',
  'room.actionsShort': 'Dejanja',
  'room.edit': 'Uredi',
  'room.save': 'Shrani',
  'room.cancel': 'Prekliči',
  'room.editLabel': 'Uredite sporočilo',
  'room.confirmDelete': 'Želite izbrisati to sporočilo? Drugi bodo videli, da je bilo izbrisano.',
  'room.report': 'Prijavi moderatorjem',
  'room.reportReason': 'Razlog za prijavo',
  'room.reported': 'Hvala. Moderatorji si bodo ogledali prijavo; izid boste videli pod Moderiranje.',
  'room.reportFailed': 'Prijave ni bilo mogoče poslati: {reason}',
  'room.edited': 'urejeno',
  'room.loadOlder': 'Pokaži starejša sporočila',
  'room.noOlder': 'To je začetek klepetalnice.',
  'room.jumpToNewest': 'Na najnovejša ({count} novih)',
  'room.unread': 'Novo',
  'room.skipToComposer': 'Preskoči na polje za sporočilo',
  'room.announceOne': '{name}: {text}',
  'room.announceMany': 'Novih sporočil: {count}',
  'room.slowModeWait': 'Počasni način: znova lahko pošljete čez {seconds} s.',
  'room.mutedUntil': 'V tej skupnosti ste utišani do {until}.',
  'room.sentNoScript': 'Vaše sporočilo je poslano.',
  'room.composerHint': 'Enter pošlje, Shift+Enter začne novo vrstico.',
  'room.mentionSuggestions': 'Osebe, ki jih lahko omenite (izberite s puščicami, vstavite z Enter)',
};
