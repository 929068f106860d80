// @mention autocomplete for a composer textarea: after "@" and a letter or more it asks the room's members
// (/api/rooms/:id/mentions) and offers them in a listbox tied to the textarea (aria-activedescendant); arrow keys
// choose, Enter or Tab inserts "@handle ", Escape closes. It sees a keystroke before the composer does, so Enter
// inserts a name instead of sending while the list is open.
import { api } from './api.js';

interface Suggestion {
  userId: string;
  displayName: string;
  handle: string;
}

const typedMention = /(^|[^\w@./-])@([\p{L}\p{N}._-]{1,40})$/u;
const askAfterMs = 150;

export function attachMentionAutocomplete(input: HTMLTextAreaElement, list: HTMLUListElement, roomId: string): void {
  let suggestions: Suggestion[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = (): void => {
    suggestions = [];
    list.hidden = true;
    list.replaceChildren();
    input.removeAttribute('aria-activedescendant');
  };
  const show = (): void => {
    list.replaceChildren(
      ...suggestions.map((suggestion, index) => {
        const option = document.createElement('li');
        option.id = `room-mention-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(index === active));
        option.textContent = `${suggestion.displayName} (@${suggestion.handle})`;
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          insert(suggestion);
        });
        return option;
      }),
    );
    list.hidden = suggestions.length === 0;
    if (suggestions.length > 0) input.setAttribute('aria-activedescendant', `room-mention-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const typed = (): RegExpExecArray | null => typedMention.exec(input.value.slice(0, input.selectionStart ?? input.value.length));
  const insert = (suggestion: Suggestion): void => {
    const caret = input.selectionStart ?? input.value.length;
    const match = typed();
    if (!match) return close();
    const start = caret - match[2].length - 1;
    input.value = `${input.value.slice(0, start)}@${suggestion.handle} ${input.value.slice(caret)}`;
    const after = start + suggestion.handle.length + 2;
    input.setSelectionRange(after, after);
    close();
    input.focus();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const match = typed();
    if (!match) return close();
    timer = setTimeout(() => {
      const ask = ++asked;
      api<{ data: Suggestion[] }>('GET', `/api/rooms/${roomId}/mentions?q=${encodeURIComponent(match[2])}`)
        .then((answer) => {
          if (ask !== asked) return;
          suggestions = answer.data;
          active = 0;
          show();
        })
        .catch(close);
    }, askAfterMs);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden || suggestions.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      active = (active + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
      show();
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      insert(suggestions[active]);
    } else if (event.key === 'Escape') {
      close();
    } else return;
    event.preventDefault();
    event.stopImmediatePropagation();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
