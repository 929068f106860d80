// The live room island: makes the server-rendered room live. Messages arrive exactly once and in order through the
// RoomFeed and are shown as the server renders them (fetched fragments, never markup of its own), with the actions
// the policy gave each item; it keeps the reader's place (load older, jump to newest with a count, an unread marker),
// runs the action menus (reply, react, edit, delete with confirmation, report), reactions with live counts, replies (the quote links to the message
// answered) and @mention autocomplete in the composer, shows
// presence and typing, message times relative to now, and the live states of mute and slow mode (countdowns with Send
// disabled) and lock, announcing new messages politely and without flooding.
import { io } from 'socket.io-client';
import type { PresentedMessage, presentRoom } from '../../../server/presenters/roomPresenter.js';
import { api } from '../lib/api.js';
import { attachMentionAutocomplete } from '../lib/mentionAutocomplete.js';
import { fillText } from '../lib/fillText.js';
import { absoluteTime, timeAgo, timeLeft } from '../lib/relativeTime.js';
import { FeedRequestError, request, RoomFeed } from '../lib/roomFeed.js';

/** A message and a room as the server presents them over the socket (the presenters' own types). */
type LiveMessage = PresentedMessage;
type RoomInfo = Pick<ReturnType<typeof presentRoom>, 'locked' | 'slowMode'>;

const announceEveryMs = 4000;
const refreshTimesEveryMs = 30_000;
const nearBottomPx = 80;

