import { describe, expect, it } from 'vitest';
import { saveMockRecord } from '../../../src/mock/mock-history.ts';
import { recordAttempt } from '../../../src/storage/attempt-store.ts';
import type { CriterionEvidence } from '../../../src/storage/criterion-evidence.ts';
import { computeProgress } from '../../../src/progress/progress-state.ts';
import { readStudyRecords } from '../../../src/progress/read-study-records.ts';
import type { StudyCatalogue } from '../../../src/progress/study-catalogue.ts';
import { FakeStorage } from '../storage/fake-storage.ts';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-01T10:00:00Z');
const END_OF_DAY = Date.parse('2026-03-01T23:59:59.999Z');

/** Two lessons; `a.one` is tested by a long and a short exercise, `b.two` by the long one only. */
const CATALOGUE: StudyCatalogue = {
  lessons: [
    {
      id: 'ch/a',
      title: 'A',
      href: '/ch/a/',
      takeaways: [
        {
          id: 'a.one',
          title: 'One',
          href: '/ch/a/#takeaway-a-one',
          testedBy: [
            { exercise: 'long', criteria: ['c1'] },
            { exercise: 'short-stretch', criteria: ['c1'] },
            { exercise: 'short', criteria: ['c1'] },
          ],
        },
      ],
    },
    {
      id: 'ch/b',
      title: 'B',
      href: '/ch/b/',
      takeaways: [
        {
          id: 'b.two',
          title: 'Two',
          href: '/ch/b/#takeaway-b-two',
          testedBy: [{ exercise: 'long', criteria: ['c2'] }],
        },
        { id: 'b.three', title: 'Three', href: '/ch/b/#takeaway-b-three', testedBy: [] },
      ],
    },
  ],
  exercises: [
    { id: 'long', title: 'Long', minutes: 30, difficulty: 'core', href: '/exercises/long/' },
    {
      id: 'short-stretch',
      title: 'Short stretch',
      minutes: 10,
      difficulty: 'stretch',
      href: '/exercises/short-stretch/',
    },
    { id: 'short', title: 'Short', minutes: 10, difficulty: 'warm-up', href: '/exercises/short/' },
  ],
};

function criterion(takeaway: string, points: number): CriterionEvidence {
  return { criterion: 'c', takeaway, points, max: 2, redFlag: false };
}

function attempt(at: number, criteria: CriterionEvidence[], passed = false) {
  return { at, format: 'json' as const, score: 1, max: 2, percent: 50, passed, criteria, hintsOpen: false };
}

describe('the progress state from stored records', () => {
  it('lists a missed takeaway as due today, with the shortest, easiest exercise testing it and its lesson section', () => {
    const storage = new FakeStorage();
    recordAttempt(storage, 'long', attempt(T0, [criterion('a.one', 0), criterion('b.two', 2)]));
    const state = computeProgress(CATALOGUE, readStudyRecords(storage, ['long', 'short']), T0, END_OF_DAY);
    expect(state.due.map((item) => [item.takeaway.id, item.exercise?.id, item.takeaway.href])).toEqual([
      ['a.one', 'short', '/ch/a/#takeaway-a-one'],
    ]);
    expect(state.takeaways.get('a.one')?.mastery.state).toBe('weak');
    expect(state.takeaways.get('b.two')?.mastery.state).toBe('learning');
    expect(state.takeaways.get('b.three')?.mastery.state).toBe('not-started');
    expect(state.attempted).toBe(true);
  });

  it('says when the next review is once nothing is due', () => {
    const storage = new FakeStorage();
    recordAttempt(storage, 'long', attempt(T0, [criterion('b.two', 2)]));
    const state = computeProgress(CATALOGUE, readStudyRecords(storage, ['long']), T0, END_OF_DAY);
    expect(state.due).toEqual([]);
    expect(state.nextDue).toBeGreaterThan(END_OF_DAY);
  });

  it('counts a graded mock once, from its record, as a mock (its attempt copy is skipped)', () => {
    const storage = new FakeStorage();
    const criteria = [criterion('a.one', 2)];
    recordAttempt(storage, 'long', { ...attempt(T0 + HOUR, criteria, true), mode: 'mock' });
    saveMockRecord(storage, {
      id: 'm1',
      exerciseId: 'long',
      startedAt: T0,
      endedAt: T0 + HOUR,
      minutes: 30,
      outcome: 'finished',
      answer: { at: T0 + HOUR, format: 'json', text: '{}' },
      result: { score: 2, max: 2, percent: 100, passed: true, criteria },
    });
    const records = readStudyRecords(storage, ['long']);
    expect(records.graded.map((record) => record.kind)).toEqual(['mock']);
    expect(records.mocksSat).toBe(1);
    expect([...records.passed]).toEqual(['long']);
  });

  it('counts lessons read and exercises passed only among those the course lists, and ignores unknown takeaways', () => {
    const storage = new FakeStorage();
    recordAttempt(storage, 'long', attempt(T0, [criterion('gone.takeaway', 0)], true));
    storage.setItem('courseware:v1:lessons-read', JSON.stringify({ 'ch/a': T0, 'ch/removed': T0 }));
    const state = computeProgress(CATALOGUE, readStudyRecords(storage, ['long']), T0, END_OF_DAY);
    expect(state.counts).toEqual({ lessonsRead: 1, lessons: 2, exercisesPassed: 1, exercises: 3, mocksSat: 0 });
    expect(state.due).toEqual([]);
  });
});
