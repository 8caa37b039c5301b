/**
 * How far any grader could agree with the blind writers, given that writers disagree among themselves: answers to one
 * exercise that are the same apart from free text (which is never graded) must get one verdict from a grader, so
 * when their writers gave them different verdicts, all but the most common verdict disagree whatever the rubric says.
 */
import { readAnswer, type AnswerFormat } from '../../index.ts';

/** A calibration answer as the ceiling needs it. */
export interface CeilingInput {
  exerciseId: string;
  name: string;
  verdict: string;
  answer: string;
  format: AnswerFormat;
}

/** Answers the same apart from free text whose writers gave them different verdicts. */
export interface SplitGroup {
  exerciseId: string;
  /** Each answer's file name and blind verdict. */
  answers: { name: string; verdict: string }[];
}

/** The most verdicts any grader that reads no free text could share, and the groups that keep it below all. */
export interface WriterCeiling {
  answers: number;
  atBest: number;
  splits: SplitGroup[];
}

/**
 * The answer's value with its free text left out: a string with a space in it is prose (notes, a purpose), never a
 * code or a name, which the answer schemas spell without spaces. A prose property is left out, a prose item of a list
 * kept as an empty string (its place counts). Object keys are sorted, so key order does not count.
 */
export function withoutFreeText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFreeText);
  if (isProse(value)) return '';
  if (typeof value !== 'object' || value === null) return value;
  // A prose field is left out whole, so an answer without notes is the same as one with them.
  const entries = Object.entries(value)
    .filter(([, item]) => !isProse(item))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, item]) => [key, withoutFreeText(item)]);
  return Object.fromEntries(entries);
}

function isProse(value: unknown): boolean {
  return typeof value === 'string' && /\s/.test(value.trim());
}

/** Groups the answers of each exercise that are the same apart from free text, and counts what no grader can agree on. */
export function findWriterCeiling(inputs: readonly CeilingInput[]): WriterCeiling {
  const groups = new Map<string, CeilingInput[]>();
  for (const input of inputs) {
    const read = readAnswer(input.answer, input.format);
    // An answer that cannot be read is its own group: it is not the same as any other.
    const shape = read.ok ? JSON.stringify(withoutFreeText(read.value)) : `unreadable:${input.name}`;
    const key = `${input.exerciseId}\u0000${shape}`;
    groups.set(key, [...(groups.get(key) ?? []), input]);
  }
  let atBest = 0;
  const splits: SplitGroup[] = [];
  for (const group of groups.values()) {
    const counts = new Map<string, number>();
    for (const { verdict } of group) counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
    atBest += Math.max(...counts.values());
    const [first] = group;
    if (counts.size > 1 && first !== undefined)
      splits.push({
        exerciseId: first.exerciseId,
        answers: group.map(({ name, verdict }) => ({ name, verdict })),
      });
  }
  return { answers: inputs.length, atBest, splits };
}
