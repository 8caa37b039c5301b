/**
 * Reads a grade report the way the blind writer judged the answer, so the two can be compared: one of the three
 * interviewer verdicts, and the takeaways the answer missed.
 */
import type { GradeReport, InterviewVerdict } from '../../index.ts';

/** Below this share of the points, an answer that did not pass is mostly wrong: a fail, not a partial. */
export const PARTIAL_FLOOR_PERCENT = 50;

/** Below this share of a takeaway's points, the answer missed that takeaway. */
const MISSED_TAKEAWAY_SHARE = 0.5;

/** The grader's verdict in the interviewer's three words, and the takeaways it says the answer missed. */
export interface GraderJudgement {
  verdict: InterviewVerdict;
  misses: string[];
}

/**
 * `pass` when the answer passed; `fail` when a red flag or contradiction was raised or it earned under half the
 * points; otherwise `partial`. A takeaway is missed when its criteria earned under half their points, one of them
 * raised a red flag, or one of them is essential (the point of the question) and short of full marks.
 */
export function judgeReport(report: GradeReport): GraderJudgement {
  const verdict: InterviewVerdict = report.passed
    ? 'pass'
    : report.redFlags.length > 0 || report.percent < PARTIAL_FLOOR_PERCENT
      ? 'fail'
      : 'partial';
  const earned = new Map<string, { points: number; max: number }>();
  for (const criterion of report.criteria) {
    const sum = earned.get(criterion.takeaway) ?? { points: 0, max: 0 };
    earned.set(criterion.takeaway, { points: sum.points + criterion.points, max: sum.max + criterion.maxPoints });
  }
  const misses = new Set(report.redFlags.map((flag) => flag.takeaway));
  for (const criterion of report.criteria)
    if (report.essentialsMissed.includes(criterion.id)) misses.add(criterion.takeaway);
  for (const [takeaway, sum] of earned) if (sum.points < sum.max * MISSED_TAKEAWAY_SHARE) misses.add(takeaway);
  return { verdict, misses: [...misses].sort() };
}
