/**
 * Time to compute what /progress/ shows (mastery, the FSRS schedule and the due list) from two years of daily use:
 * 5,000 graded attempts over 730 days on the course's real exercises, each attempt carrying its exercise's real
 * criteria (with their takeaways) and outcomes that improve with practice, plus a graded mock every week.
 *
 * Two figures: the pure computation from all 5,000 attempts (as if every one were kept), and the page's whole work from
 * browser storage, which keeps the latest 50 attempts per exercise and 100 mocks (so a reader of two years has at most
 * 850 attempts stored): reading and validating the JSON, then the same computation.
 * Run with `npm run bench:progress`.
 */
import { join } from 'node:path';
import { findExerciseFolders } from '../../graders/tooling/find-exercises';
import { loadExercise } from '../../graders/tooling/load-exercise';
import { chapters } from '../../graders/course/chapters';
import { checkContent } from '../../graders/tooling/content-check/check-content';
import { saveMockRecord, type MockRecord } from '../../src/mock/mock-history';
import { recordAttempt } from '../../src/storage/attempt-store';
import type { CriterionEvidence } from '../../src/storage/criterion-evidence';
import type { GradedRecord } from '../../src/progress/evidence';
import { computeProgress, type StudyRecords } from '../../src/progress/progress-state';
import { readStudyRecords } from '../../src/progress/read-study-records';
import type { StudyCatalogue } from '../../src/progress/study-catalogue';
import { FakeStorage } from '../site/storage/fake-storage';

const ROOT = join(import.meta.dirname, '../..');
const ATTEMPTS = 5_000;
const DAYS = 730;
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1, 9);
const NOW = START + DAYS * DAY;

/** The catalogue from the files on disk: the same facts the build embeds in /progress/. */
function loadCatalogue(): {
  catalogue: StudyCatalogue;
  rubrics: Map<string, { id: string; takeaway: string; points: number }[]>;
} {
  const report = checkContent({
    content: join(ROOT, 'content'),
    exercises: join(ROOT, 'exercises'),
    chapters: chapters.map((chapter) => chapter.slug),
  });
  const rubrics = new Map<string, { id: string; takeaway: string; points: number }[]>();
  const exercises: StudyCatalogue['exercises'] = [];
  for (const folder of findExerciseFolders(join(ROOT, 'exercises'))) {
    const result = loadExercise(folder);
    if (!result.ok) throw new Error(`${folder}: ${result.problems.map((problem) => problem.message).join('; ')}`);
    const { frontmatter } = result.loaded.exercise;
    const id = folder.split('/').at(-1) ?? folder;
    rubrics.set(
      id,
      frontmatter.rubric.map((criterion) => ({
        id: criterion.id,
        takeaway: criterion.takeaway,
        points: criterion.points,
      })),
    );
    exercises.push({
      id,
      title: frontmatter.title,
      minutes: frontmatter.minutes,
      difficulty: frontmatter.difficulty,
      href: `/exercises/${id}/`,
    });
  }
  const lessons = new Map<string, StudyCatalogue['lessons'][number]>();
  for (const { takeaway, testedBy } of report.coverage) {
    const id = `${takeaway.chapter}/${takeaway.lesson}`;
    const lesson = lessons.get(id) ?? { id, title: takeaway.lesson, href: `/${id}/`, takeaways: [] };
    lesson.takeaways.push({ id: takeaway.id, title: takeaway.text, href: `/${id}/#${takeaway.id}`, testedBy });
    lessons.set(id, lesson);
  }
  return { catalogue: { lessons: [...lessons.values()], exercises }, rubrics };
}

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same history. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Criteria outcomes that improve as the days go by: misses early, mostly full marks late. */
function gradeCriteria(
  rubric: readonly { id: string; takeaway: string; points: number }[],
  progress: number,
  random: () => number,
): CriterionEvidence[] {
  return rubric.map((criterion) => {
    const roll = random();
    const points =
      roll < 0.6 * (1 - progress) ? 0 : roll < 0.8 - 0.3 * progress ? criterion.points / 2 : criterion.points;
    return {
      criterion: criterion.id,
      takeaway: criterion.takeaway,
      points,
      max: criterion.points,
      redFlag: points === 0 && random() < 0.1,
    };
  });
}

