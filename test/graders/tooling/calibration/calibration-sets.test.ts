/**
 * The grader agrees with interviewers: every exercise is calibrated against at least six answers written blind, the
 * overall agreement on verdicts does not fall below what was measured, and every remaining disagreement is explained
 * in its file (the grader is right, or why it stays).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countAgreement, isExplained, toPercent } from '../../../../graders/tooling/calibration/compare-calibration.ts';
import { readCalibration } from '../../../../graders/tooling/calibration/read-calibration.ts';
import { runCalibrate } from '../../../../graders/tooling/calibration/run-calibrate.ts';
import { EXERCISE_IDS, exercisePath } from '../../../support/exercise-folders.ts';

const repository = join(import.meta.dirname, '../../../..');

/**
 * Measured 91.5 % (493 of 539) on 2026-12-07, after three blind rounds; issue 22 aims at 97 %. Round 3 (272 answers,
 * held out at 81.3 %) was judged under a brief that stresses "one decisive mistake fails", stricter than rounds 1-2, so
 * the figure fell from 94.4 % on 267 answers although every rubric change fixed more than it broke. The writers
 * themselves split on 12 answers the same apart from notes (`npm run calibrate` prints them: no grader can agree on
 * more than 97.8 %). Every disagreement left is explained in its file (exercises/calibration-log.md sums them up).
 * A change that loses agreement fails here.
 */
const MIN_AGREEMENT_PERCENT = 91.5;
const result = runCalibrate([], {
  repository,
  content: join(repository, 'content'),
  exercises: join(repository, 'exercises'),
});

describe('calibration against blind answers', () => {
  it.each(EXERCISE_IDS.map((id) => [id]))('%s has at least six blind answers, each read without a problem', (id) => {
    const { files, problems } = readCalibration(exercisePath(id));
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(EXERCISE_IDS.map((id) => [id]))('%s has every blind answer read again by a judge', (id) => {
    const unjudged = readCalibration(exercisePath(id))
      .files.filter((file) => file.header.judge === undefined)
      .map((file) => file.name);
    expect(unjudged).toEqual([]);
  });

  it('grades every blind answer as valid, each dispute between writer and judge settled', () => {
    expect(result.stderr).toBe('');
  });

  it(`agrees on at least ${MIN_AGREEMENT_PERCENT} % of the verdicts overall`, () => {
    const agreement = countAgreement(result.rows);
    expect(agreement.answers).toBeGreaterThanOrEqual(6 * EXERCISE_IDS.length);
    expect(toPercent(agreement.verdicts, agreement.answers)).toBeGreaterThanOrEqual(MIN_AGREEMENT_PERCENT);
  });

  it('explains every verdict it does not share in the answer file (graderRight or unresolved)', () => {
    const unexplained = result.rows
      .filter((row) => !row.verdictAgrees && !isExplained(row))
      .map((row) => `${row.exerciseId}/${row.name}: blind ${row.record.verdict}, grader ${row.grader.verdict}`);
    expect(unexplained).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});
