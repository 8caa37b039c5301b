/**
 * The /progress/ page's script: marks each takeaway's cell with its mastery (class, shape and word), says which lessons
 * were read, fills the counts and the "due today" list. Everything comes from browser storage; nothing is graded here.
 */
import { readLessonsRead } from '../lessons-read.ts';
import { findLocalStorage } from '../../storage/page/page-storage.ts';
import { drawDueList, formatWhen } from './due-list.ts';
import { MASTERY_SHAPES, MASTERY_WORDS } from '../mastery-words.ts';
import { readCatalogue, readProgress } from './read-progress.ts';

function setText(selector: string, text: string): void {
  const node = document.querySelector<HTMLElement>(selector);
  if (node) node.textContent = text;
}

function start(): void {
  const catalogue = readCatalogue();
  const summary = document.querySelector<HTMLElement>('[data-due-summary]');
  const list = document.querySelector<HTMLElement>('[data-due-list]');
  if (!catalogue || !summary || !list) return;
  const state = readProgress(catalogue);
  if (!state) {
    summary.textContent = 'This browser does not let the site read its storage, so there is no progress to show.';
    return;
  }
  for (const cell of document.querySelectorAll<HTMLElement>('[data-takeaway-cell]')) {
    const progress = state.takeaways.get(cell.dataset['takeawayCell'] ?? '');
    if (!progress) continue;
    const { mastery, review } = progress;
    cell.classList.remove('mastery-not-started');
    cell.classList.add(`mastery-${mastery.state}`);
    cell.dataset['state'] = mastery.state;
    const mark = cell.querySelector('[data-cell-mark]');
    const word = cell.querySelector('[data-cell-word]');
    if (mark) mark.textContent = MASTERY_SHAPES[mastery.state];
    if (word) word.textContent = MASTERY_WORDS[mastery.state];
    const next = review ? ` Next review: ${formatWhen(review.due)}.` : '';
    cell.title = `${MASTERY_WORDS[mastery.state]}: ${cell.title}${next}`;
    // The title shows on hover only: the date is also in the cell's words, for keyboard, touch and screen readers.
    const nextWords = cell.querySelector('[data-cell-next]');
    if (nextWords) nextWords.textContent = next;
  }
  const storage = findLocalStorage();
  const read = storage ? readLessonsRead(storage) : new Map<string, number>();
  for (const row of document.querySelectorAll<HTMLElement>('[data-lesson-row]')) {
    const at = read.get(row.dataset['lessonRow'] ?? '');
    const label = row.querySelector('[data-lesson-read-state]');
    if (label) label.textContent = at === undefined ? 'Not read yet' : '✓ Read';
  }
  const { counts } = state;
  setText('[data-count="lessons-read"]', `${counts.lessonsRead} of ${counts.lessons}`);
  setText('[data-count="exercises-passed"]', `${counts.exercisesPassed} of ${counts.exercises}`);
  setText('[data-count="mocks-sat"]', String(counts.mocksSat));
  drawDueList(list, summary, state, Date.now());
  document.documentElement.dataset['progressPage'] = 'ready';
}

start();
