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
  /** Other takeaways its red flags showed missed (a red flag may name one besides the criterion's); absent if none. */
  flagTakeaways?: string[];
}

/** The most other takeaways kept for one criterion; a rubric's red flags name a few at most. */
const MAX_FLAG_TAKEAWAYS = 10;

/** The evidence of a report: every criterion that was graded (a criterion left ungraded says nothing). */
export function collectCriterionEvidence(report: GradeReport): CriterionEvidence[] {
  const flagged = new Set(report.redFlags.map((flag) => flag.criterion));
  return report.criteria
    .filter((criterion) => criterion.verdict !== 'not-graded')
    .map((criterion) => {
      const others = [
        ...new Set(
          report.redFlags
            .filter((flag) => flag.criterion === criterion.id && flag.takeaway !== criterion.takeaway)
            .map((flag) => flag.takeaway),
        ),
      ];
      return {
        criterion: criterion.id,
        takeaway: criterion.takeaway,
        points: criterion.points,
        max: criterion.maxPoints,
        redFlag: flagged.has(criterion.id),
        ...(others.length === 0 ? {} : { flagTakeaways: others.slice(0, MAX_FLAG_TAKEAWAYS) }),
      };
    });
}

const ID = /^[a-z0-9][a-z0-9.-]{0,119}$/;

function isEvidence(value: unknown): value is CriterionEvidence {
  if (typeof value !== 'object' || value === null) return false;
  const { criterion, takeaway, points, max, redFlag, flagTakeaways } = value as Record<string, unknown>;
  return (
    (flagTakeaways === undefined ||
      (Array.isArray(flagTakeaways) &&
        flagTakeaways.length <= MAX_FLAG_TAKEAWAYS &&
        flagTakeaways.every((id) => typeof id === 'string' && ID.test(id)))) &&
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
  return value.map(({ criterion, takeaway, points, max, redFlag, flagTakeaways }) => ({
    criterion,
    takeaway,
    points,
    max,
    redFlag,
    ...(flagTakeaways === undefined ? {} : { flagTakeaways: [...flagTakeaways] }),
  }));
}