const { catalogue, rubrics } = loadCatalogue();
const exerciseIds = catalogue.exercises.map((exercise) => exercise.id);
const random = createRandom(24);
const graded: GradedRecord[] = [];
const storage = new FakeStorage();
let criteriaCount = 0;
for (let index = 0; index < ATTEMPTS; index += 1) {
  const at = START + Math.floor((index / ATTEMPTS) * DAYS * DAY) + Math.floor(random() * 8 * 3_600_000);
  const exerciseId = exerciseIds[Math.floor(random() * exerciseIds.length)] ?? '';
  const criteria = gradeCriteria(rubrics.get(exerciseId) ?? [], index / ATTEMPTS, random);
  criteriaCount += criteria.length;
  const hintsOpen = random() < 0.2;
  graded.push({ at, exerciseId, kind: hintsOpen ? 'practice-with-hints' : 'practice', criteria });
  const score = criteria.reduce((sum, criterion) => sum + criterion.points, 0);
  const max = criteria.reduce((sum, criterion) => sum + criterion.max, 0);
  const percent = Math.round((score / max) * 1000) / 10;
  recordAttempt(storage, exerciseId, {
    at,
    format: 'json',
    score,
    max,
    percent,
    passed: percent >= 70,
    criteria,
    hintsOpen,
  });
}
for (let week = 0; week < DAYS / 7; week += 1) {
  const at = START + week * 7 * DAY + 18 * 3_600_000;
  const exerciseId = exerciseIds[week % exerciseIds.length] ?? '';
  const criteria = gradeCriteria(rubrics.get(exerciseId) ?? [], week / (DAYS / 7), random);
  graded.push({ at, exerciseId, kind: 'mock', criteria });
  const record: MockRecord = {
    id: at.toString(36),
    exerciseId,
    startedAt: at - 15 * 60_000,
    endedAt: at,
    minutes: 15,
    outcome: 'finished',
    answer: { at, format: 'json', text: '{}' },
    result: { score: 1, max: 2, percent: 50, passed: false, criteria },
  };
  saveMockRecord(storage, record);
}

const records: StudyRecords = {
  graded,
  passed: new Set(exerciseIds.slice(0, 5)),
  mocksSat: 104,
  lessonsRead: new Set(),
};
const endOfToday = NOW + 12 * 3_600_000;

function measure(label: string, run: () => { due: unknown[] }): void {
  const times: number[] = [];
  let due = 0;
  for (let round = 0; round < 7; round += 1) {
    const started = performance.now();
    due = run().due.length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label}: median ${times[3]?.toFixed(1)} ms, best ${times[0]?.toFixed(1)} ms, worst ${times[6]?.toFixed(1)} ms of 7 runs (${due} due)`,
  );
}

const takeaways = catalogue.lessons.reduce((sum, lesson) => sum + lesson.takeaways.length, 0);
console.log(
  `history: ${ATTEMPTS.toLocaleString('en')} attempts and ${Math.floor(DAYS / 7)} mocks over ${DAYS} days, ` +
    `${criteriaCount.toLocaleString('en')} graded criteria (${(criteriaCount / ATTEMPTS).toFixed(1)} per attempt), ` +
    `${exerciseIds.length} exercises, ${takeaways} takeaways`,
);
measure('all 5,000 attempts, computed (mastery + FSRS + due list)', () =>
  computeProgress(catalogue, records, NOW, endOfToday),
);
const stored = readStudyRecords(storage, exerciseIds);
console.log(`stored after two years: ${stored.graded.length} graded records (50 per exercise, 100 mocks)`);
measure('from browser storage, read and computed', () =>
  computeProgress(catalogue, readStudyRecords(storage, exerciseIds), NOW, endOfToday),
);
