/**
 * How much browser storage the attempts of one exercise take, and how long the page takes to read a huge stored
 * list. Prints, per model answer: the characters stored after 50 graded attempts (the latest answers kept) against
 * 50 full copies (the shape before issue 16), and how many exercises' attempts fit in a 5 M-character quota
 * (Chromium's localStorage limit per site); then the time to read 60,000 stored attempts.
 * Run with `npm run bench:attempts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ATTEMPTS, readAttemptLog, recordAttempt, type AttemptRecord } from '../../src/storage/attempt-store';
import { attemptsKey } from '../../src/storage/storage-keys';
import { FakeStorage } from '../site/storage/fake-storage';

const QUOTA_CHARACTERS = 5_000_000;
const EXERCISES = join(import.meta.dirname, '../../exercises/architecture-patterns');
const ID = 'food-delivery-communication';

function attempt(index: number, answer: string): AttemptRecord {
  return { at: 1.7e12 + index * 60_000, format: 'json', score: 30, max: 40, percent: 75, passed: false, answer };
}

for (const file of ['food-delivery-communication/model.json', 'monolith-extraction-plan/model.json']) {
  const model = readFileSync(join(EXERCISES, file), 'utf8');
  const storage = new FakeStorage();
  // Each attempt a little different, as a candidate's answers are.
  const answers = Array.from({ length: MAX_ATTEMPTS }, (_, index) => `${model}\n// try ${index}`);
  answers.forEach((answer, index) => recordAttempt(storage, ID, attempt(index, answer)));
  const compact = storage.getItem(attemptsKey(ID))?.length ?? 0;
  const full = JSON.stringify(answers.map((answer, index) => attempt(index, answer))).length;
  console.log(
    `${file} (${model.length} characters): ${MAX_ATTEMPTS} attempts take ${compact.toLocaleString('en')} characters ` +
      `(50 full copies: ${full.toLocaleString('en')}); exercises whose attempts fit in a 5 M quota: ` +
      `${Math.floor(QUOTA_CHARACTERS / compact)} (before: ${Math.floor(QUOTA_CHARACTERS / full)})`,
  );
}

const storage = new FakeStorage();
// Older attempts keep their score only: no answer.
const many = Array.from({ length: 60_000 }, (_, index) => ({ ...attempt(index, ''), answer: undefined }));
storage.setItem(attemptsKey(ID), JSON.stringify(many));
const runs: number[] = [];
for (let run = 0; run < 5; run += 1) {
  const started = performance.now();
  const log = readAttemptLog(storage, ID);
  runs.push(performance.now() - started);
  if (log.attempts.length !== MAX_ATTEMPTS) throw new Error('expected the latest 50 attempts');
}
console.log(
  `60,000 stored attempts (${(storage.getItem(attemptsKey(ID))?.length ?? 0).toLocaleString('en')} characters): ` +
    `read in ${Math.min(...runs).toFixed(1)} ms at best, ${Math.max(...runs).toFixed(1)} ms at worst of 5 reads`,
);
