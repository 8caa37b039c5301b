/**
 * Notices above the editor (a conflict with another tab, a full storage, a conversion that could not
 * be made), each with optional actions. They live in one polite live region: announced once, never
 * on a timer.
 */

/** A button offered with a notice. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

/** Shows, replaces and removes notices by key. */
export interface Notices {
  show(key: string, message: string, actions?: readonly NoticeAction[], tone?: 'info' | 'warning'): void;
  clear(key: string): void;
  has(key: string): boolean;
}

/** Creates the notice list inside `region`. */
export function createNotices(region: HTMLElement): Notices {
  const shown = new Map<string, HTMLElement>();
  return {
    show(key, message, actions = [], tone = 'info') {
      const notice = document.createElement('div');
      notice.className = `notice notice--${tone}`;
      notice.dataset['notice'] = key;
      const text = document.createElement('p');
      text.textContent = message;
      notice.append(text);
      for (const action of actions) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'secondary';
        button.textContent = action.label;
        button.addEventListener('click', () => {
          this.clear(key);
          action.run();
        });
        notice.append(button);
      }
      const previous = shown.get(key);
      if (previous) previous.replaceWith(notice);
      else region.append(notice);
      shown.set(key, notice);
    },
    clear(key) {
      shown.get(key)?.remove();
      shown.delete(key);
    },
    has: (key) => shown.has(key),
  };
}
