/**
 * Draws the "due today" list: each due takeaway with its lesson section, how it stands, since when it is due (in the
 * reader's locale), and the shortest exercise that tests it. Shared by /progress/ and the home page.
 */
import type { DueItem, ProgressState } from '../progress-state.ts';
import { MASTERY_WORDS } from '../mastery-words.ts';

/** A date and time in the reader's locale. */
export function formatWhen(at: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function drawItem(item: DueItem, now: number): HTMLLIElement {
  const row = element('li', undefined, 'due-item');
  row.dataset['dueTakeaway'] = item.takeaway.id;
  const title = element('a', item.takeaway.title, 'due-title');
  title.href = item.takeaway.href;
  const when =
    item.review.due <= now ? `due since ${formatWhen(item.review.due)}` : `due ${formatWhen(item.review.due)}`;
  const facts = element('span', `${MASTERY_WORDS[item.mastery.state]} · ${item.lesson.title} · ${when}`, 'due-facts');
  row.append(title, facts);
  if (item.exercise) {
    const practise = element('span', 'Practise: ', 'due-practise');
    const link = element('a', item.exercise.title);
    link.href = item.exercise.href;
    practise.append(link, ` (${item.exercise.minutes} min, ${item.exercise.difficulty})`);
    row.append(practise);
  }
  return row;
}

/** Fills `list` with the due takeaways and `summary` with a sentence about them (or the next review date). */
export function drawDueList(list: HTMLElement, summary: HTMLElement, state: ProgressState, now: number): void {
  list.replaceChildren(...state.due.map((item) => drawItem(item, now)));
  list.hidden = state.due.length === 0;
  if (state.due.length > 0)
    summary.textContent = `${state.due.length} takeaway${state.due.length === 1 ? ' is' : 's are'} due for review today.`;
  else if (state.nextDue !== undefined)
    summary.textContent = `Nothing is due today. Next review: ${formatWhen(state.nextDue)}.`;
  else if (state.attempted) summary.textContent = 'Nothing is due: no graded answer has tested a takeaway yet.';
  else summary.textContent = 'Nothing is due yet: grade an exercise and what it tests is scheduled for review.';
}
