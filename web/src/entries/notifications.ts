// The header's live notification badge: on every page of a signed-in person, a socket that hears of new
// notifications raises the unread count and announces the notification politely to screen readers.
import { io } from 'socket.io-client';

interface NewNotification {
  readonly text: string;
}

function start(): void {
  const badge = document.querySelector<HTMLElement>('.notification-count');
  const live = document.querySelector<HTMLElement>('.notification-live');
  if (!badge || !live) return;
  const numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
  const socket = io({ withCredentials: true, reconnectionDelayMax: 5000, auth: { locale: document.documentElement.lang } });
  socket.on('notification:new', (notification: NewNotification) => {
    const unread = Number(badge.dataset.unread ?? '0') + 1;
    badge.dataset.unread = String(unread);
    badge.textContent = numbers.format(unread);
    badge.hidden = false;
    live.textContent = notification.text;
  });
}

start();
