/**
 * The home page's "Due today": shown once anything was graded in this browser (DueToday.astro). The scheduler is
 * loaded only then, so a first visit loads none of it.
 */
import { attemptsKey, mockHistoryKey } from '../../storage/storage-keys.ts';

/** Whether any attempt or mock is stored: a cheap look at the keys, before loading anything. */
function anythingStored(): boolean {
  try {
    const storage = window.localStorage;
    const attemptsPrefix = attemptsKey('');
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index) ?? '';
      if (key.startsWith(attemptsPrefix) || key === mockHistoryKey()) return true;
    }
  } catch {
    // Storage that throws on use: nothing to show.
  }
  return false;
}

async function start(): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-home-due]');
  const summary = section?.querySelector<HTMLElement>('[data-due-summary]');
  const list = section?.querySelector<HTMLElement>('[data-due-list]');
  if (!section || !summary || !list || !anythingStored()) return;
  const [{ drawDueList }, { readCatalogue, readProgress }] = await Promise.all([
    import('./due-list.ts'),
    import('./read-progress.ts'),
  ]);
  const catalogue = readCatalogue();
  const state = catalogue && readProgress(catalogue);
  if (!state?.attempted) return;
  drawDueList(list, summary, state, Date.now());
  section.hidden = false;
  section.dataset['homeDue'] = 'shown';
}

void start();
