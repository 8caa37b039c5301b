/**
 * Evidence about takeaways, from what was graded: each stored attempt and graded mock becomes, for every takeaway its
 * criteria test, one outcome (success, partial or miss) of one kind (mock, practice, practice with a hint open). Pure:
 * no DOM, no storage; the page reads the records (read-evidence.ts) and passes them in.
 */
import type { CriterionEvidence } from '../storage/criterion-evidence.ts';

/** How a takeaway went in one graded answer. */
export type Outcome = 'success' | 'partial' | 'miss';

/** Where the evidence comes from: a timed mock counts most, practice with a hint open least. */
export type EvidenceKind = 'mock' | 'practice' | 'practice-with-hints';

/** One graded answer's outcome on one takeaway. */
export interface TakeawayEvidence {
  /** When the answer was graded, ms since the epoch. */
  at: number;
  takeaway: string;
  exerciseId: string;
  kind: EvidenceKind;
  outcome: Outcome;
}

/** A graded answer as evidence needs it: an attempt or a mock result, with its criteria when the record has them. */
export interface GradedRecord {
  at: number;
  exerciseId: string;
  kind: EvidenceKind;
  criteria?: readonly CriterionEvidence[] | undefined;
}

/** One criterion's outcome: full marks is a success, a red flag or zero a miss, anything between partial. */
export function judgeCriterion(criterion: CriterionEvidence): Outcome {
  if (criterion.redFlag || criterion.points <= 0) return 'miss';
  return criterion.points >= criterion.max ? 'success' : 'partial';
}

/**
 * The outcome of several criteria on one takeaway in one answer: a success when all are, a miss when all are or any
 * raised a red flag, else partial (one right and one wrong is half known, not unknown).
 */
export function combineOutcomes(criteria: readonly CriterionEvidence[]): Outcome {
  const outcomes = criteria.map(judgeCriterion);
  if (criteria.some((criterion) => criterion.redFlag) || outcomes.every((outcome) => outcome === 'miss')) return 'miss';
  return outcomes.every((outcome) => outcome === 'success') ? 'success' : 'partial';
}

/** Every record's evidence, oldest first; records without criteria (older ones) give none. */
export function collectEvidence(records: readonly GradedRecord[]): TakeawayEvidence[] {
  const evidence: TakeawayEvidence[] = [];
  for (const record of records) {
    if (!record.criteria || record.criteria.length === 0) continue;
    const byTakeaway = new Map<string, CriterionEvidence[]>();
    for (const criterion of record.criteria) {
      const list = byTakeaway.get(criterion.takeaway);
      if (list) list.push(criterion);
      else byTakeaway.set(criterion.takeaway, [criterion]);
    }
    // A red flag that names another takeaway (popularity as a reason misses matching the problem) is a miss there.
    const flaggedElsewhere = new Set(record.criteria.flatMap((criterion) => criterion.flagTakeaways ?? []));
    for (const [takeaway, criteria] of byTakeaway)
      evidence.push({
        at: record.at,
        takeaway,
        exerciseId: record.exerciseId,
        kind: record.kind,
        outcome: flaggedElsewhere.has(takeaway) ? 'miss' : combineOutcomes(criteria),
      });
    for (const takeaway of flaggedElsewhere)
      if (!byTakeaway.has(takeaway))
        evidence.push({ at: record.at, takeaway, exerciseId: record.exerciseId, kind: record.kind, outcome: 'miss' });
  }
  return evidence.sort((a, b) => a.at - b.at);
}
