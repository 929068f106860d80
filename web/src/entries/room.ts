// The live room island: joins over Socket.IO after the server-rendered history, shows live messages exactly once
// and in order (catch-up on reconnect and on gaps), presence, typing, slow mode and lock, and lets moderators
// (and authors) delete messages. The log is an aria-live region; the composer is a labelled textarea.
import { io } from 'socket.io-client';
import { request, RoomFeed } from '../lib/roomFeed.js';

interface LiveMessage {
  id: string;
  seq: number;
  author: { id: string; displayName: string };
  state: 'visible' | 'deleted';
  bodyHtml: string | null;
  createdAt: string;
}

interface RoomInfo {
  locked: boolean;
  slowMode: { seconds: number; reason: string | null };
  lastSeq: number;
}

const root = document.querySelector<HTMLElement>('#room');

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

function startRoom(section: HTMLElement): void {
  const roomId = section.dataset.roomId ?? '';
  const userId = section.dataset.userId ?? '';
  const moderator = section.dataset.moderator === 'true';
  const text = section.dataset;
  const log = section.querySelector<HTMLOListElement>('#room-log');
  const status = section.querySelector<HTMLElement>('#room-status');
  const typing = section.querySelector<HTMLElement>('#room-typing');
  const presence = section.querySelector<HTMLUListElement>('#room-presence');
  const slowNotice = section.querySelector<HTMLElement>('#room-slow-mode');
  const lockNotice = section.querySelector<HTMLElement>('#room-locked');
  const composer = section.querySelector<HTMLFormElement>('#room-composer');
  const input = section.querySelector<HTMLTextAreaElement>('#room-input');
  const composerError = section.querySelector<HTMLElement>('#room-composer-error');
  if (!log || !status || !typing || !presence) return;

  const scrollToEnd = (): void => {
    log.lastElementChild?.scrollIntoView({ block: 'nearest' });
  };

  const deleteButton = (messageId: string): HTMLButtonElement => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link message-delete';
    button.dataset.messageId = messageId;
    button.textContent = text.tDelete ?? 'Delete';
    return button;
  };

  const renderBody = (item: HTMLElement, message: LiveMessage): void => {
    const body = item.querySelector<HTMLElement>('.message-body');
    if (!body) return;
    item.classList.toggle('message-deleted', message.state !== 'visible');
    if (message.state === 'visible') body.innerHTML = message.bodyHtml ?? '';
    else {
      const note = document.createElement('em');
      note.textContent = text.tDeleted ?? '';
      body.replaceChildren(note);
      item.querySelector('.message-delete')?.remove();
    }
  };

  const addDeleteButton = (item: HTMLElement): void => {
    const mine = item.dataset.authorId === userId;
    if ((moderator || mine) && !item.classList.contains('message-deleted') && !item.querySelector('.message-delete')) {
      item.append(deleteButton(item.dataset.id ?? ''));
    }
  };

  const show = (message: LiveMessage): void => {
    if (log.querySelector(`li[data-seq="${message.seq}"]`)) return;
    const item = document.createElement('li');
    item.className = 'message';
    item.dataset.seq = String(message.seq);
    item.dataset.id = message.id;
    item.dataset.authorId = message.author.id;
    const author = document.createElement('span');
    author.className = 'message-author';
    author.textContent = message.author.displayName;
    const time = document.createElement('time');
    time.dateTime = message.createdAt;
    time.textContent = new Date(message.createdAt).toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' });
    const body = document.createElement('div');
    body.className = 'message-body';
    item.append(author, ' ', time, body);
    renderBody(item, message);
    addDeleteButton(item);
    log.append(item);
    scrollToEnd();
  };

  log.querySelectorAll<HTMLElement>('li.message').forEach(addDeleteButton);
  scrollToEnd();

  /** An edit or deletion of a message this page shows. */
  const applyUpdate = (message: LiveMessage): void => {
    const item = log.querySelector<HTMLElement>(`li[data-seq="${message.seq}"]`);
    if (item) renderBody(item, message);
  };

  /** The server's time of the last join (first: of the page's rendering): edits and deletions since come back. */
  let changedSince = section.dataset.renderedAt;
  const socket = io({ withCredentials: true, reconnectionDelayMax: 3000 });
  const feed = new RoomFeed<LiveMessage>(socket, roomId, Number(section.dataset.lastSeq ?? '0'), show);

  const applyRoom = (room: RoomInfo): void => {
    if (slowNotice) {
      slowNotice.hidden = room.slowMode.seconds === 0;
      slowNotice.textContent = room.slowMode.seconds > 0 ? fill(text.tSlowMode ?? '', { seconds: room.slowMode.seconds, reason: room.slowMode.reason ?? '' }) : '';
    }
    if (lockNotice) lockNotice.hidden = !room.locked;
    if (composer && input) input.disabled = room.locked && !moderator;
  };

  socket.on('connect', async () => {
    status.textContent = text.tConnected ?? '';
    const joined = await feed.join<{ room: RoomInfo; messages: LiveMessage[]; upTo: number; changed: LiveMessage[]; serverTime: string }>(
      changedSince ? { changedSince } : {},
    );
    changedSince = joined.serverTime;
    joined.changed.forEach(applyUpdate);
    applyRoom(joined.room);
    if (composer) composer.hidden = false;
  });
  socket.on('disconnect', (reason) => {
    status.textContent = text.tReconnecting ?? '';
    // The server ends a connection when the person's session or roles change: reconnect as who they now are.
    if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 1000);
  });
  socket.on('message:updated', applyUpdate);
  socket.on('room:updated', applyRoom);
  socket.on('presence', (update: { count: number; users: { id: string; displayName: string }[] }) => {
    const names = update.users.map((user) => user.displayName);
    const more = update.count - names.length;
    presence.replaceChildren(
      ...[...names, ...(more > 0 ? [fill(text.tPresenceMore ?? '', { count: String(more) })] : [])].map((name) => {
        const item = document.createElement('li');
        item.textContent = name;
        return item;
      }),
    );
  });
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  socket.on('typing', (event: { user: { id: string; displayName: string } }) => {
    typing.textContent = fill(text.tTyping ?? '', { name: event.user.displayName });
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      typing.textContent = '';
    }, 3000);
  });

  log.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.message-delete');
    if (!button) return;
    button.disabled = true;
    try {
      const deleted = await request<LiveMessage>(socket, 'message:delete', { messageId: button.dataset.messageId });
      const item = button.closest<HTMLElement>('li.message');
      if (item) renderBody(item, deleted);
    } catch (error) {
      button.disabled = false;
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  });

  if (composer && input && composerError) {
    let lastTyping = 0;
    input.addEventListener('input', () => {
      const now = Date.now();
      if (socket.connected && now - lastTyping > 2000) {
        lastTyping = now;
        socket.emit('typing', { roomId }, () => undefined);
      }
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        composer.requestSubmit();
      }
    });
    composer.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = input.value.trim();
      if (!body) return;
      const clientId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      composerError.textContent = '';
      input.value = '';
      try {
        const sent = await request<{ message: LiveMessage }>(socket, 'message:send', { roomId, body, clientId });
        feed.receive(sent.message);
      } catch (error) {
        input.value = body;
        composerError.textContent = fill(text.tSendFailed ?? '', { reason: error instanceof Error ? error.message : String(error) });
      }
      input.focus();
    });
  }
}

if (root) startRoom(root);
