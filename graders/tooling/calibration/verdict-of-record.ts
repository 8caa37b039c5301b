/**
 * Which blind reading an answer is measured against. Its writer judged it; a judge may read it again, blind; where
 * the two differ, a third reader (the adjudicator) who saw both readings decides. The grader is compared with that
 * verdict of record, never with whichever reader happens to agree with it.
 */
import type { BlindReading, CalibrationAnswer } from '../../index.ts';

/** The reading that counts, and who gave it. */
export interface ReadingOfRecord extends BlindReading {
  by: 'writer' | 'adjudicator';
}

/** The adjudicator's reading where there is one, else the writer's (a judge who agrees leaves the writer's words). */
export function findReadingOfRecord(header: CalibrationAnswer): ReadingOfRecord {
  if (header.adjudicated !== undefined) return { ...header.adjudicated, by: 'adjudicator' };
  return { verdict: header.verdict, misses: header.misses, why: header.why, by: 'writer' };
}

/** Whether the answer waits for an adjudicator: its judge differs from its writer, and nobody has settled it yet. */
export function needsAdjudication(header: CalibrationAnswer): boolean {
  return header.judge !== undefined && header.judge.verdict !== header.verdict && header.adjudicated === undefined;
}

/** What is wrong with the answer's readings: a judge who differs with no adjudication, or an adjudication of nothing. */
export function findReadingProblem(header: CalibrationAnswer): string | undefined {
  const { judge, adjudicated } = header;
  if (adjudicated !== undefined && judge === undefined)
    return 'adjudicated, but there is no judge: adjudication settles a writer and a judge who differ';
  if (adjudicated !== undefined && judge !== undefined && judge.verdict === header.verdict)
    return `adjudicated, but the judge shares the writer's verdict (${header.verdict}): there is nothing to settle`;
  if (needsAdjudication(header) && judge !== undefined)
    return `the judge says ${judge.verdict} and the writer ${header.verdict}: add the adjudicator's reading (adjudicated)`;
  return undefined;
}
