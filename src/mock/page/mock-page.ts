/**
 * The /mock/ page's script: each question's progress (passed, sat, running), "Surprise me", and the list of past
 * mocks with links to their reviews. Everything comes from browser storage; nothing is graded here.
 */
import { readAttempts } from '../../storage/attempt-store.ts';
import { pickSurprise } from '../mock-choice.ts';
import { reviewHref, START_MOCK_HASH } from '../mock-links.ts';
import { formatTimeUsed, readMockHistory, type MockRecord } from '../mock-history.ts';
import { deadlineOf, parseMockSession } from '../mock-session.ts';
import { findLocalStorage } from '../../storage/page/page-storage.ts';
import { readJson } from '../../storage/safe-storage.ts';
import { mockKey } from '../../storage/storage-keys.ts';
import { readCatalogue, readProgress } from '../../progress/page/read-progress.ts';
import { withBase } from '../../site-paths.ts';

/** A question as the page embeds it for this script. */
export interface MockQuestion {
  id: string;
  title: string;
}

/** Past mocks listed, newest first. */
const SHOWN_RECORDS = 30;

function describeResult(record: MockRecord): string {
  if (record.outcome === 'abandoned') return 'Abandoned';
  if (!record.result) return 'Not graded yet: open the review';
  return `${record.result.percent}%, ${record.result.passed ? 'passed' : 'not passed'}${record.outcome === 'time-up' ? ' (time ran out)' : ''}`;
}

function span(className: string, text: string): HTMLSpanElement {
  const node = document.createElement('span');
  node.className = className;
  node.textContent = text;
  return node;
}

function renderHistory(history: MockRecord[], titles: Map<string, string>): void {
  const list = document.querySelector<HTMLOListElement>('[data-history]');
  const empty = document.querySelector<HTMLElement>('[data-history-empty]');
  if (!list || !empty) return;
  const shown = history.slice(-SHOWN_RECORDS).reverse();
  list.replaceChildren(
    ...shown.map((record) => {
      const item = document.createElement('li');
      const date = new Date(record.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
      const title = titles.get(record.exerciseId) ?? record.exerciseId;
      const text = document.createElement('span');
      text.className = 'history-text';
      text.append(
        span('history-title', title),
        span('history-detail', `${date} · ${describeResult(record)} · ${formatTimeUsed(record)} used`),
      );
      const link = document.createElement('a');
      link.href = reviewHref(record.exerciseId, record.id);
      link.textContent = 'Review';
      link.setAttribute('aria-label', `Review: ${title}, ${date}`);
      item.append(text, link);
      item.dataset['mockRecord'] = record.id;
      return item;
    }),
  );
  list.hidden = shown.length === 0;
  empty.hidden = shown.length > 0;
}

function start(): void {
  const dataScript = document.getElementById('mock-questions');
  if (!dataScript) return;
  const questions = JSON.parse(dataScript.textContent ?? '[]') as MockQuestion[];
  const storage = findLocalStorage();
  const history = storage ? readMockHistory(storage) : [];
  const titles = new Map(questions.map((question) => [question.id, question.title]));
  const now = Date.now();
  // Questions testing a takeaway due for review today come first in "Surprise me".
  const catalogue = readCatalogue();
  const progress = catalogue && readProgress(catalogue);
  const dueTakeaways = new Set(progress?.due.map((item) => item.takeaway.id) ?? []);
  const testedBy = new Map<string, string[]>();
  for (const takeaway of catalogue?.lessons.flatMap((lesson) => lesson.takeaways) ?? [])
    for (const { exercise } of takeaway.testedBy)
      testedBy.set(exercise, [...(testedBy.get(exercise) ?? []), takeaway.id]);

  const candidates = questions.map((question) => {
    const mocks = history.filter((record) => record.exerciseId === question.id);
    const passed =
      mocks.some((record) => record.result?.passed === true) ||
      (storage ? readAttempts(storage, question.id).some((attempt) => attempt.passed) : false);
    const session = storage ? parseMockSession(readJson(storage, mockKey(question.id)), now) : undefined;
    const row = document.querySelector<HTMLElement>(`[data-mock-question="${CSS.escape(question.id)}"]`);
    const status = row?.querySelector<HTMLElement>('[data-question-status]');
    const link = row?.querySelector<HTMLAnchorElement>('[data-start-link]');
    if (status && link) {
      const best = Math.max(-1, ...mocks.map((record) => record.result?.percent ?? -1));
      const parts = [passed ? 'Passed' : mocks.length > 0 ? 'Not passed yet' : 'Not sat yet'];
      if (mocks.length > 0) parts.push(`${mocks.length} mock${mocks.length === 1 ? '' : 's'}`);
      if (best >= 0) parts.push(`best ${best}%`);
      if (session) {
        const left = Math.ceil((deadlineOf(session) - now) / 60_000);
        parts.unshift(left > 0 ? `Running, about ${left} min left` : 'Time ran out: open it to be graded');
        link.textContent = 'Continue';
        link.href = withBase(`/exercises/${question.id}/#mock`);
        link.setAttribute('aria-label', `Continue the mock: ${question.title}`);
      }
      status.textContent = parts.join(' · ');
    }
    const due = (testedBy.get(question.id) ?? []).some((takeaway) => dueTakeaways.has(takeaway));
    if (row) row.dataset['due'] = String(due);
    return { id: question.id, passed, lastMockAt: mocks.at(-1)?.startedAt, due };
  });

  const surpriseRow = document.querySelector<HTMLElement>('[data-surprise-row]');
  const surprise = document.querySelector<HTMLButtonElement>('[data-surprise]');
  if (surpriseRow && surprise && questions.length > 0) {
    surpriseRow.hidden = false;
    surprise.addEventListener('click', () => {
      const id = pickSurprise(candidates, Math.random);
      if (id !== undefined) window.location.assign(withBase(`/exercises/${id}/${START_MOCK_HASH}`));
    });
  }
  renderHistory(history, titles);
  document.documentElement.dataset['mockPage'] = 'ready';
}

start();