function startRoom(section: HTMLElement): void {
  const text = section.dataset;
  const roomId = text.roomId ?? '';
  const base = text.base ?? '';
  const moderator = text.moderator === 'true';
  const byId = <E extends HTMLElement>(id: string): E | null => section.querySelector<E>(`#${id}`);
  const pane = byId<HTMLElement>('room-pane');
  const log = byId<HTMLOListElement>('room-log');
  const status = byId<HTMLElement>('room-status');
  const typing = byId<HTMLElement>('room-typing');
  const presence = byId<HTMLUListElement>('room-presence');
  const announcer = byId<HTMLElement>('room-announcer');
  const jump = byId<HTMLButtonElement>('room-jump');
  const slowNotice = byId<HTMLElement>('room-slow-mode');
  const lockNotice = byId<HTMLElement>('room-locked');
  const composer = byId<HTMLFormElement>('room-composer');
  const input = byId<HTMLTextAreaElement>('room-input');
  const send = byId<HTMLButtonElement>('room-send');
  const composerError = byId<HTMLElement>('room-composer-error');
  if (!pane || !log || !status || !typing || !presence || !announcer || !jump) return;
  if (text.live !== 'true') return;

  // Message times relative to now ("2 minutes ago"), kept fresh; the absolute time in the reader's zone as the title.
  const locale = document.documentElement.lang || 'en';
  const refreshTimes = (): void => {
    const now = Date.now();
    for (const time of log.querySelectorAll<HTMLTimeElement>('li.message time[datetime]')) {
      const at = new Date(time.dateTime);
      if (Number.isNaN(at.getTime())) continue;
      time.dataset.absolute ??= absoluteTime(locale, at);
      time.title = time.dataset.absolute;
      time.textContent = timeAgo(locale, at, now) ?? time.dataset.absolute;
    }
  };
  refreshTimes();
  setInterval(refreshTimes, refreshTimesEveryMs);

  const atBottom = (): boolean => pane.scrollHeight - pane.scrollTop - pane.clientHeight < nearBottomPx;
  const scrollToEnd = (): void => {
    pane.scrollTop = pane.scrollHeight;
  };
  scrollToEnd();

  // Jump to newest and the unread marker: new messages while the reader is scrolled up are counted, not scrolled to.
  let unseen = 0;
  const showJump = (): void => {
    jump.hidden = unseen === 0;
    jump.textContent = fillText(text.tJump, { count: unseen });
  };
  const markUnread = (first: Element): void => {
    log.querySelector('.unread-marker')?.remove();
    const marker = document.createElement('li');
    marker.className = 'unread-marker';
    marker.textContent = text.tUnread ?? '';
    first.before(marker);
  };
  jump.addEventListener('click', () => {
    scrollToEnd();
    unseen = 0;
    showJump();
    input?.focus();
  });
  pane.addEventListener('scroll', () => {
    if (atBottom() && unseen > 0) {
      unseen = 0;
      showJump();
    }
  });

  // Polite announcements: at most one every few seconds, summarising what arrived in between.
  const pending: LiveMessage[] = [];
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const announce = (message: LiveMessage): void => {
    pending.push(message);
    if (announceTimer) return;
    announceTimer = setTimeout(() => {
      announceTimer = undefined;
      const [first] = pending;
      announcer.textContent =
        pending.length === 1 && first ? fillText(text.tAnnounceOne, { name: first.author.displayName, text: (first.body ?? '').slice(0, 140) }) : fillText(text.tAnnounceMany, { count: pending.length });
      pending.length = 0;
    }, announceEveryMs);
  };

  /** Replaces or appends the server's rendering of these seqs, in seq order. */
  let rendering: Promise<void> = Promise.resolve();
  const render = (seqs: number[]): Promise<void> => {
    rendering = rendering.then(async () => {
      const response = await fetch(`${base}/fragment?seqs=${seqs.join(',')}`, { credentials: 'same-origin' });
      if (!response.ok) return;
      const template = document.createElement('template');
      template.innerHTML = await response.text();
      const stick = atBottom();
      let firstNew: Element | null = null;
      for (const node of [...template.content.children]) {
        const seq = node.getAttribute('data-seq');
        const existing = seq ? log.querySelector(`li[data-seq="${seq}"]`) : null;
        if (existing) existing.replaceWith(node);
        else if (node.classList.contains('day-separator')) {
          if (!log.querySelector(`li.day-separator[data-day="${node.getAttribute('data-day') ?? ''}"]`)) log.append(node);
        } else {
          log.append(node);
          firstNew ??= node;
        }
      }
      if (firstNew && !stick) {
        if (unseen === 0) markUnread(firstNew);
        unseen += template.content.querySelectorAll('li.message').length || 1;
        showJump();
      }
      refreshTimes();
      if (stick) scrollToEnd();
    });
    return rendering;
  };

  let batch: number[] = [];
  const deliver = (message: LiveMessage): void => {
    if (typing.dataset.userId === message.author.id) clearTyping();
    if (log.querySelector(`li[data-seq="${message.seq}"]`)) return;
    announce(message);
    batch.push(message.seq);
    if (batch.length === 1) {
      queueMicrotask(() => {
        const seqs = batch;
        batch = [];
        void render(seqs);
      });
    }
  };

  const socket = io({ withCredentials: true, reconnectionDelayMax: 3000, auth: { locale: document.documentElement.lang } });
  const feed = new RoomFeed<LiveMessage>(socket, roomId, Number(text.lastSeq ?? '0'), deliver);
  let changedSince = text.renderedAt;

  // Live states of the composer: locked, muted until a time, slow mode with a countdown.
  let locked = false;
  let mutedUntil: Date | null = null;
  let slowSeconds = 0;
  let waitUntil = 0;
  let countdown: ReturnType<typeof setInterval> | undefined;
  const refreshComposer = (): void => {
    if (!input || !send || !composerError) return;
    const now = Date.now();
    const muted = mutedUntil !== null && mutedUntil.getTime() > now;
    const waiting = waitUntil > now;
    input.disabled = (locked && !moderator) || muted;
    send.disabled = input.disabled || waiting;
    if (muted && mutedUntil) composerError.textContent = fillText(text.tMuted, { until: mutedUntil.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }), remaining: timeLeft(locale, mutedUntil, now) });
    else if (waiting) composerError.textContent = fillText(text.tSlowWait, { seconds: Math.ceil((waitUntil - now) / 1000) });
    else if (composerError.dataset.live === 'true') composerError.textContent = '';
    composerError.dataset.live = muted || waiting ? 'true' : 'false';
    if (!muted && !waiting && countdown) {
      clearInterval(countdown);
      countdown = undefined;
    }
  };
  const startCountdown = (): void => {
    refreshComposer();
    countdown ??= setInterval(refreshComposer, 1000);
  };
  if (text.mutedUntil) {
    mutedUntil = new Date(text.mutedUntil);
    startCountdown();
  }
  const applyRoom = (room: RoomInfo): void => {
    slowSeconds = moderator ? 0 : room.slowMode.seconds;
    if (slowNotice) {
      slowNotice.hidden = room.slowMode.seconds === 0;
      slowNotice.textContent = room.slowMode.seconds > 0 ? fillText(text.tSlowMode, { seconds: room.slowMode.seconds, reason: room.slowMode.reason ?? '' }) : '';
    }
    if (lockNotice) lockNotice.hidden = !room.locked;
    locked = room.locked;
    refreshComposer();
  };
  const showError = (error: unknown): void => {
    if (!(error instanceof FeedRequestError) || !composerError) return;
    const details = (error.details ?? {}) as { mutedUntil?: string; retryAfterSeconds?: number };
    if (error.code === 'muted' && details.mutedUntil) {
      mutedUntil = new Date(details.mutedUntil);
      startCountdown();
    } else if (error.code === 'slow_mode' && details.retryAfterSeconds) {
      waitUntil = Date.now() + details.retryAfterSeconds * 1000;
      startCountdown();
    } else composerError.textContent = fillText(text.tSendFailed, { reason: error.message });
  };

  socket.on('connect', async () => {
    status.textContent = text.tConnected ?? '';
    const joined = await feed.join<{ room: RoomInfo; messages: LiveMessage[]; upTo: number; changed: LiveMessage[]; serverTime: string }>(changedSince ? { changedSince } : {});
    changedSince = joined.serverTime;
    if (joined.changed.length) void render(joined.changed.map((message) => message.seq));
    applyRoom(joined.room);
  });
  socket.on('disconnect', (reason) => {
    status.textContent = text.tReconnecting ?? '';
    // The server ends a connection when the person's session or roles change: reconnect as who they now are.
    if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 1000);
  });
  socket.on('message:updated', (message: LiveMessage) => void render([message.seq]));
  socket.on('room:updated', applyRoom);
  socket.on('community:muted', (event: { communityId: string; mutedUntil: string | null }) => {
    if (event.communityId !== text.communityId) return;
    mutedUntil = event.mutedUntil ? new Date(event.mutedUntil) : null;
    if (!mutedUntil && composerError) composerError.textContent = '';
    startCountdown();
  });
  socket.on('presence', (update: { count: number; users: { id: string; displayName: string }[] }) => {
    const names = update.users.map((user) => user.displayName);
    const more = update.count - names.length;
    presence.replaceChildren(
      ...[...names, ...(more > 0 ? [fillText(text.tPresenceMore, { count: more })] : [])].map((name) => {
        const item = document.createElement('li');
        item.textContent = name;
        return item;
      }),
    );
  });
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  function clearTyping(): void {
    clearTimeout(typingTimer);
    if (!typing) return;
    typing.textContent = '';
    delete typing.dataset.userId;
  }
  socket.on('typing', (event: { user: { id: string; displayName: string } }) => {
    typing.textContent = fillText(text.tTyping, { name: event.user.displayName });
    typing.dataset.userId = event.user.id;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(clearTyping, 4000);
  });

  // Load older messages, keeping the reader's place.
  section.querySelector<HTMLAnchorElement>('#room-older')?.addEventListener('click', async (event) => {
    event.preventDefault();
    const link = event.currentTarget as HTMLAnchorElement;
    const response = await fetch(`${base}/fragment?before=${link.dataset.before ?? ''}`, { credentials: 'same-origin' });
    if (!response.ok) return;
    const template = document.createElement('template');
    template.innerHTML = await response.text();
    const items = [...template.content.children];
    const firstDay = log.querySelector('li.day-separator');
    if (firstDay && items.some((node) => node.getAttribute('data-day') === firstDay.getAttribute('data-day'))) firstDay.remove();
    const before = pane.scrollHeight;
    log.prepend(...items);
    refreshTimes();
    pane.scrollTop += pane.scrollHeight - before;
    const oldest = items.find((node) => node.hasAttribute('data-seq'))?.getAttribute('data-seq');
    if (!oldest || Number(oldest) <= 1) link.replaceWith(Object.assign(document.createElement('span'), { textContent: text.tNoOlder ?? '' }));
    else link.dataset.before = oldest;
  });

  // The message action menus: edit in place, delete after confirming, report to moderators.
  const closeMenu = (item: Element): void => {
    const menu = item.querySelector<HTMLDetailsElement>('details.message-menu');
    if (menu) menu.open = false;
  };
  const editInPlace = (item: HTMLElement, messageId: string): void => {
    const source = item.querySelector<HTMLTextAreaElement>('.message-source');
    const body = item.querySelector<HTMLElement>('.message-body');
    if (!source || !body || item.querySelector('.message-editor')) return;
    const form = document.createElement('form');
    form.className = 'message-editor';
    const area = document.createElement('textarea');
    area.value = source.value;
    area.rows = 3;
    area.setAttribute('aria-label', text.tEditLabel ?? '');
    const save = Object.assign(document.createElement('button'), { type: 'submit', className: 'button primary', textContent: text.tSave ?? '' });
    const cancel = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: text.tCancel ?? '' });
    const done = (): void => {
      form.remove();
      body.hidden = false;
      item.querySelector<HTMLElement>('summary')?.focus();
    };
    cancel.addEventListener('click', done);
    area.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') done();
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await request<LiveMessage>(socket, 'message:edit', { messageId, body: area.value });
        done();
      } catch (error) {
        status.textContent = error instanceof Error ? error.message : String(error);
      }
    });
    form.append(area, save, cancel);
    body.hidden = true;
    body.after(form);
    area.focus();
  };
  // Replying: the composer shows whom it answers until the message is sent or the reply cancelled (Escape too).
  const replyBar = byId<HTMLElement>('room-reply');
  const replyName = byId<HTMLElement>('room-reply-name');
  const replyText = byId<HTMLElement>('room-reply-text');
  const replyTo = byId<HTMLInputElement>('room-reply-to');
  const setReply = (item: HTMLElement | null, messageId = ''): void => {
    if (!replyBar || !replyName || !replyText || !replyTo) return;
    replyBar.hidden = item === null;
    replyTo.value = item ? messageId : '';
    replyName.textContent = item ? fillText(text.tReplyingTo, { name: item.querySelector('.message-author')?.textContent ?? '' }) : '';
    replyText.textContent = item ? (item.querySelector('.message-body')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 140) : '';
    input?.focus();
  };
  byId<HTMLAnchorElement>('room-reply-cancel')?.addEventListener('click', (event) => {
    event.preventDefault();
    setReply(null);
  });
  const showMessage = (seq: string): boolean => {
    const target = log.querySelector<HTMLElement>(`li[data-seq="${seq}"]`);
    if (!target) return false;
    target.tabIndex = -1;
    target.scrollIntoView({ block: 'center' });
    target.focus();
    target.classList.add('message-highlight');
    setTimeout(() => target.classList.remove('message-highlight'), 2000);
    return true;
  };

  log.addEventListener('click', async (event) => {
    const quote = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.message-quote');
    if (quote && showMessage(quote.dataset.replySeq ?? '')) {
      event.preventDefault();
      return;
    }
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
    const item = button?.closest<HTMLElement>('li.message');
    if (!button || !item) return;
    const messageId = button.dataset.messageId ?? '';
    closeMenu(item);
    if (button.dataset.action === 'reply') {
      event.preventDefault();
      setReply(item, messageId);
    }
    if (button.dataset.action === 'edit' && item.dataset.canEdit === 'true') editInPlace(item, messageId);
    if (button.dataset.action === 'delete' && item.dataset.canDelete === 'true' && window.confirm(text.tConfirmDelete ?? '')) {
      try {
        await request<LiveMessage>(socket, 'message:delete', { messageId });
      } catch (error) {
        status.textContent = error instanceof Error ? error.message : String(error);
      }
    }
    if (button.dataset.action === 'flag' && item.dataset.canFlag === 'true') {
      try {
        const reason = item.querySelector<HTMLSelectElement>('select.flag-reason')?.value ?? 'other';
        await api('POST', '/api/flags', { subjectType: 'message', subjectId: messageId, reason });
        status.textContent = text.tReported ?? '';
      } catch (error) {
        status.textContent = fillText(text.tReportFailed, { reason: error instanceof Error ? error.message : String(error) });
      }
    }
  });
  // Reactions: a form per message whose buttons toggle the reader's own; counts follow everyone's live.
  const me = text.userId ?? '';
  interface Reactions {
    id: string;
    reactions: { kind: string; count: number }[];
    reactionsRev: number;
    by?: { userId: string; displayName: string; kind: string; on: boolean };
  }
  /** Names or un-names the person in the list of who gave a reaction (the server named the first few, counted the rest). */
  const updateReactors = (slot: HTMLElement, by: NonNullable<Reactions['by']>): void => {
    const list = slot.querySelector<HTMLUListElement>('.reaction-who');
    const more = list?.querySelector<HTMLElement>('.reaction-more');
    if (!list || !more) return;
    const named = list.querySelector(`li[data-user-id="${by.userId}"]`);
    let hidden = Number(more.dataset.more ?? '0');
    if (by.on && !named) {
      if (list.querySelectorAll('li[data-user-id]').length < Number(text.reactorsNamed ?? '0')) {
        const person = Object.assign(document.createElement('li'), { textContent: by.displayName });
        person.dataset.userId = by.userId;
        more.before(person);
      } else hidden += 1;
    } else if (!by.on && named) named.remove();
    else if (!by.on) hidden = Math.max(0, hidden - 1);
    more.dataset.more = String(hidden);
    more.hidden = hidden === 0;
    more.textContent = hidden === 0 ? '' : fillText(text.tReactionsMore, { count: hidden });
  };
  const showReactions = (update: Reactions, mine?: { kind: string; on: boolean }): void => {
    const item = log.querySelector<HTMLElement>(`li.message[data-id="${update.id}"]`);
    if (!item || Number(item.dataset.reactionsRev ?? '0') > update.reactionsRev) return;
    // Who gave what changes once per revision: the broadcast names the person, the sender's own answer does not.
    const namedRev = Number(item.dataset.reactorsRev ?? item.dataset.reactionsRev ?? '0');
    if (update.by && update.reactionsRev > namedRev) {
      item.dataset.reactorsRev = String(update.reactionsRev);
      const slot = item.querySelector<HTMLElement>(`.reaction-slot[data-kind="${update.by.kind}"]`);
      if (slot) updateReactors(slot, update.by);
    }
    item.dataset.reactionsRev = String(update.reactionsRev);
    for (const slot of item.querySelectorAll<HTMLElement>('.reaction-slot')) {
      const count = update.reactions.find((reaction) => reaction.kind === slot.dataset.kind)?.count ?? 0;
      slot.hidden = count === 0;
      const counter = slot.querySelector('.reaction-count');
      if (counter) counter.textContent = String(count);
    }
    if (!mine) return;
    for (const button of item.querySelectorAll<HTMLButtonElement>(`button[data-kind="${mine.kind}"]`)) {
      button.setAttribute('aria-pressed', String(mine.on));
      button.value = `${mine.kind}:${mine.on ? 'off' : 'on'}`;
    }
  };
  socket.on('message:reactions', (update: Reactions) => showReactions(update, update.by && update.by.userId === me ? update.by : undefined));
  const react = async (messageId: string, value: string): Promise<void> => {
    const [kind = '', state] = value.split(':');
    try {
      const answer = await request<Reactions>(socket, 'message:react', { messageId, kind, on: state === 'on' });
      showReactions(answer, { kind, on: state === 'on' });
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  section.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    if (!form.classList.contains('reactions') || !socket.connected) return;
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    const item = form.closest('li.message');
    if (item) closeMenu(item);
    const messageId = form.querySelector<HTMLInputElement>('input[name="messageId"]')?.value ?? '';
    if (submitter) void react(messageId, submitter.value);
  });

  // A reaction's list of names shows on hover and focus; Escape hides it until the pointer or focus moves on.
  log.addEventListener('keydown', (event) => {
    const slot = (event.target as HTMLElement).closest<HTMLElement>('.reaction-slot');
    if (slot && event.key === 'Escape') slot.classList.add('who-dismissed');
  });
  const undismiss = (event: Event): void => {
    const target = event.target as HTMLElement;
    if (target.classList.contains('reaction-slot') || event.type === 'focusout') target.closest('.reaction-slot')?.classList.remove('who-dismissed');
  };
  log.addEventListener('focusout', undismiss);
  log.addEventListener('mouseleave', undismiss, true);
  log.addEventListener('keydown', (event) => {
    const menu = (event.target as HTMLElement).closest<HTMLDetailsElement>('details.message-menu');
    if (menu && event.key === 'Escape') {
      menu.open = false;
      menu.querySelector<HTMLElement>('summary')?.focus();
    }
  });

  if (composer && input && composerError) {
    const mentions = byId<HTMLUListElement>('room-mentions');
    if (mentions) attachMentionAutocomplete(input, mentions, roomId);
    let lastTyping = 0;
    input.addEventListener('input', () => {
      const now = Date.now();
      if (socket.connected && now - lastTyping > 2000) {
        lastTyping = now;
        socket.emit('typing', { roomId }, () => undefined);
      }
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && replyTo?.value) setReply(null);
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        composer.requestSubmit();
      }
    });
    composer.addEventListener('submit', async (event) => {
      if (!socket.connected) return;
      event.preventDefault();
      const body = input.value.trim();
      if (!body || send?.disabled) return;
      const clientId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      composerError.textContent = '';
      input.value = '';
      const answering = replyTo?.value ?? '';
      try {
        const sent = await request<{ message: LiveMessage }>(socket, 'message:send', { roomId, body, clientId, ...(answering ? { replyTo: answering } : {}) });
        feed.receive(sent.message);
        if (replyTo?.value === answering) setReply(null);
        if (slowSeconds > 0) {
          waitUntil = Date.now() + slowSeconds * 1000;
          startCountdown();
        }
        scrollToEnd();
      } catch (error) {
        input.value = body;
        showError(error);
      }
      input.focus();
    });
  }
}

const root = document.querySelector<HTMLElement>('#room');
if (root) startRoom(root);
