/**
 * What a graded attempt or mock says about each takeaway: one entry per graded criterion, stored with the attempt so
 * mastery and the review schedule (src/progress/) can be derived from what was graded, without grading again. Older
 * records have no such entries; read back, a damaged list is dropped whole (the attempt itself stays valid).
 */
import type { GradeReport } from '../../graders/index.ts';

/** The most criteria kept for one attempt; a rubric has far fewer, so a longer stored list is not believed. */
export const MAX_CRITERIA_EVIDENCE = 100;

/** One graded criterion of an attempt, as evidence about its takeaway. */
export interface CriterionEvidence {
  /** The rubric criterion's id. */
  criterion: string;
  /** The takeaway the criterion tests, `<lesson>.<name>`. */
  takeaway: string;
  /** Points awarded. */
  points: number;
  /** The most the criterion could earn. */
  max: number;
  /** Whether the criterion raised a red flag or a contradiction (fails the answer whatever its points). */
  redFlag: boolean;
}

/** The evidence of a report: every criterion that was graded (a criterion left ungraded says nothing). */
export function collectCriterionEvidence(report: GradeReport): CriterionEvidence[] {
  const flagged = new Set(report.redFlags.map((flag) => flag.criterion));
  return report.criteria
    .filter((criterion) => criterion.verdict !== 'not-graded')
    .map((criterion) => ({
      criterion: criterion.id,
      takeaway: criterion.takeaway,
      points: criterion.points,
      max: criterion.maxPoints,
      redFlag: flagged.has(criterion.id),
    }));
}

const ID = /^[a-z0-9][a-z0-9.-]{0,119}$/;

function isEvidence(value: unknown): value is CriterionEvidence {
  if (typeof value !== 'object' || value === null) return false;
  const { criterion, takeaway, points, max, redFlag } = value as Record<string, unknown>;
  return (
    typeof criterion === 'string' &&
    ID.test(criterion) &&
    typeof takeaway === 'string' &&
    ID.test(takeaway) &&
    typeof points === 'number' &&
    typeof max === 'number' &&
    Number.isFinite(max) &&
    Number.isFinite(points) &&
    points >= 0 &&
    points <= max &&
    typeof redFlag === 'boolean'
  );
}

/** A stored evidence list read back: `undefined` when missing or when any entry is damaged or the list too long. */
export function parseCriterionEvidence(value: unknown): CriterionEvidence[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_CRITERIA_EVIDENCE) return undefined;
  if (!value.every(isEvidence)) return undefined;
  return value.map(({ criterion, takeaway, points, max, redFlag }) => ({ criterion, takeaway, points, max, redFlag }));
}
