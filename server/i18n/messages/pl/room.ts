// Polish texts of the live room's chat interface.
import type { AreaMessages } from '../en.js';
import type { enRoom } from '../en/room.js';

export const plRoom: AreaMessages<typeof enRoom> = {
  'room.actions': 'Działania dla wiadomości od {name}',
  'room.actionsShort': 'Działania',
  'room.edit': 'Edytuj',
  'room.save': 'Zapisz',
  'room.cancel': 'Anuluj',
  'room.editLabel': 'Edytuj wiadomość',
  'room.confirmDelete': 'Usunąć tę wiadomość? Inni zobaczą, że została usunięta.',
  'room.report': 'Zgłoś moderatorom',
  'room.reportReason': 'Powód zgłoszenia',
  'room.reported': 'Dziękujemy. Moderatorzy to sprawdzą; wynik zobaczysz w sekcji Moderacja.',
  'room.reportFailed': 'Nie udało się wysłać zgłoszenia: {reason}',
  'room.edited': 'edytowano',
  'room.loadOlder': 'Pokaż starsze wiadomości',
  'room.noOlder': 'To początek pokoju.',
  'room.jumpToNewest': 'Przejdź do najnowszych ({count} nowych)',
  'room.unread': 'Nowe',
  'room.skipToComposer': 'Przejdź do pola wiadomości',
  'room.announceOne': '{name}: {text}',
  'room.announceMany': 'Nowe wiadomości: {count}',
  'room.slowModeWait': 'Tryb powolny: możesz wysłać ponownie za {seconds} s.',
  'room.mutedUntil': 'Jesteś wyciszony w tej społeczności do {until}.',
  'room.sentNoScript': 'Twoja wiadomość została wysłana.',
  'room.composerHint': 'Enter wysyła, Shift+Enter zaczyna nowy wiersz.',
  'room.mentionSuggestions': 'Osoby do wspomnienia (wybierz strzałkami, wstaw klawiszem Enter)',
};
