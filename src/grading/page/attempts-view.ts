/**
 * The list of graded attempts, newest first, each with a button to load that answer again when its text is kept,
 * and a note when the stored list holds more than is shown or entries that could not be read.
 */
import { ANSWERS_KEPT, type AttemptLog, type ReadAttempt } from '../../storage/attempt-store.ts';
import { FORMAT_NAMES } from '../../editor/format-names.ts';

/** What the note under the list says about the stored attempts not shown, if anything. */
function describeHidden(log: AttemptLog): string {
  const notes: string[] = [];
  if (log.unreadable !== undefined) {
    notes.push(
      'Your earlier attempts could not be read (the stored list is damaged). It is kept as it was found, and a new list starts with your next grade.',
    );
  }
  const older = log.stored - log.attempts.length - log.skipped;
  if (older > 0) {
    notes.push(
      `Only the latest ${log.attempts.length + log.skipped} of ${log.stored.toLocaleString('en')} stored attempts are read; the ${older.toLocaleString('en')} older ones are dropped at your next grade.`,
    );
  }
  if (log.skipped > 0) {
    notes.push(`${log.skipped} stored ${log.skipped === 1 ? 'attempt is' : 'attempts are'} damaged and not shown.`);
  }
  if (log.attempts.some((attempt) => attempt.answer === undefined)) {
    notes.push(`The answers of the latest ${ANSWERS_KEPT} attempts are kept; older attempts keep their score only.`);
  }
  return notes.join(' ');
}

/** Redraws the attempt list; `onLoad` is called with the attempt the candidate wants back. */
export function renderAttempts(
  list: HTMLOListElement,
  empty: HTMLElement,
  log: AttemptLog,
  onLoad: (attempt: ReadAttempt) => void,
): void {
  const { attempts } = log;
  empty.hidden = attempts.length > 0;
  const items = [...attempts].reverse().map((attempt) => {
    const item = document.createElement('li');
    item.dataset['attempt'] = String(attempt.number);
    const when = new Date(attempt.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    const outcome = `${attempt.passed ? 'passed' : 'not passed'}${attempt.mode === 'mock' ? ' (timed mock)' : ''}`;
    const text = document.createElement('span');
    text.textContent = `${when}: ${attempt.score} of ${attempt.max} points (${attempt.percent}%), ${outcome}, ${FORMAT_NAMES[attempt.format]}. `;
    item.append(text);
    if (attempt.answer !== undefined) {
      const load = document.createElement('button');
      load.type = 'button';
      load.className = 'secondary';
      load.textContent = 'Load this answer';
      // The accessible name starts with the visible text, so speech users can say what they see.
      load.setAttribute('aria-label', `Load this answer (attempt ${attempt.number})`);
      load.addEventListener('click', () => onLoad(attempt));
      item.append(load);
    }
    return item;
  });
  list.replaceChildren(...items);

  const note = describeHidden(log);
  let noteElement = list.parentElement?.querySelector<HTMLElement>('[data-attempts-note]') ?? null;
  if (!noteElement) {
    noteElement = document.createElement('p');
    noteElement.dataset['attemptsNote'] = '';
    noteElement.className = 'attempts-note';
    list.before(noteElement);
  }
  noteElement.textContent = note;
  noteElement.hidden = note === '';
}
