/** The list of graded attempts, newest first, each with a button to load that answer again. */
import type { AttemptRecord } from '../../exercise/attempt-store.ts';

const FORMAT_NAMES = { json: 'JSON', ts: 'TypeScript' } as const;

/** Redraws the attempt list; `onLoad` is called with the attempt the candidate wants back. */
export function renderAttempts(
  list: HTMLOListElement,
  empty: HTMLElement,
  attempts: readonly AttemptRecord[],
  onLoad: (attempt: AttemptRecord) => void,
): void {
  empty.hidden = attempts.length > 0;
  const items = [...attempts].reverse().map((attempt, index) => {
    const item = document.createElement('li');
    item.dataset['attempt'] = String(attempts.length - index);
    const when = new Date(attempt.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    const outcome = `${attempt.passed ? 'passed' : 'not passed'}${attempt.mode === 'mock' ? ' (timed mock)' : ''}`;
    const text = document.createElement('span');
    text.textContent = `${when}: ${attempt.score} of ${attempt.max} points (${attempt.percent}%), ${outcome}, ${FORMAT_NAMES[attempt.format]}. `;
    const load = document.createElement('button');
    load.type = 'button';
    load.className = 'secondary';
    load.textContent = 'Load this answer';
    // The accessible name starts with the visible text, so speech users can say what they see.
    load.setAttribute('aria-label', `Load this answer (attempt ${attempts.length - index})`);
    load.addEventListener('click', () => onLoad(attempt));
    item.append(text, load);
    return item;
  });
  list.replaceChildren(...items);
}
