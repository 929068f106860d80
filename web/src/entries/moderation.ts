// The moderation islands: each review queue on a page (a community's, or the site's reported practices) is watched
// over Socket.IO and, when it changes (a report came in, another moderator claimed or decided one), the server's
// fresh rendering of it is swapped in — at once when the moderator is not working inside it, else only when they
// ask, so a half-written reason is never lost.
import { io, type Socket } from 'socket.io-client';
import { request } from '../lib/roomFeed.js';

interface WatchedQueue {
  readonly watch: Record<string, string>;
  readonly reload: () => Promise<void>;
  readonly busy: () => boolean;
  readonly notice: HTMLElement;
}

function watchedQueue(container: HTMLElement): WatchedQueue | null {
  const target = container.dataset.reviewWatch ?? '';
  const fragment = container.dataset.fragment ?? '';
  const queue = container.querySelector<HTMLElement>('[data-review-queue]');
  const notice = container.querySelector<HTMLElement>('[data-review-changed]');
  const refresh = container.querySelector<HTMLButtonElement>('[data-review-refresh]');
  if (!target || !fragment || !queue || !notice || !refresh) return null;
  const heading = (): HTMLElement | null => queue.querySelector<HTMLElement>('h2');
  const focusable = (): void => heading()?.setAttribute('tabindex', '-1');
  const reload = async (): Promise<void> => {
    const response = await fetch(fragment, { credentials: 'same-origin' });
    if (!response.ok) return;
    queue.innerHTML = await response.text();
    notice.hidden = true;
    focusable();
  };
  refresh.addEventListener('click', () => {
    void reload().then(() => heading()?.focus());
  });
  focusable();
  const busy = (): boolean => {
    const active = document.activeElement;
    if (active && queue.contains(active) && active !== document.body) return true;
    return [...queue.querySelectorAll<HTMLTextAreaElement>('textarea')].some((area) => area.value.trim() !== '');
  };
  return { watch: target === 'practices' ? { queue: target } : { communityId: target }, reload, busy, notice };
}

function follow(socket: Socket, queues: readonly WatchedQueue[]): void {
  const freshen = (queue: WatchedQueue): void => {
    if (queue.busy()) queue.notice.hidden = false;
    else void queue.reload();
  };
  let reconnecting = false;
  socket.on('connect', () => {
    for (const queue of queues) {
      request(socket, 'review:watch', queue.watch).catch(() => undefined);
      // What changed while the connection was down was not heard: look again.
      if (reconnecting) freshen(queue);
    }
    reconnecting = true;
  });
  socket.on('review:changed', ({ communityId }: { communityId: string | null }) => {
    const changed = queues.find((queue) => (queue.watch.communityId ?? null) === communityId);
    if (changed) freshen(changed);
  });
}

const queues = [...document.querySelectorAll<HTMLElement>('[data-review-watch]')].flatMap((container) => watchedQueue(container) ?? []);
if (queues.length > 0) follow(io({ withCredentials: true, reconnectionDelayMax: 5000, auth: { locale: document.documentElement.lang } }), queues);
