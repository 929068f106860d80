// Swedish texts of the live room's chat interface.
import type { AreaMessages } from '../en.js';
import type { enRoom } from '../en/room.js';

export const svRoom: AreaMessages<typeof enRoom> = {
  'room.actions': 'Åtgärder för meddelandet från {name}',
  'room.actionsShort': 'Åtgärder',
  'room.edit': 'Redigera',
  'room.save': 'Spara',
  'room.cancel': 'Avbryt',
  'room.editLabel': 'Redigera ditt meddelande',
  'room.confirmDelete': 'Ta bort meddelandet? Andra ser att det har tagits bort.',
  'room.report': 'Anmäl till moderatorerna',
  'room.reportReason': 'Skäl till anmälan',
  'room.reported': 'Tack. Moderatorerna tittar på det; du ser utfallet under Moderering.',
  'room.reportFailed': 'Anmälan kunde inte skickas: {reason}',
  'room.edited': 'redigerat',
  'room.loadOlder': 'Visa äldre meddelanden',
  'room.noOlder': 'Det här är början av rummet.',
  'room.jumpToNewest': 'Till de senaste ({count} nya)',
  'room.unread': 'Nytt',
  'room.skipToComposer': 'Hoppa till meddelanderutan',
  'room.announceOne': '{name}: {text}',
  'room.announceMany': '{count} nya meddelanden',
  'room.slowModeWait': 'Långsamt läge: du kan skicka igen om {seconds} s.',
  'room.mutedUntil': 'Du är tystad i den här gemenskapen till {until}.',
  'room.sentNoScript': 'Ditt meddelande har skickats.',
  'room.composerHint': 'Enter skickar, Skift+Enter ger ny rad.',
  'room.mentionSuggestions': 'Personer att nämna (välj med piltangenterna, infoga med Enter)',
};
