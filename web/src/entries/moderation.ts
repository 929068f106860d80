// The moderation page island: watches the community's review queue over Socket.IO and, when it changes (a report
// came in, another moderator claimed or decided one), swaps in the server's fresh rendering of the queue — at once
// when the moderator is not working inside it, else only when they ask, so a half-written reason is never lost.
import { io } from 'socket.io-client';
import { request } from '../lib/roomFeed.js';

function startModeration(section: HTMLElement): void {
  const communityId = section.dataset.communityId ?? '';
  const fragment = section.dataset.fragment ?? '';
  const queue = section.querySelector<HTMLElement>('#review-queue');
  const notice = section.querySelector<HTMLElement>('#review-changed');
  const refresh = section.querySelector<HTMLButtonElement>('#review-refresh');
  if (!communityId || !fragment || !queue || !notice || !refresh) return;

  const busy = (): boolean => {
    const active = document.activeElement;
    if (active && queue.contains(active) && active !== document.body) return true;
    return [...queue.querySelectorAll<HTMLTextAreaElement>('textarea')].some((area) => area.value.trim() !== '');
  };
  const reload = async (): Promise<void> => {
    const response = await fetch(fragment, { credentials: 'same-origin' });
    if (!response.ok) return;
    queue.innerHTML = await response.text();
    notice.hidden = true;
  };
  refresh.addEventListener('click', () => {
    void reload().then(() => queue.querySelector<HTMLElement>('h2')?.focus());
  });
  queue.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');

  const socket = io({ withCredentials: true, reconnectionDelayMax: 5000, auth: { locale: document.documentElement.lang } });
  const watch = (): void => {
    request(socket, 'review:watch', { communityId }).catch(() => undefined);
  };
  socket.on('connect', watch);
  socket.on('review:changed', () => {
    if (busy()) notice.hidden = false;
    else void reload().then(() => queue.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1'));
  });
}

const section = document.querySelector<HTMLElement>('section.moderation[data-community-id]');
if (section) startModeration(section);
