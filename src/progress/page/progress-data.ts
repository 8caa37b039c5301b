/**
 * The "Your data" block (src/components/ProgressData.astro): export to a file, import a file, reset with undo. Every
 * text from a file or from storage is shown with `textContent`, never as markup.
 */
import { entries, exportFile } from 'virtual:export-validators';
import { createExport, exportFileName } from '../../storage/layout/export-file.ts';
import type { ExportValidators } from '../../storage/layout/export-validators.ts';
import { CURRENT_LAYOUT } from '../../storage/layout/migrations.ts';
import { importProgress } from '../../storage/layout/import-progress.ts';
import { type KindCount, type MergeSummary } from '../../storage/layout/merge-items.ts';
import { MAX_IMPORT_BYTES, type ImportProblem } from '../../storage/layout/read-import.ts';
import { readResetUndo, resetProgress, undoReset } from '../../storage/layout/reset-progress.ts';
import { STORED_KINDS } from '../../storage/layout/stored-kinds.ts';
import { findLocalStorage } from '../../storage/page/page-storage.ts';
import type { KeyValueStorage } from '../../storage/safe-storage.ts';

const validators: ExportValidators = { exportFile, entries };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What the merge did, one line per kind it touched: "drafts: 2 new, 1 merged (…)", "attempts: 3 added". */
export function describeMerge(counts: Readonly<Record<string, KindCount>>): string[] {
  const lines: string[] = [];
  for (const kind of STORED_KINDS) {
    const count = counts[kind.name];
    if (!count || count.added + count.updated + count.unchanged === 0) continue;
    if (kind.value['type'] === 'array') {
      lines.push(`${kind.noun}: ${count.records > 0 ? `${count.records} added` : 'none new'}`);
      continue;
    }
    const merged = kind.name === 'drafts' ? 'merged (the newer kept, the other as its undo copy)' : 'merged';
    const parts = [
      count.added > 0 ? `${count.added} new` : '',
      count.updated > 0 ? `${count.updated} ${merged}` : '',
      count.unchanged > 0 ? `${count.unchanged} already here` : '',
    ].filter(Boolean);
    lines.push(`${kind.noun}: ${parts.join(', ')}`);
  }
  return lines;
}

function showList(status: HTMLElement, heading: string, lines: readonly string[], className: string): void {
  const list = element('ul');
  list.className = className;
  for (const line of lines) list.append(element('li', line));
  status.replaceChildren(element('p', heading), list);
}

function showProblems(status: HTMLElement, problems: readonly ImportProblem[], more: number): void {
  const list = element('ul');
  list.className = 'import-problems';
  for (const problem of problems) {
    const item = element('li');
    item.append(element('code', problem.where), document.createTextNode(`: ${problem.message}`));
    list.append(item);
  }
  if (more > 0) list.append(element('li', `and ${more} more`));
  status.replaceChildren(element('p', 'The file was not imported; nothing was changed:'), list);
  status.dataset['importState'] = 'refused';
}

function showMerge(status: HTMLElement, summary: MergeSummary, heading: string): void {
  if (!summary.ok) {
    status.replaceChildren(element('p', summary.message));
    status.dataset['importState'] = 'failed';
    return;
  }
  const lines = describeMerge(summary.counts);
  showList(status, lines.length === 0 ? `${heading} Nothing in it was new.` : heading, lines, 'import-summary');
  status.dataset['importState'] = 'merged';
}

function setUp(root: HTMLElement, storage: NonNullable<ReturnType<typeof findLocalStorage>>, session: KeyValueStorage) {
  const find = <T extends HTMLElement>(selector: string): T => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`Your data: missing ${selector}`);
    return found;
  };
  const exportStatus = find<HTMLElement>('[data-export-status]');
  find<HTMLButtonElement>('[data-export]').addEventListener('click', () => {
    const now = new Date();
    const { file, skipped } = createExport(
      storage,
      validators,
      now,
      new URL(root.dataset['schemaUrl'] ?? '', location.href).href,
    );
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
    const link = element('a');
    link.href = url;
    link.download = exportFileName(now);
    link.click();
    // Some browsers read the file after the click returns: the URL is freed a minute later, not at once.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    const total = Object.values(file.items).reduce((sum, list) => sum + list.length, 0);
    exportStatus.textContent =
      `Saved ${link.download}: ${total} item${total === 1 ? '' : 's'}.` +
      (skipped > 0 ? ` ${skipped} stored item(s) with unprintable keys were left out.` : '');
  });

  const importStatus = find<HTMLElement>('[data-import-status]');
  const input = find<HTMLInputElement>('[data-import-file]');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    importStatus.dataset['importState'] = 'reading';
    if (file.size > MAX_IMPORT_BYTES) {
      showProblems(
        importStatus,
        [
          {
            where: file.name,
            message: `is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: not an export of this course`,
          },
        ],
        0,
      );
      return;
    }
    const outcome = importProgress(storage, await file.text(), validators);
    if (outcome.kind === 'refused') {
      showProblems(importStatus, outcome.problems, outcome.more);
      return;
    }
    const older =
      outcome.version < CURRENT_LAYOUT ? ` (made by an older version, ${outcome.version}, and updated)` : '';
    showMerge(importStatus, outcome.summary, `Imported ${file.name}${older}:`);
  });

  const dialog = find<HTMLDialogElement>('[data-reset-dialog]');
  const resetStatus = find<HTMLElement>('[data-reset-status]');
  const undo = find<HTMLButtonElement>('[data-undo-reset]');
  const offerUndo = (): void => {
    undo.hidden = readResetUndo(session) === undefined;
  };
  find<HTMLButtonElement>('[data-reset]').addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'reset') return;
    const outcome = resetProgress(storage, session, validators);
    resetStatus.textContent = outcome.ok
      ? `Removed ${outcome.removed} stored item${outcome.removed === 1 ? '' : 's'}. Undo brings them back until you close this tab.`
      : outcome.message;
    offerUndo();
    if (outcome.ok) undo.focus();
  });
  undo.addEventListener('click', () => {
    const summary = undoReset(storage, session, validators);
    resetStatus.textContent = summary.ok ? 'Your progress is back.' : summary.message;
    offerUndo();
  });
  offerUndo();
  root.dataset['ready'] = 'true';
}

function start(): void {
  const root = document.querySelector<HTMLElement>('[data-progress-data]');
  if (!root) return;
  const storage = findLocalStorage();
  let session: KeyValueStorage | undefined;
  try {
    session = window.sessionStorage;
  } catch {
    session = undefined;
  }
  if (!storage || !session) {
    root.replaceChildren(
      element(
        'p',
        'This browser does not let the site store anything, so there is no data to export, import or reset.',
      ),
    );
    return;
  }
  setUp(root, storage, session);
}

start();
