/**
 * The study state of this browser, for the pages that show it (/progress/, the home page, /mock/): the catalogue the
 * page embeds (#study-catalogue), the records in storage, and the reader's clock and day.
 */
import { computeProgress, type ProgressState } from '../progress-state.ts';
import { readStudyRecords } from '../read-study-records.ts';
import type { StudyCatalogue } from '../study-catalogue.ts';
import { findLocalStorage } from '../../storage/page/page-storage.ts';

/** The end of the reader's local day containing `now`, ms since the epoch. */
export function endOfLocalDay(now: number): number {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end.getTime();
}

/** The catalogue embedded in the page, or `undefined` when the page has none. */
export function readCatalogue(): StudyCatalogue | undefined {
  const script = document.getElementById('study-catalogue');
  if (!script?.textContent) return undefined;
  return JSON.parse(script.textContent) as StudyCatalogue;
}

/** The progress at the browser's now; `undefined` without a catalogue or without storage (nothing to show). */
export function readProgress(catalogue: StudyCatalogue): ProgressState | undefined {
  const storage = findLocalStorage();
  if (!storage) return undefined;
  const records = readStudyRecords(
    storage,
    catalogue.exercises.map((exercise) => exercise.id),
  );
  const now = Date.now();
  return computeProgress(catalogue, records, now, endOfLocalDay(now));
}
