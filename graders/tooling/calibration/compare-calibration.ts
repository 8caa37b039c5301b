/**
 * Compares each blind verdict with the grader's: the pure part of `npm run calibrate`, on reports already made.
 */
import type { CalibrationAnswer, GradeReport } from '../../index.ts';
import { judgeReport, type GraderJudgement } from './judge-report.ts';
import { findReadingOfRecord, type ReadingOfRecord } from './verdict-of-record.ts';

/** One calibration answer, its blind header and the grader's report on it. */
export interface GradedCalibration {
  exerciseId: string;
  name: string;
  header: CalibrationAnswer;
  report: GradeReport;
}

/** How one answer compares. */
export interface CalibrationRow extends GradedCalibration {
  /** The blind reading the grader is compared with: the writer's, or the adjudicator's where writer and judge differ. */
  record: ReadingOfRecord;
  grader: GraderJudgement;
  verdictAgrees: boolean;
  takeawaysAgree: boolean;
}

/** Agreement over a group of answers (an exercise, or all of them). */
export interface Agreement {
  answers: number;
  verdicts: number;
  takeaways: number;
  /** Answers a judge read again, and of those, how many the judge gave the writer's verdict. */
  judged: number;
  judgeAgrees: number;
  /** Verdict disagreements whose file explains them: the grader is right (`graderRight`), or why it stays (`unresolved`). */
  explained: number;
}

/** Compares one answer with its reading of record: the same verdict, and the same takeaways missed. */
export function compareCalibration(graded: GradedCalibration): CalibrationRow {
  const grader = judgeReport(graded.report);
  const record = findReadingOfRecord(graded.header);
  const blindMisses = [...new Set(record.misses)].sort();
  return {
    ...graded,
    record,
    grader,
    verdictAgrees: grader.verdict === record.verdict,
    takeawaysAgree: blindMisses.join(' ') === grader.misses.join(' '),
  };
}

/** Counts agreement over `rows`. */
export function countAgreement(rows: readonly CalibrationRow[]): Agreement {
  return {
    answers: rows.length,
    verdicts: rows.filter((row) => row.verdictAgrees).length,
    takeaways: rows.filter((row) => row.takeawaysAgree).length,
    judged: rows.filter((row) => row.header.judge !== undefined).length,
    judgeAgrees: rows.filter((row) => row.header.judge?.verdict === row.header.verdict).length,
    explained: rows.filter((row) => !row.verdictAgrees && isExplained(row)).length,
  };
}

/** Whether the answer's file says why its verdict differs: the grader is right, or why the disagreement stays. */
export function isExplained(row: CalibrationRow): boolean {
  return row.header.graderRight !== undefined || row.header.unresolved !== undefined;
}

/** A share as a percentage with one decimal, 100 for an empty group. */
export function toPercent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10;
}
